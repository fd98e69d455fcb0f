import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ligneIdDe, type DemanderFinancement } from '@cdv/domain-programmation';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DemanderFinancementCommand } from './demander-financement.command';
import { FinancementDemandePayload } from './demander-financement.types';

/** Use case: add a line to the plan de financement (porteur or staff); the tenant's rules are checked. */
@CommandHandler(DemanderFinancementCommand)
export class DemanderFinancementHandler implements ICommandHandler<DemanderFinancementCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  async execute({ context, input }: DemanderFinancementCommand): Promise<FinancementDemandePayload> {
    const metadata = this.ecritures.metadata(context, input);
    const modalite = input.modalite ?? 'numeraire';
    const [financeur, regles] = await Promise.all([
      this.referentiel.financeur(context.tenantId, { field: 'financeurId', id: input.financeurId }, input.nature, { sansMontant: modalite !== 'numeraire' }),
      this.contexte.regles(context.tenantId),
    ]);
    const command: DemanderFinancement = {
      type: 'DemanderFinancement',
      data: {
        dossierId: input.dossierId,
        financeur,
        nature: input.nature,
        modalite,
        ...(input.dispositif ? { dispositif: { id: input.dispositif.id, libelle: input.dispositif.libelle } } : {}),
        montant: input.montant,
        contexte: { regles },
      },
      metadata,
    };
    const payload = await this.ecritures.dossier(context, input, input.dossierId, command);
    return { ...payload, ligneId: ligneIdDe(financeur.id, input.nature) };
  }
}
