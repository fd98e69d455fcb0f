import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { comiteDecider, comiteStream, type CorrigerMembresComite } from '@cdv/domain-programmation';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { membresDuComite } from '../membres-du-comite';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { CorrigerMembresComiteCommand } from './corriger-membres-comite.command';

/** Use case: correct a comité's members after its convocation (EPCI staff, with a reason); names from the référentiel. */
@CommandHandler(CorrigerMembresComiteCommand)
export class CorrigerMembresComiteHandler implements ICommandHandler<CorrigerMembresComiteCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: CorrigerMembresComiteCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const comiteId = idValide('comiteId', input.comiteId);
    const command: CorrigerMembresComite = {
      type: 'CorrigerMembresComite',
      data: { comiteId, membres: await membresDuComite(this.referentiel, context.tenantId, input.membres ?? []) },
      metadata,
    };
    const decision = { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, comiteId, await this.decisions.decider(decision));
  }
}
