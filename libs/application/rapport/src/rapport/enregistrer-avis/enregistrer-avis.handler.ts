import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EnregistrerAvis } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { EnregistrerAvisCommand } from './enregistrer-avis.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: record a commune's or a conseil citoyen's avis (EPCI staff, who receive the deliberations). */
@CommandHandler(EnregistrerAvisCommand)
export class EnregistrerAvisHandler implements ICommandHandler<EnregistrerAvisCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: EnregistrerAvisCommand): Promise<CommandPayload> {
    const command: EnregistrerAvis = {
      type: 'EnregistrerAvis',
      data: {
        annee: input.annee,
        destinataireId: input.destinataireId,
        organe: input.organe,
        seanceLe: input.seanceLe,
        sens: input.sensAvis,
        texte: input.texte,
        deliberation: input.deliberation ? { numero: input.deliberation.numero ?? null, executoireLe: input.deliberation.executoireLe ?? null } : null,
        recuLe: input.recuLe ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.rapport(context, input, command);
  }
}
