import type { MembreComite } from '@cdv/domain-programmation';
import type { ReferentielProgrammation } from '../shared/referentiel.service';
import type { MembreComiteInput } from './convoquer-comite/convoquer-comite.input';

/** The members as a comité records them: organisations of the référentiel (unknown ones refused), with their names. */
export async function membresDuComite(referentiel: ReferentielProgrammation, tenantId: string, membres: readonly MembreComiteInput[]): Promise<MembreComite[]> {
  const organisations = await referentiel.partenaires(
    tenantId,
    membres.map((membre, index) => ({ field: `membres[${index}].organisationId`, id: membre.organisationId })),
  );
  return membres.map((membre) => ({
    organisationId: membre.organisationId,
    nom: organisations.get(membre.organisationId)?.nom ?? membre.organisationId,
    qualite: membre.qualite,
  }));
}
