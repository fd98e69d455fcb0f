import type { ClassementDossierInput, DemanderFinancementInput, DeposerDossierInput, NatureFinancement } from '../../gql/graphql';
import { centimes, saisieVersMontant } from '../../shared/format';

/**
 * The deposit of a dossier as the porteur types it (kept as a draft in the browser), its checks — the server's
 * own rules repeated so that a mistake shows on its field while typing (docs/adr/0029-espace-porteur-et-auditeur.md) —
 * and the commands it becomes: `deposerDossier`, then one `demanderFinancement` per line of the plan.
 */
export interface LigneBrouillon {
  /** Stable key of the line in the form (and its idempotency key once sent). */
  cle: string;
  financeurId: string;
  nature: NatureFinancement | '';
  montant: string;
  /** Recorded on the dossier: the line is no longer edited here. */
  enregistree?: boolean;
}

export interface Brouillon {
  annee: string;
  titre: string;
  description: string;
  publics: string[];
  intercommunal: boolean;
  /** INSEE codes. */
  communes: string[];
  qpvIds: string[];
  /** Per dimension of the cadre stratégique: the chosen node ids (a path from the root, or a list for the axes). */
  classement: Record<string, string[]>;
  dateDebut: string;
  dateFin: string;
  coutTotal: string;
  lignes: LigneBrouillon[];
  /** Asked by the server for a late deposit. */
  reason: string;
  /** Idempotency key of the deposit: a retry after a lost answer lands on the same dossier. */
  commandId: string;
  /** Once the dossier is recorded: what remains is to send the lines the server refused. */
  depose?: { dossierId: string };
}

export function brouillonVide(nouvelId: () => string): Brouillon {
  return {
    annee: '',
    titre: '',
    description: '',
    publics: [],
    intercommunal: false,
    communes: [],
    qpvIds: [],
    classement: {},
    dateDebut: '',
    dateFin: '',
    coutTotal: '',
    lignes: [{ cle: nouvelId(), financeurId: '', nature: '', montant: '' }],
    reason: '',
    commandId: nouvelId(),
  };
}

/** The plan de financement against the total cost, in cents, as it is typed. */
export interface EtatPlan {
  cout: number | null;
  total: number;
  /** What the financeurs asked do not cover (autofinancement, other resources); negative when the plan exceeds. */
  reste: number | null;
  depasse: boolean;
}

export function etatPlan(brouillon: Pick<Brouillon, 'coutTotal' | 'lignes'>): EtatPlan {
  const cout = saisieVersMontant(brouillon.coutTotal);
  const total = brouillon.lignes.reduce((somme, ligne) => somme + centimes(saisieVersMontant(ligne.montant)), 0);
  const coutCentimes = cout === null ? null : centimes(cout);
  return { cout: coutCentimes, total, reste: coutCentimes === null ? null : coutCentimes - total, depasse: coutCentimes !== null && total > coutCentimes };
}

/** Field → what is wrong, in French; empty when the draft can be sent. Field names are those of the form. */
export function verifierBrouillon(brouillon: Brouillon): Record<string, string> {
  const erreurs: Record<string, string> = {};
  if (!/^\d{4}$/.test(brouillon.annee)) erreurs.annee = 'Choisissez l’appel à projets (l’année).';
  if (!brouillon.titre.trim()) erreurs.titre = 'Donnez un titre à l’action.';
  else if (brouillon.titre.trim().length > 300) erreurs.titre = 'Le titre tient en 300 caractères au plus.';
  if (brouillon.description.length > 20_000) erreurs.description = 'La description tient en 20 000 caractères au plus.';
  if (!brouillon.intercommunal && brouillon.communes.length === 0) erreurs.communes = 'Choisissez au moins une commune, ou cochez « action intercommunale ».';
  const cout = saisieVersMontant(brouillon.coutTotal);
  if (!brouillon.coutTotal.trim()) erreurs.coutTotal = 'Indiquez le coût total de l’action.';
  else if (cout === null || centimes(cout) === 0) erreurs.coutTotal = 'Un montant en euros, positif, avec au plus deux décimales (ex. 12 500,50).';
  if (!brouillon.dateDebut) erreurs.dateDebut = 'Indiquez la date de début.';
  if (!brouillon.dateFin) erreurs.dateFin = 'Indiquez la date de fin.';
  if (brouillon.dateDebut && brouillon.dateFin && brouillon.dateFin < brouillon.dateDebut) erreurs.dateFin = 'La fin ne peut précéder le début.';
  const vus = new Set<string>();
  brouillon.lignes.forEach((ligne, index) => {
    if (ligne.enregistree) return vus.add(`${ligne.financeurId}:${ligne.nature}`);
    if (!ligne.financeurId) erreurs[`lignes.${index}.financeurId`] = 'Choisissez le financeur.';
    if (!ligne.nature) erreurs[`lignes.${index}.nature`] = 'Crédits spécifiques ou droit commun ?';
    const montant = saisieVersMontant(ligne.montant);
    if (montant === null || centimes(montant) === 0) erreurs[`lignes.${index}.montant`] = 'Un montant en euros, positif, avec au plus deux décimales.';
    const cle = `${ligne.financeurId}:${ligne.nature}`;
    if (ligne.financeurId && ligne.nature && vus.has(cle)) erreurs[`lignes.${index}.financeurId`] = 'Ce financeur a déjà une ligne de cette nature.';
    vus.add(cle);
  });
  if (brouillon.lignes.length === 0) erreurs.plan = 'Demandez au moins un financement.';
  const plan = etatPlan(brouillon);
  if (plan.depasse) erreurs.plan = 'Le plan de financement dépasse le coût total : les financements demandés ne peuvent excéder le coût de l’action.';
  return erreurs;
}

