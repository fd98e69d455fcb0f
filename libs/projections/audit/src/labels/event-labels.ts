/**
 * Readable French labels for event types (display words keep their accents, docs/design.md §2). The registry holds
 * every event type of every context (a test checks it); contexts may override with `withEventLabels`. A type
 * unknown to this build (an event of a newer version) still gets a readable label from its name, without
 * accents: `DossierDepose` → "Dossier depose".
 */
import { RAPPORT_EVENT_LABELS } from '@cdv/domain-rapport';

export type EventLabels = Readonly<Record<string, string>>;

export const EVENT_LABELS: EventLabels = {
  // territoire (référentiel)
  TerritoireOuvert: 'Territoire ouvert',
  TerritoireRenomme: 'Territoire renommé',
  NatureTerritoireChangee: 'Nature du territoire changée',
  SirenTerritoireAttribue: 'SIREN du territoire attribué',
  CommuneRattachee: 'Commune rattachée',
  CommuneDetachee: 'Commune détachée',
  AliasCommuneAjoute: 'Autre nom de commune ajouté',
  CodeInseeCommuneAttribue: 'Code INSEE de commune attribué',
  PredecesseurDeclare: 'Prédécesseur déclaré',
  StatistiqueTerritoireEnregistree: 'Statistique du territoire enregistrée',
  QpvDeclare: 'QPV déclaré',
  QpvRenomme: 'QPV renommé',
  QpvRetire: 'QPV retiré',
  QpvRemplace: 'QPV remplacé',
  CodeQpvAttribue: 'Code de QPV attribué',
  AliasQpvAjoute: 'Autre nom de QPV ajouté',
  CommuneQpvRattachee: 'Commune rattachée au QPV',
  CommuneQpvDetachee: 'Commune détachée du QPV',
  StatistiqueQpvEnregistree: 'Statistique du QPV enregistrée',
  PartenaireEnregistre: 'Partenaire enregistré',
  PartenaireRenomme: 'Partenaire renommé',
  AliasPartenaireAjoute: 'Autre nom de partenaire ajouté',
  IdentifiantsPartenaireRenseignes: 'Identifiants du partenaire renseignés',
  RolesPartenaireChanges: 'Rôles du partenaire changés',
  AssociationPorteuseDesignee: 'Association porteuse désignée',
  ContratEnregistre: 'Contrat enregistré',
  ContratSigne: 'Contrat signé',
  SignataireAjoute: 'Signataire ajouté',
  ContratProroge: 'Contrat prorogé',
  AvenantEnregistre: 'Avenant enregistré',
  AvenantSigne: 'Avenant signé',
  DocumentAnnexe: 'Document annexé',
  ConventionOperationnelleConclue: 'Convention opérationnelle conclue',
  CadreStrategiqueDefini: 'Cadre stratégique défini',
  ObjectifAjoute: 'Objectif ajouté',
  LibelleAfficheDefini: 'Libellé affiché défini',
  CorrespondanceVersionsDeclaree: 'Correspondance de versions déclarée',
  EngagementPris: 'Engagement pris',
  IndicateurRattacheEngagement: 'Indicateur rattaché à l’engagement',
  CibleIndicateurFixee: 'Cible d’indicateur fixée',
  CibleIndicateurModifiee: 'Cible d’indicateur modifiée',
  StatutEngagementChange: 'Statut de l’engagement changé',
  IndicateurDefini: 'Indicateur défini',
  IndicateurRattacheObjectif: 'Indicateur rattaché à l’objectif',
  ValeurIndicateurRenseignee: 'Valeur d’indicateur renseignée',
  ValeurIndicateurCorrigee: 'Valeur d’indicateur corrigée',
  ChiffreDeclare: 'Chiffre déclaré',
  ChiffreCorrige: 'Chiffre corrigé',
  // programmation
  AppelAProjetsOuvert: 'Appel à projets ouvert',
  EnveloppeFixee: 'Enveloppe fixée',
  ComitePlanifie: 'Comité planifié',
  AppelAProjetsClos: 'Appel à projets clos',
  ExerciceCloture: 'Exercice clôturé',
  DateClotureModifiee: 'Date de clôture modifiée',
  PiecesRequisesDefinies: 'Pièces requises définies',
  DossierDepose: 'Dossier déposé',
  DossierModifie: 'Dossier modifié',
  FinancementDemande: 'Financement demandé',
  DemandeFinancementRetiree: 'Demande de financement retirée',
  DossierMisEnInstruction: 'Dossier mis en instruction',
  AvisEmis: 'Avis émis',
  FinancementPropose: 'Financement proposé',
  FinancementVote: 'Financement voté',
  FinancementRefuse: 'Financement refusé',
  DossierRetenu: 'Dossier retenu',
  DossierNonRetenu: 'Dossier non retenu',
  DossierAjourne: 'Dossier ajourné',
  DossierAbandonne: 'Dossier abandonné',
  DossierRattacheASerie: 'Dossier rattaché à une série',
  DossierConventionne: 'Dossier conventionné',
  ActionDemarree: 'Action démarrée',
  FinancementEngage: 'Financement engagé',
  VersementEffectue: 'Versement effectué',
  BilanDepose: 'Bilan déposé',
  IndicateurRenseigne: 'Indicateur renseigné',
  FinancementJustifie: 'Financement justifié',
  ReliquatsConstates: 'Reliquats constatés',
  DossierSolde: 'Dossier soldé',
  MontantCorrige: 'Montant corrigé',
  PieceDeposee: 'Pièce déposée',
  PieceRemplacee: 'Pièce remplacée',
  PieceRetiree: 'Pièce retirée',
  CataloguePiecesDefini: 'Catalogue des pièces défini',
  ComiteConvoque: 'Comité convoqué',
  ProgrammationArretee: 'Programmation arrêtée',
  ComiteClos: 'Comité clos',
  MembresComiteCorriges: 'Membres du comité corrigés',
  ConventionSignee: 'Convention signée',
  DossierRattacheAConvention: 'Dossier rattaché à la convention',
  TrancheEngagee: 'Tranche engagée',
  ReglesFinancementDefinies: 'Règles de financement définies',
  // rapport annuel and the EPCI's funds (libs/domain/rapport)
  ...RAPPORT_EVENT_LABELS,
  // audit
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
