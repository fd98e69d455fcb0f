import type { Classement, DossierChamps, Perimetre, Tag } from '@cdv/domain-programmation';
import type { ClassementDossierInput, TagProgrammationInput } from '../shared/programmation.inputs';
import type { ReferentielProgrammation } from '../shared/referentiel.service';

/** The describable fields of a dossier as inputs carry them (référentiel objects by id). */
export interface ChampsDossierInput {
  titre?: string | null;
  description?: string | null;
  publics?: string[] | null;
  intercommunal?: boolean | null;
  communes?: string[] | null;
  qpvIds?: string[] | null;
  classement?: ClassementDossierInput | null;
  coutTotal?: number | null;
  depensesEligibles?: number | null;
  dateDebut?: string | null;
  dateFin?: string | null;
  nombreActions?: number | null;
}

/**
 * Maps the given fields to the domain's `DossierChamps`, resolving communes and QPV labels in the référentiel;
 * absent fields stay absent (ModifierDossier records a diff of what is given).
 */
export async function champsDe(referentiel: ReferentielProgrammation, tenantId: string, input: ChampsDossierInput): Promise<Partial<DossierChamps>> {
  const champs: Partial<DossierChamps> = {};
  if (input.titre !== undefined && input.titre !== null) champs.titre = input.titre;
  if (input.description !== undefined && input.description !== null) champs.description = input.description;
  if (input.publics) champs.publics = input.publics;
  const perimetre = await perimetreDe(referentiel, tenantId, input);
  if (perimetre) champs.perimetre = perimetre;
  if (input.qpvIds) champs.qpv = await referentiel.qpvs(tenantId, 'qpvIds', input.qpvIds);
  if (input.classement) champs.classement = await referentiel.classement(tenantId, 'classement', classementDe(input.classement));
  if (input.coutTotal !== undefined && input.coutTotal !== null) champs.coutTotal = input.coutTotal;
  if (input.depensesEligibles !== undefined && input.depensesEligibles !== null) champs.depensesEligibles = input.depensesEligibles;
  if (input.dateDebut) champs.dateDebut = input.dateDebut;
  if (input.dateFin) champs.dateFin = input.dateFin;
  if (input.nombreActions !== undefined && input.nombreActions !== null) champs.nombreActions = input.nombreActions;
  return champs;
}

async function perimetreDe(referentiel: ReferentielProgrammation, tenantId: string, input: ChampsDossierInput): Promise<Perimetre | null> {
  if (input.intercommunal) return { type: 'intercommunal' };
  if (input.communes) return { type: 'communes', communes: await referentiel.communes(tenantId, 'communes', input.communes) };
  if (input.intercommunal === false) return { type: 'communes', communes: [] };
  return null;
}

export function classementDe(input: ClassementDossierInput): Classement {
  const tag = (value: TagProgrammationInput | null | undefined): Tag | undefined => (value ? { id: value.id, libelle: value.libelle } : undefined);
  const classement: Classement = {};
  for (const key of ['pilier', 'orientation', 'objectif', 'priorite', 'sousPriorite', 'thematique', 'thematiqueCget'] as const) {
    const value = tag(input[key]);
    if (value) classement[key] = value;
  }
  if (input.axesTransversaux?.length) classement.axesTransversaux = input.axesTransversaux.map((axe) => ({ id: axe.id, libelle: axe.libelle }));
  return classement;
}
