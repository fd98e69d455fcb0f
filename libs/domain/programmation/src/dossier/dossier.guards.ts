// The checks the phases of a dossier share: its lines, who decides them, amounts, motifs, the tenant's rules.
import { euros, refuse, Refusal, type Actor, type Cents } from '@cdv/eventsourcing';
import { evaluerRegles, type Avertissement, type EtapeRegle, type RegleFinancement, type ResultatRegle } from '../regles/regles';
import { type ModaliteFinancement } from '../shared/references';
import { checkCents, checkCount, checkText, firstRefusal, isEpciStaff } from '../shared/validation';
import type { DeposerBilan } from './dossier.commands';
import type { Beneficiaires, DossierEvent } from './dossier.events';
import { lignesActives, montantCourant, type DossierExistant, type LigneState, type StatutDossier } from './dossier.state';
import { MOTIF_MAX, INDICATEUR_MAX } from './dossier.limites';

export type Decision = DossierEvent[] | Refusal;

/** States after the comité retained the dossier: changes then need a reason (docs/design.md §4). */
export const APRES_DECISION: readonly StatutDossier[] = ['retenu', 'conventionne', 'en_cours', 'bilan_depose'];

/** States in which money moves on voted lines. */
export const FINANCEMENT_EN_VIE: readonly StatutDossier[] = ['retenu', 'conventionne', 'en_cours', 'bilan_depose'];

export function trouverLigne(state: DossierExistant, ligneId: string): LigneState | Refusal {
  return state.lignes[ligneId] ?? refuse.notFound('LigneFinancement', ligneId);
}

export function isLigne(value: LigneState | Refusal): value is LigneState {
  return 'ligneId' in value;
}

/** Staff decide every line; a financeur's instructeur decides only its organisation's lines (docs/design.md §3). */
export function requireDecideur(actor: Actor, ligne: LigneState, command: string): Refusal | null {
  if (isEpciStaff(actor)) return null;
  if (actor.role !== 'instructeur') return refuse.forbidden(`role ${actor.role} cannot ${command}`, { role: actor.role, command });
  if (actor.organisationId !== ligne.financeur.id) {
    return refuse.forbidden(`${ligne.financeur.nom} decides its own line: this instructeur acts for another organisation`, {
      organisationId: actor.organisationId ?? null,
      financeurId: ligne.financeur.id,
    });
  }
  return null;
}

export function checkMontantLigne(field: string, modalite: ModaliteFinancement, montant: Cents, { allowZero = false } = {}): Refusal | null {
  if (modalite !== 'numeraire') {
    return montant === 0 ? null : refuse.validation(field, `a ${modalite} contribution carries no amount (0)`, { value: montant });
  }
  return checkCents(field, montant, { allowZero });
}

export function checkMotif(motif: string | undefined): Refusal | null {
  return motif === undefined ? null : checkText('motif', motif, { required: false, max: MOTIF_MAX });
}

export function checkPasAuDessus(field: string, montant: Cents, etape: string, plafond: Cents): Refusal | null {
  return montant > plafond
    ? refuse.validation(field, `${euros(montant)} exceeds the ${etape} amount ${euros(plafond)}`, { [etape]: plafond, value: montant })
    : null;
}

/** Evaluates the tenant's rules: a `refus` refuses the command (field `montant`), warnings go on the event. */
export function appliquerRegles(
  state: DossierExistant,
  ligne: Pick<LigneState, 'ligneId' | 'financeur' | 'nature' | 'modalite' | 'dispositif'>,
  montant: Cents,
  etape: EtapeRegle,
  regles: readonly RegleFinancement[] | undefined,
): Avertissement[] | Refusal {
  if (!regles?.length || ligne.modalite !== 'numeraire') return [];
  const evaluee = (l: Pick<LigneState, 'ligneId' | 'financeur' | 'nature' | 'dispositif'>, m: Cents) => ({
    ligneId: l.ligneId,
    financeurId: l.financeur.id,
    categorie: l.financeur.categorie,
    nature: l.nature,
    ...(l.dispositif ? { dispositif: l.dispositif.id } : {}),
    montant: m,
  });
  const resultats = evaluerRegles(regles, {
    etape,
    ligne: evaluee(ligne, montant),
    autresLignes: lignesActives(state)
      .filter((autre) => autre.ligneId !== ligne.ligneId)
      .map((autre) => evaluee(autre, montantCourant(autre))),
    coutTotal: state.champs.coutTotal,
    ...(state.champs.depensesEligibles === undefined ? {} : { depensesEligibles: state.champs.depensesEligibles }),
    porteurKind: state.porteur.kind,
  });
  const refus = resultats.find((resultat): resultat is Exclude<ResultatRegle, { resultat: 'ok' }> => resultat.resultat === 'refus');
  if (refus) {
    return refuse.validation('montant', `${refus.libelle}: ${refus.message}`, {
      regle: refus.regleId,
      ...(refus.montantMax === undefined ? {} : { montantMax: refus.montantMax }),
      ...(refus.montantAttendu === undefined ? {} : { montantAttendu: refus.montantAttendu }),
    });
  }
  return resultats.filter((resultat): resultat is Avertissement => resultat.resultat === 'warning');
}

