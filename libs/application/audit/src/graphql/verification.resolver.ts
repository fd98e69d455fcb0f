import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiError, refusalToError } from '@cdv/graphql-common';
import { actorOf, AUDIT_READERS, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AuditServices } from '../audit-services';
import type { AuditBrokenLink } from '../services/verification.service';
import { SceauPosePayload, Verification } from './audit.types';

@Resolver()
export class VerificationResolver {
  constructor(private readonly audit: AuditServices) {}

  @Query(() => Verification, {
    description: 'Recomputes every hash chain and every seal of the workspace and names the first broken link.',
  })
  @Permit(...AUDIT_READERS)
  async verification(@Ctx() context: RequestContext): Promise<Verification> {
    const report = await this.audit.verification.verify(context.tenantId);
    const broken = report.firstBroken;
    const maillon = (link: AuditBrokenLink) => ({
      streamId: link.stream.slice(link.stream.indexOf(':') + 1),
      revision: link.revision,
      position: link.position,
      eventId: link.eventId,
      probleme: link.problem,
      message: link.message,
    });
    return {
      ok: report.ok,
      verifieJusqua: report.checkedUpTo,
      fluxVerifies: report.streamsChecked,
      evenementsVerifies: report.eventsChecked,
      sceauxVerifies: report.sealsChecked,
      documentsVerifies: report.documentsChecked,
      premierMaillonRompu: broken ? maillon(broken) : null,
      nombreProblemes: report.problemCount,
      problemes: report.problems.map(maillon),
      dernierSceau: report.lastSeal,
      evenementsApresDernierSceau: report.eventsAfterLastSeal,
    };
  }

  @Mutation(() => SceauPosePayload, {
    nullable: true,
    description: 'Seals the workspace now: records the Merkle root of every stream head (no-op when nothing changed).',
  })
  @Permit('admin', 'agent')
  async poserSceau(
    @Ctx() context: RequestContext,
    @Args('reason', { type: () => String, nullable: true, description: 'Why seal now (a comité closed, an audit starts).' }) reason: string | null,
    @Args('motif', { type: () => String, nullable: true, deprecationReason: 'Use reason (plumbing words are English, docs/api.md « Names »).' })
    motif: string | null,
  ): Promise<SceauPosePayload> {
    if (reason && motif) throw new ApiError('VALIDATION_FAILED', 'give reason (motif is its deprecated name), not both', { field: 'motif' });
    const why = reason ?? motif;
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