/** A node of the cadre stratégique as the form reads it. */
export interface NoeudCadre {
  id: string;
  libelle: string;
  enfants?: NoeudCadre[] | null;
}
export interface DimensionCadre {
  code: string;
  libelle: string;
  niveaux: string[];
  racines: NoeudCadre[];
}

type CleClassement = Exclude<keyof ClassementDossierInput, 'axesTransversaux' | 'thematiqueCget' | 'thematique'>;

/**
 * Where a dimension of the cadre goes in a dossier's classement: the piliers' levels are pilier → orientation →
 * objectif, transversal axes are a list, and any other dimension (a feuille de route) is priorité → sous-priorité.
 */
export function clesDeDimension(code: string): CleClassement[] | 'axesTransversaux' {
  if (code === 'piliers') return ['pilier', 'orientation', 'objectif'];
  if (code.startsWith('axes')) return 'axesTransversaux';
  return ['priorite', 'sousPriorite'];
}

function trouver(noeuds: readonly NoeudCadre[], id: string): NoeudCadre | null {
  for (const noeud of noeuds) {
    if (noeud.id === id) return noeud;
    const trouve = trouver(noeud.enfants ?? [], id);
    if (trouve) return trouve;
  }
  return null;
}

export function classementDe(choix: Brouillon['classement'], dimensions: readonly DimensionCadre[]): ClassementDossierInput {
  const classement: ClassementDossierInput = {};
  for (const dimension of dimensions) {
    const tags = (choix[dimension.code] ?? [])
      .map((id) => trouver(dimension.racines, id))
      .filter((noeud): noeud is NoeudCadre => noeud !== null)
      .map((noeud) => ({ id: noeud.id, libelle: noeud.libelle }));
    const cles = clesDeDimension(dimension.code);
    if (cles === 'axesTransversaux') {
      if (tags.length) classement.axesTransversaux = tags;
    } else tags.slice(0, cles.length).forEach((tag, niveau) => (classement[cles[niveau]] = tag));
  }
  return classement;
}

export function entreeDepot(brouillon: Brouillon, dimensions: readonly DimensionCadre[]): DeposerDossierInput {
  return {
    commandId: brouillon.commandId,
    annee: Number(brouillon.annee),
    titre: brouillon.titre.trim(),
    description: brouillon.description.trim(),
    publics: brouillon.publics.map((public_) => public_.trim()).filter(Boolean),
    intercommunal: brouillon.intercommunal,
    communes: brouillon.intercommunal ? [] : brouillon.communes,
    qpvIds: brouillon.qpvIds,
    classement: classementDe(brouillon.classement, dimensions),
    coutTotal: saisieVersMontant(brouillon.coutTotal) ?? '',
    dateDebut: brouillon.dateDebut,
    dateFin: brouillon.dateFin,
    ...(brouillon.reason.trim() ? { reason: brouillon.reason.trim() } : {}),
  };
}

export function entreeLigne(dossierId: string, ligne: LigneBrouillon): DemanderFinancementInput {
  return {
    commandId: `${ligne.cle}`,
    dossierId,
    financeurId: ligne.financeurId,
    nature: ligne.nature as NatureFinancement,
    montant: saisieVersMontant(ligne.montant) ?? '',
  };
}

/**
 * The form's field for a field the server refused (`extensions.field` of deposerDossier): `communes[0]` is the
 * communes, `classement.pilier` the classement, `qpvIds[1]` the QPV.
 */
export function champDuServeur(field: string | null): string | null {
  if (!field) return null;
  const racine = field.split(/[.[]/)[0];
  const champs: Record<string, string> = {
    annee: 'annee',
    titre: 'titre',
    description: 'description',
    publics: 'publics',
    perimetre: 'communes',
    communes: 'communes',
    qpv: 'qpvIds',
    qpvIds: 'qpvIds',
    classement: 'classement',
    coutTotal: 'coutTotal',
    dateDebut: 'dateDebut',
    dateFin: 'dateFin',
    reason: 'reason',
    contexte: 'annee',
  };
  return champs[racine] ?? null;
}
