import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiError, refusalToError } from '@cdv/graphql-common';
import { actorOf } from '@cdv/tenancy';
import { AuditServices } from '../../audit-services';
import type { SceauPosePayload } from '../../graphql/audit.types';
import { PoserSceauCommand } from './poser-sceau.command';

/**
 * Use case: seal the workspace now (admin, agent). The sealing service reads every stream head and decides
 * `PoserSceau` through the platform's command handler, serialised per workspace with the scheduled seals.
 */
@CommandHandler(PoserSceauCommand)
export class PoserSceauHandler implements ICommandHandler<PoserSceauCommand> {
  constructor(private readonly audit: AuditServices) {}

  async execute({ context, input }: PoserSceauCommand): Promise<SceauPosePayload> {
    if (input.reason && input.motif) throw new ApiError('VALIDATION_FAILED', 'give reason (motif is its deprecated name), not both', { field: 'motif' });
    const why = input.reason ?? input.motif;
    const outcome = await this.audit.sealing.seal(context.tenantId, actorOf(context), {
      correlationId: context.correlationId,
      ...(why ? { reason: why } : {}),
    });
    if (!outcome.ok) throw refusalToError(outcome.refusal);
    if (!outcome.sealed) return { scelle: false, position: outcome.position, sceau: null };
    const { seal } = outcome;
    return {
      scelle: true,
      position: outcome.position,
      sceau: { numero: seal.numero, position: seal.position, racine: seal.racine, poseLe: seal.poseLe },
    };
  }
}
