import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cadreDecider, cadreStream, type DeclarerCorrespondance } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { DeclarerCorrespondanceCommand } from './declarer-correspondance.command';

/** Use case: map the nodes of one version of a cadre to those of a later one (admin). */
@CommandHandler(DeclarerCorrespondanceCommand)
export class DeclarerCorrespondanceHandler implements ICommandHandler<DeclarerCorrespondanceCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DeclarerCorrespondanceCommand): Promise<CommandPayload> {
    const cadreId = idValide('cadreId', input.cadreId);
    const command: DeclarerCorrespondance = {
      type: 'DeclarerCorrespondance',
      data: {
        versionSource: input.versionSource,
        versionCible: input.versionCible,
        correspondances: input.correspondances.map((c) => ({ de: c.de, vers: c.vers })),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, cadreId, await this.decisions.decider(decision));
  }
}
