import { ApiError } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { partenairesProjection, partenairesQuery, type PartenaireDocument } from '@cdv/projections-territoire';

/**
 * A SIRET names one establishment, so one partner of the tenant. Partners are separate streams: the application
 * checks the read model (kept current for the API's own writes by read-your-writes).
 */
export async function verifierSiretLibre(
  readModels: ReadModelsService,
  tenantId: string,
  siret: string | null | undefined,
  partenaireId: string,
): Promise<void> {
  if (!siret) return;
  const partenaires = (await readModels.at(tenantId)).readModel<PartenaireDocument>(partenairesProjection.name);
  const porteur = (await partenaires.find(partenairesQuery({ texte: siret }).filter)).find((p) => p.siret === siret && p._id !== partenaireId);
  if (porteur) {
    throw new ApiError('CONFLICT', `SIRET ${siret} is already the SIRET of partner ${porteur._id} ("${porteur.nom}")`, {
      field: 'siret',
      partenaireId: porteur._id,
    });
  }
}
