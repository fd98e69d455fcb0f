import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contratDecider, contratStream, type EnregistrerAvenant } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { validation } from '../../shared/inputs';
import { periode, signataire } from '../contrat.inputs';
import { EnregistrerAvenantCommand } from './enregistrer-avenant.command';

/** Use case: register an amending document of the contract: avenant, annexe, protocole (admin). */
@CommandHandler(EnregistrerAvenantCommand)
export class EnregistrerAvenantHandler implements ICommandHandler<EnregistrerAvenantCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: EnregistrerAvenantCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const avenantId = nouvelId('avenantId', `avenant:${contratId}`, context.tenantId, input.avenantId, input.commandId);
    const command: EnregistrerAvenant = {
      type: 'EnregistrerAvenant',
      data: {
        avenantId,
        intitule: input.intitule,
        nature: input.nature ?? null,
        alias: input.alias ?? [],
        dateDocument: input.dateDocument ?? null,
        validations: (input.validations ?? []).map(validation),
        periode: periode(input.periode),
        signatairesPrevus: (input.signatairesPrevus ?? []).map(signataire),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, avenantId, await this.decisions.decider(decision));
  }
}