export function checkBeneficiaires(b: Beneficiaires | undefined): Refusal | null {
  if (!b) return refuse.validation('beneficiaires', 'beneficiaires are required');
  const counts = firstRefusal(
    () => checkCount('beneficiaires.total', b.total),
    () => checkCount('beneficiaires.femmes', b.femmes),
    () => checkCount('beneficiaires.hommes', b.hommes),
    () => checkCount('beneficiaires.nonRenseigne', b.nonRenseigne),
    () => checkCount('beneficiaires.residentsQpv', b.residentsQpv),
    () => (Array.isArray(b.parTrancheAge) ? null : refuse.validation('beneficiaires.parTrancheAge', 'a list of { tranche, nombre }')),
  );
  if (counts) return counts;
  for (const [index, tranche] of b.parTrancheAge.entries()) {
    const refusal =
      checkText(`beneficiaires.parTrancheAge[${index}].tranche`, tranche.tranche, { max: 50 }) ??
      checkCount(`beneficiaires.parTrancheAge[${index}].nombre`, tranche.nombre);
    if (refusal) return refusal;
  }
  if (b.femmes + b.hommes + b.nonRenseigne !== b.total) {
    return refuse.validation(
      'beneficiaires.total',
      `femmes + hommes + nonRenseigne (${b.femmes + b.hommes + b.nonRenseigne}) must equal the total (${b.total})`,
    );
  }
  const parAge = b.parTrancheAge.reduce((sum, tranche) => sum + tranche.nombre, 0);
  if (parAge > b.total) return refuse.validation('beneficiaires.parTrancheAge', `the age bands count ${parAge} people, more than the total ${b.total}`);
  if (b.residentsQpv > b.total) return refuse.validation('beneficiaires.residentsQpv', `${b.residentsQpv} QPV residents is more than the total ${b.total}`);
  return null;
}

export function checkIndicateurs(indicateurs: DeposerBilan['data']['indicateurs'] | undefined): Refusal | null {
  if (!Array.isArray(indicateurs)) return refuse.validation('indicateurs', 'indicateurs must be a list (possibly empty)');
  const seen = new Set<string>();
  for (const [index, indicateur] of indicateurs.entries()) {
    const field = `indicateurs[${index}]`;
    const refusal = firstRefusal(
      () => checkText(`${field}.indicateurId`, indicateur.indicateurId, { max: 100 }),
      () => checkText(`${field}.libelle`, indicateur.libelle, { max: 1000 }),
      () =>
        typeof indicateur.valeur === 'number' && Number.isFinite(indicateur.valeur) && Math.abs(indicateur.valeur) <= INDICATEUR_MAX
          ? null
          : refuse.validation(`${field}.valeur`, `a number between -${INDICATEUR_MAX} and ${INDICATEUR_MAX}`, { value: indicateur.valeur }),
      () => (indicateur.unite === undefined ? null : checkText(`${field}.unite`, indicateur.unite, { required: false, max: 50 })),
      () => (seen.has(indicateur.indicateurId) ? refuse.validation(`${field}.indicateurId`, `indicator ${indicateur.indicateurId} is given twice`) : null),
    );
    if (refusal) return refusal;
    seen.add(indicateur.indicateurId);
  }
  return null;
}
