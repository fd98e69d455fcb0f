import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EnregistrerOperation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { EnregistrerOperationCommand } from './enregistrer-operation.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: record an operation of a fund (EPCI staff). */
@CommandHandler(EnregistrerOperationCommand)
export class EnregistrerOperationHandler implements ICommandHandler<EnregistrerOperationCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: EnregistrerOperationCommand): Promise<CommandPayload> {
    const command: EnregistrerOperation = {
      type: 'EnregistrerOperation',
      data: {
        dispositifId: input.dispositifId,
        operationId: input.operationId,
        annee: input.annee,
        beneficiaire: { partenaireId: input.beneficiaire.partenaireId ?? null, nom: input.beneficiaire.nom, insee: input.beneficiaire.codeInsee ?? null },
        projet: input.projet,
        montantOperation: input.montantOperation,
        montantAide: input.montantAide,
        ...(input.depensesEligibles != null ? { depensesEligibles: input.depensesEligibles } : {}),
        ...(input.dontPolitiqueVille != null ? { dontPolitiqueVille: input.dontPolitiqueVille } : {}),
        ...(input.decideLe ? { decideLe: input.decideLe } : {}),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.dispositif(context, input, command);
  }
}
