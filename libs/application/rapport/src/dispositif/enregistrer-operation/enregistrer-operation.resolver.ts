import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { EnregistrerOperation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { EnregistrerOperationInput } from './enregistrer-operation.input';

/** Use case: record an operation of a fund (EPCI staff). */
@Resolver()
export class EnregistrerOperationResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record an operation paid by an EPCI fund (checked against its amount rule).' })
  @Permit(...REDACTEURS_RAPPORT)
  enregistrerOperationDispositif(@Ctx() context: RequestContext, @Args('input') input: EnregistrerOperationInput): Promise<CommandPayload> {
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
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dispositif(context, input, command);
  }
}
