import { estCodeQpvValide } from '@cdv/domain-territoire';
import { ApiError } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { qpvsProjection, qpvsQuery, type QpvDocument } from '@cdv/projections-territoire';

/**
 * An official code names one quartier of the tenant. Each QPV is its own stream, so no decider sees the others:
 * the application checks the read model (read-your-writes keeps it current for the API's own writes).
 */
export async function verifierCodeQpvLibre(readModels: ReadModelsService, tenantId: string, code: string | null | undefined, qpvId: string): Promise<void> {
  if (!code || !estCodeQpvValide(code)) return; // the decider refuses a malformed code, naming the field
  const qpvs = (await readModels.at(tenantId)).readModel<QpvDocument>(qpvsProjection.name);
  const porteur = await qpvs.findOne(qpvsQuery({ code }).filter);
  if (porteur && porteur._id !== qpvId) {
    throw new ApiError('CONFLICT', `code ${code} is already carried by quartier ${porteur._id} ("${porteur.nom}")`, { field: 'code', qpvId: porteur._id });
  }
}
