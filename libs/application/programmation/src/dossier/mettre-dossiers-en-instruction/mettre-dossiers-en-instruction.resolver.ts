import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { MettreEnInstruction } from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { GraphQLError } from 'graphql';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { MAX_DOSSIERS_PAR_LOT, MettreDossiersEnInstructionInput, ResultatDossierLot } from './mettre-dossiers-en-instruction.input';

/**
 * Use case: the agent starts the instruction of many deposited dossiers at once (the comité's agenda). Each dossier
 * is its own aggregate: each is decided and recorded on its own, and the answer says how each went; one refusal
 * does not undo the others.
 */
@Resolver()
export class MettreDossiersEnInstructionResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => [ResultatDossierLot], { description: 'Start the instruction of several dossiers in one action; one result per dossier, in order.' })
  @Permit(...EPCI)
  async mettreDossiersEnInstruction(@Ctx() context: RequestContext, @Args('input') input: MettreDossiersEnInstructionInput): Promise<ResultatDossierLot[]> {
    const dossiers = input.dossiers ?? [];
    if (dossiers.length === 0 || dossiers.length > MAX_DOSSIERS_PAR_LOT) {
      throw new ApiError('VALIDATION_FAILED', `give between 1 and ${MAX_DOSSIERS_PAR_LOT} dossiers`, { field: 'dossiers' });
    }
    if (new Set(dossiers.map((dossier) => dossier.dossierId)).size !== dossiers.length) {
      throw new ApiError('VALIDATION_FAILED', 'a dossier is given twice', { field: 'dossiers' });
    }
    const resultats: ResultatDossierLot[] = [];
    for (const { dossierId, expectedRevision } of dossiers) {
      const options = { expectedRevision, ...(input.commandId ? { commandId: `${input.commandId}:${dossierId}` } : {}) };
      try {
        const command: MettreEnInstruction = { type: 'MettreEnInstruction', data: { dossierId }, metadata: this.commands.metadata(context, options) };
        const payload = await this.commands.dossier(context, options, dossierId, command);
        resultats.push({ dossierId, ok: true, revision: payload.revision, code: null, message: null });
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        resultats.push({ dossierId, ok: false, revision: null, code: String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR'), message: error.message });
      }
    }
    return resultats;
  }
}
