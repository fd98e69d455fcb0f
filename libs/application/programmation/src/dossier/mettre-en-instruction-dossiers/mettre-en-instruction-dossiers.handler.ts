import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { dossierDecider, dossierStream, type MettreEnInstruction } from '@cdv/domain-programmation';
import { ApiError, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { PiecesRequisesContexte } from '../../pieces/pieces-requises.service';
import { DOSSIERS_PAR_APPEL_MAX } from './mettre-en-instruction-dossiers.input';
import { ResultatParDossier, ResultatsParDossier } from './mettre-en-instruction-dossiers.types';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { MettreEnInstructionDossiersCommand } from './mettre-en-instruction-dossiers.command';

/**
 * Use case: after an import, put its dossiers under instruction in one call instead of one per dossier (EPCI staff).
 * Each dossier is its own command on its own stream: a dossier refused (not deposited, changed since its revision)
 * is answered with its code and the others go on; the read models include every write when the call answers.
 */
@CommandHandler(MettreEnInstructionDossiersCommand)
export class MettreEnInstructionDossiersHandler implements ICommandHandler<MettreEnInstructionDossiersCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
    private readonly piecesRequises: PiecesRequisesContexte,
  ) {}

  async execute({ context, input }: MettreEnInstructionDossiersCommand): Promise<ResultatsParDossier> {
    const dossiers = input.dossiers ?? [];
    if (dossiers.length === 0) throw new ApiError('VALIDATION_FAILED', 'name at least one dossier', { field: 'dossiers' });
    if (dossiers.length > DOSSIERS_PAR_APPEL_MAX) {
      throw new ApiError('VALIDATION_FAILED', `${dossiers.length} dossiers: at most ${DOSSIERS_PAR_APPEL_MAX} per call`, { field: 'dossiers' });
    }
    const seen = new Set<string>();
    dossiers.forEach(({ dossierId }, index) => {
      idValide(`dossiers[${index}].dossierId`, dossierId);
      if (seen.has(dossierId)) throw new ApiError('VALIDATION_FAILED', `dossier ${dossierId} is listed twice`, { field: `dossiers[${index}].dossierId` });
      seen.add(dossierId);
    });
    const metadata = this.ecritures.metadata(context, { commandId: null, reason: input.reason, effectiveAt: input.effectiveAt });
    const resultats: ResultatParDossier[] = [];
    let position = 0;
    for (const { dossierId, expectedRevision } of dossiers) {
      // The pieces the appel asks for, as for one dossier: the decider refuses while one is missing.
      const contexte = await this.piecesRequises.pourDossier(context.tenantId, dossierId);
      const command: MettreEnInstruction = {
        type: 'MettreEnInstruction',
        data: { dossierId, ...(contexte ? { contexte } : {}) },
        metadata: { ...metadata, ...(input.commandId ? { commandId: `${input.commandId}:${dossierId}` } : {}) },
      };
      const result = await this.decisions.decider({ decider: dossierDecider, stream: dossierStream(context.tenantId, dossierId), command, expectedRevision });
      if (result.ok) {
        position = Math.max(position, result.lastPosition);
        resultats.push({
          dossierId,
          ok: true,
          replayed: result.replayed,
          revision: result.nextExpectedRevision,
          code: null,
          message: null,
          currentRevision: null,
        });
      } else {
        const { code, message } = result.refusal;
        resultats.push({
          dossierId,
          ok: false,
          replayed: false,
          revision: null,
          code,
          message,
          currentRevision: code === 'CONFLICT' ? result.currentRevision : null,
        });
      }
    }
    await this.decisions.lisible(position, ['DossierMisEnInstruction']);
    const reussis = resultats.filter((resultat) => resultat.ok).length;
    return { reussis, refuses: resultats.length - reussis, resultats };
  }
}
