import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cadreDecider, cadreStream, type DefinirLibelleAffiche } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { DefinirLibelleAfficheCommand } from './definir-libelle-affiche.command';

/** Use case: set the label shown for a node of the current version (admin). */
@CommandHandler(DefinirLibelleAfficheCommand)
export class DefinirLibelleAfficheHandler implements ICommandHandler<DefinirLibelleAfficheCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DefinirLibelleAfficheCommand): Promise<CommandPayload> {
    const cadreId = idValide('cadreId', input.cadreId);
    const noeudId = idValide('noeudId', input.noeudId);
    const command: DefinirLibelleAffiche = {
      type: 'DefinirLibelleAffiche',
      data: { noeudId, libelleAffiche: input.libelleAffiche ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, noeudId, await this.decisions.decider(decision));
  }
}
