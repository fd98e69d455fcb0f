/**
 * Readable French labels for event types (display words keep their accents, DESIGN §2). The registry holds
 * the types of DESIGN §3; contexts add theirs with `withEventLabels`. An unknown type still gets a readable
 * label from its name, without accents: `DossierDepose` → "Dossier depose".
 */
export type EventLabels = Readonly<Record<string, string>>;

export const EVENT_LABELS: EventLabels = {
  TerritoireOuvert: 'Territoire ouvert',
  CommuneRattachee: 'Commune rattachée',
  QpvDeclare: 'QPV déclaré',
  QpvRenomme: 'QPV renommé',
  QpvRetire: 'QPV retiré',
  PartenaireEnregistre: 'Partenaire enregistré',
  ContratSigne: 'Contrat signé',
  AvenantSigne: 'Avenant signé',
  CadreStrategiqueDefini: 'Cadre stratégique défini',
  ObjectifAjoute: 'Objectif ajouté',
  EngagementPris: 'Engagement pris',
  CibleIndicateurFixee: "Cible d'indicateur fixée",
  AppelAProjetsOuvert: 'Appel à projets ouvert',
  AppelAProjetsClos: 'Appel à projets clos',
  DossierDepose: 'Dossier déposé',
  DossierModifie: 'Dossier modifié',
  FinancementDemande: 'Financement demandé',
  AvisEmis: 'Avis émis',
  DossierMisEnInstruction: 'Dossier mis en instruction',
  FinancementVote: 'Financement voté',
  FinancementRefuse: 'Financement refusé',
  DossierRetenu: 'Dossier retenu',
  DossierNonRetenu: 'Dossier non retenu',
  DossierAjourne: 'Dossier ajourné',
  DossierAbandonne: 'Dossier abandonné',
  ConventionSignee: 'Convention signée',
  TrancheEngagee: 'Tranche engagée',
  VersementEffectue: 'Versement effectué',
  BilanDepose: 'Bilan déposé',
  IndicateurRenseigne: 'Indicateur renseigné',
  DossierSolde: 'Dossier soldé',
  MontantCorrige: 'Montant corrigé',
  SceauPose: 'Sceau posé',
};

/** A registry with more (or overriding) labels, e.g. those a context exports for its own events. */
export function withEventLabels(...registries: EventLabels[]): EventLabels {
  return Object.assign({}, EVENT_LABELS, ...registries);
}

export function eventLabel(type: string, labels: EventLabels = EVENT_LABELS): string {
  return Object.prototype.hasOwnProperty.call(labels, type) ? labels[type] : humanizeEventType(type);
}

/** `AppelAProjetsOuvert` → "Appel a projets ouvert": split on case changes, sentence case. */
export function humanizeEventType(type: string): string {
  const words = type
    .replace(/[_\s-]+/g, ' ')
    .split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|\s+/)
    .filter(Boolean);
  if (words.length === 0) return type;
  return words.map((word, index) => (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.toLowerCase())).join(' ');
}
