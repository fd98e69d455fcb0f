import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { comiteDecider, comiteStream, type ConvoquerComite } from '@cdv/domain-programmation';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { membresDuComite } from '../membres-du-comite';
import { ConvoquerComiteCommand } from './convoquer-comite.command';

/** Use case: convene a comité des financeurs with its members (EPCI staff); names come from the référentiel. */
@CommandHandler(ConvoquerComiteCommand)
export class ConvoquerComiteHandler implements ICommandHandler<ConvoquerComiteCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: ConvoquerComiteCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const comiteId = nouvelId('comiteId', 'comite', context.tenantId, input.comiteId, input.commandId);
    const command: ConvoquerComite = {
      type: 'ConvoquerComite',
      data: {
        comiteId,
        annee: input.annee,
        date: input.date,
        libelle: input.libelle,
        membres: await membresDuComite(this.referentiel, context.tenantId, input.membres ?? []),
      },
      metadata,
    };
    const decision = { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, comiteId, await this.decisions.decider(decision));
  }
}
