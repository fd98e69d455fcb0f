/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Withdraws the dossier. */
export type AbandonnerDossierInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  motif?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Adopts the report by a délibération of the council; not before the consultation ends. */
export type AdopterRapportInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  deliberation: DeliberationAdoptionInput;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** « Conseil communautaire » by default. */
  instance?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Postpones the dossier; a voted dossier cannot be postponed. */
export type AjournerDossierInput = {
  /** Next year when absent. */
  anneeReport?: number | null | undefined;
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  motif?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

export type AjouterAliasPartenaireInput = {
  alias: string;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  partenaireId: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

export type AjouterObjectifInput = {
  cadreId: string;
  /** Numbering printed in the source ("1.2"). */
  code?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Code of the dimension (piliers, feuille-de-route…). */
  dimension: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Verbatim from the source, typos included. */
  libelle: string;
  libelleAffiche?: string | null | undefined;
  /** Nodes of other dimensions of the same version this one relates to. */
  liens?: Array<string> | null | undefined;
  /** 0-based level; deduced from the parent. */
  niveau?: number | null | undefined;
  /** Unique across all versions of the cadre. */
  noeudId?: string | null | undefined;
  parentId?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  variantes?: Array<string> | null | undefined;
  version: number;
};

/** bloquant refuses the command; avertissement is recorded on the event. */
export type ApplicationRegleFinancement =
  | 'avertissement'
  | 'bloquant';

/** Records the comité’s decisions as one event; each dossier then records its own (votes, refusals, retenu…). */
export type ArreterProgrammationInput = {
  comiteId: string;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  decisions: Array<DecisionComiteInput>;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Organisation ids of the members present; every member when absent. */
  presents?: Array<string> | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  /** Dry run: decide everything against the current states and return the effects on each dossier, writing nothing. */
  simulation?: boolean | null | undefined;
};

/** Freezes a version: the server assembles the figures as of `arreteAu` (now by default) and records them whole. A new version needs a reason; `effectiveAt` is the business date printed on the cover. */
export type ArreterRapportInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** The instant the figures describe (recorded time, as asOf reads it); now when absent. */
  arreteAu?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  signataire?: SignataireInput | null | undefined;
};

export type AssietteRegleFinancement =
  | 'cout_total'
  | 'depenses_eligibles';

export type AttribuerCodeInseeCommuneInput = {
  codeInsee: string;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The name (or an alias) the commune is known by. */
  nom: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Beneficiaries: femmes + hommes + nonRenseigne = total. */
export type BeneficiairesInput = {
  femmes: number;
  hommes: number;
  nonRenseigne: number;
  parTrancheAge?: Array<TrancheAgeInput> | null | undefined;
  residentsQpv: number;
  total: number;
};

/** One classification dimension with the level names the tenant uses (pilier → orientation → objectif…). */
export type CadreStrategiqueDimensionInput = {
  /** Lower-case letters, digits, _ or - (e.g. piliers, feuille-de-route). */
  code: string;
  libelle: string;
  /** Names of the levels, top down. */
  niveaux: Array<string>;
};

/** A node (objective, priority…) of a cadre stratégique. */
export type CadreStrategiqueNoeudRefInput = {
  cadreId: string;
  noeudId: string;
};

/** courante (editable), remplacee (frozen by a later version) */
export type CadreStrategiqueStatut =
  | 'courante'
  | 'remplacee';

/** What a piece justifies: the dossier’s deposit (dossier), its bilan (bilan), or a convention (convention). */
export type CiblePiece =
  | 'bilan'
  | 'convention'
  | 'dossier';

/** Where a dossier sits in the cadre stratégique and the report layers; every level is optional. */
export type ClassementDossierInput = {
  axesTransversaux?: Array<TagProgrammationInput> | null | undefined;
  objectif?: TagProgrammationInput | null | undefined;
  orientation?: TagProgrammationInput | null | undefined;
  pilier?: TagProgrammationInput | null | undefined;
  priorite?: TagProgrammationInput | null | undefined;
  sousPriorite?: TagProgrammationInput | null | undefined;
  thematique?: TagProgrammationInput | null | undefined;
  thematiqueCget?: TagProgrammationInput | null | undefined;
};

/** Closes the appel: later deposits are late and need a reason. */
export type CloreAppelAProjetsInput = {
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Closes a comité: it records no more decisions. */
export type CloreComiteInput = {
  comiteId: string;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Closes the consultation at its deadline (or once every recipient answered): the silent ones count as favourable. */
export type CloreConsultationInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** A comité planned on the appel’s calendar. */
export type ComitePrevuInput = {
  /** Defaults to `comite-{annee}-{rank}`. */
  comiteId?: string | null | undefined;
  date: string;
  libelle: string;
};

/** Convenes a comité des financeurs (at least one financeur member). */
export type ConvoquerComiteInput = {
  annee: number;
  /** Given (e.g. the id planned in the appel’s calendar), or derived from commandId, or new. */
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  date: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  libelle: string;
  membres: Array<MembreComiteInput>;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Corrects an amount after the fact (the only way once decided); `reason` is mandatory. */
export type CorrigerMontantInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  etape: EtapeCorrigeable;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  ligneId: string;
  montant: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** The comité’s decision on one dossier: retenu needs a voted line; non retenu and ajourné have none. */
export type DecisionComiteInput = {
  /** For ajourné: the year it moves to (next year by default). */
  anneeReport?: number | null | undefined;
  decision: DecisionDossier;
  dossierId: string;
  lignes?: Array<LigneDecideeInput> | null | undefined;
  motif?: string | null | undefined;
};

/** What the comité decided for a dossier. */
export type DecisionDossier =
  | 'ajourne'
  | 'non_retenu'
  | 'retenu';

export type DeclarerQpvInput = {
  alias?: Array<string> | null | undefined;
  categorie: QpvCategorie;
  /** Official code (QP059012, QN05901M); only a QPV has one. */
  code?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  communes: Array<TerritoireCommuneInput>;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** 2015 or 2024; deduced from the code when omitted. */
  generation?: number | null | undefined;
  nom: string;
  /** Quartiers of an earlier geography this one succeeds. */
  predecesseurs?: Array<QpvLienInput> | null | undefined;
  /** Client-chosen id; defaults to the code. */
  qpvId?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  reconnaissance?: QpvReconnaissanceInput | null | undefined;
  validite?: QpvValiditeInput | null | undefined;
  /** Overlay zonings (NPNRU…). */
  zonages?: Array<string> | null | undefined;
};

export type DefinirCadreStrategiqueInput = {
  /** Given for a new version of an existing cadre. */
  cadreId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  contratId?: string | null | undefined;
  dimensions: Array<CadreStrategiqueDimensionInput>;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  intitule: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  validations?: Array<TerritoireValidationInput> | null | undefined;
  version: number;
};

export type DefinirIndicateurInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  definition?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  indicateurId?: string | null | undefined;
  libelle: string;
  nature?: IndicateurNature | null | undefined;
  noeuds?: Array<CadreStrategiqueNoeudRefInput> | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  /** Age bands of the tranche_age breakdown ("16-25"). */
  tranchesAge?: Array<string> | null | undefined;
  unite?: string | null | undefined;
  ventilations?: Array<IndicateurVentilationType> | null | undefined;
};

export type DefinirLibelleAfficheInput = {
  cadreId: string;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  libelleAffiche?: string | null | undefined;
  noeudId: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Replaces the workspace’s financing rules; replacing rules in force needs a reason. */
export type DefinirReglesFinancementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  regles: Array<RegleFinancementInput>;
};

export type DeliberationAdoptionInput = {
  date: string;
  numero: string;
};

export type DeliberationAvisInput = {
  /** Date the act became enforceable. */
  executoireLe?: string | null | undefined;
  numero?: string | null | undefined;
};

/** Asks a financeur for money (or in-kind / technical support): one line per financeur and nature. */
export type DemanderFinancementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** The fund or programme asked (e.g. fonds-cohesion-sociale): rules may target it. */
  dispositif?: TagProgrammationInput | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Partenaire id of the financeur; its name and report category come from the référentiel. */
  financeurId: string;
  /** numeraire by default; nature and technique carry no amount (0). */
  modalite?: ModaliteFinancement | null | undefined;
  montant: string;
  nature: NatureFinancement;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Records the start of the action. */
export type DemarrerActionInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dateDebut: string;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** The porteur’s report on a running action: realised cost, beneficiaries, indicators, narrative. */
export type DeposerBilanInput = {
  beneficiaires: BeneficiairesInput;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  coutRealise: string;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  indicateurs?: Array<IndicateurValeurInput> | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  recit: string;
};

/** A new dossier for the year’s appel. Labels (porteur, communes, QPV) come from the référentiel. */
export type DeposerDossierInput = {
  annee: number;
  classement?: ClassementDossierInput | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** INSEE codes of the communes of the territory the action covers. */
  communes?: Array<string> | null | undefined;
  coutTotal: string;
  dateDebut: string;
  dateFin: string;
  /** Base of rate rules (fonds de concours); the total cost when absent. */
  depensesEligibles?: string | null | undefined;
  description?: string | null | undefined;
  /** Given, or derived from commandId (a retried deposit lands on the same dossier), or new. */
  dossierId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** True for an intercommunal action (then no communes). */
  intercommunal?: boolean | null | undefined;
  /** Actions this dossier stands for in the counts (1 by default). */
  nombreActions?: number | null | undefined;
  origine?: OrigineDossierInput | null | undefined;
  /** Partenaire id of the porteur; a porteur deposits for its own organisation (the default). */
  porteurId?: string | null | undefined;
  /** Target publics (labels). */
  publics?: Array<string> | null | undefined;
  /** Ids (or official codes) of the QPV targeted. */
  qpvIds?: Array<string> | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  referenceExterne?: string | null | undefined;
  /** The série it renews; absent: the dossier starts its own. */
  serie?: SerieDossierInput | null | undefined;
  titre: string;
};

/** Attaches an uploaded file (its receipt) to a dossier, its bilan or a convention, as a kind of piece. */
export type DeposerPieceInput = {
  /** dossier (its deposit), bilan (the dossier’s bilan) or convention. */
  cible: CiblePiece;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** The dossier’s id (cibles dossier and bilan) or the convention’s. */
  detenteurId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The receipt the upload endpoint answered (POST /documents/…/fichiers): valid one hour, for its uploader. */
  fichier: string;
  /** The new piece’s id; derived from commandId, or new, when absent. */
  pieceId?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  /** A kind of the workspace’s catalogue (cataloguePieces), e.g. "rib". */
  type: string;
};

export type DestinataireInput = {
  /** INSEE code of a commune. */
  codeInsee?: string | null | undefined;
  /** Lower-case slug, unique in the consultation (marles-les-mines, conseils-citoyens). */
  destinataireId: string;
  nom: string;
  type: TypeDestinataire;
};

/** One dossier to put under instruction, with the revision last read (optional). */
export type DossierAInstruireInput = {
  dossierId: string;
  /** If the dossier changed since, this dossier is answered CONFLICT; the others go on. */
  expectedRevision?: number | null | undefined;
};

/** Filters of dossiers (formerly DossierFiltre); every one given must hold; a porteur’s list is always narrowed to its organisation. */
export type DossiersFilter = {
  annee?: number | null | undefined;
  /** INSEE code, or the commune’s name (case ignored) when the référentiel knows it by name only. */
  commune?: string | null | undefined;
  /** Financeur (partenaire) id: dossiers with a line of it. */
  financeur?: string | null | undefined;
  intercommunal?: boolean | null | undefined;
  /** Cadre stratégique node id of the pilier. */
  pilier?: string | null | undefined;
  /** Porteur (partenaire) id. */
  porteur?: string | null | undefined;
  /** QPV id. */
  qpv?: string | null | undefined;
  /** The identifier in the source system, exactly: an import’s « Référence du dossier », a Dauphin number (`referenceExterne`). */
  reference?: string | null | undefined;
  /** Words in title, reference, porteur, description, communes and QPV (accents and case ignored). */
  search?: string | null | undefined;
  /** Série id. */
  serie?: string | null | undefined;
  statut?: Array<StatutDossier> | null | undefined;
  /** @deprecated Use search (as partenaires(search:)). */
  texte?: string | null | undefined;
  /** Thématique id. */
  thematique?: string | null | undefined;
};

/** Order of a dossier list: a field and a direction (ascending by default). */
export type DossiersSort = {
  direction?: SortDirection | null | undefined;
  field: DossiersSortField;
};

export type DossiersSortField =
  | 'coutTotal'
  | 'deposeLe'
  | 'modifieLe'
  | 'titre'
  | 'voteTotal';

/** A financeur’s or partner’s opinion during instruction; réservé and défavorable need a comment. */
export type EmettreAvisInput = {
  /** Partenaire id of the author; an instructeur gives its own organisation’s avis (the default). */
  auteurId?: string | null | undefined;
  avis: ValeurAvis;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  commentaire?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The line the avis is about, when it is about one. */
  ligneId?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Baseline of a target ("actuellement 50 sites suivis"). */
export type EngagementCibleReferenceInput = {
  libelle: string;
  valeur?: string | null | undefined;
};

/** valeur (valeur), intervalle (min, max), a_definir, texte (a rule in words) */
export type EngagementCibleType =
  | 'a_definir'
  | 'intervalle'
  | 'texte'
  | 'valeur';

/** A target as documents print them: valeur (valeur), intervalle (min, max), a_definir, or texte (a rule in words). */
export type EngagementCibleValeurInput = {
  /** Decimal, for type intervalle. */
  max?: string | null | undefined;
  /** Decimal, for type intervalle. */
  min?: string | null | undefined;
  /** For type texte. */
  texte?: string | null | undefined;
  type: EngagementCibleType;
  /** Decimal, for type valeur. */
  valeur?: string | null | undefined;
};

/** An organisation as the document names it, linked to a registered partner when one matches. */
export type EngagementResponsableInput = {
  /** The label as printed. */
  libelle: string;
  partenaireId?: string | null | undefined;
};

/** Follow-up status of a commitment. */
export type EngagementStatut =
  | 'a_lancer'
  | 'abandonne'
  | 'atteint'
  | 'en_cours_de_deploiement'
  | 'en_cours_de_lancement'
  | 'en_voie_de_finalisation'
  | 'non_renseigne';

/** Engages a voted line. */
export type EngagerFinancementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  conventionId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  ligneId: string;
  montant: string;
  numeroEngagementJuridique?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Records the avis of a recipient, annexed to the report; after the deadline silence counts as favourable. */
export type EnregistrerAvisInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  deliberation?: DeliberationAvisInput | null | undefined;
  destinataireId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The body that gave it: « Conseil municipal de Marles-les-Mines ». */
  organe: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  recuLe?: string | null | undefined;
  seanceLe: string;
  /** The outcome (« sens » of the avis; not named `sens`, which the API keeps for sort directions). */
  sensAvis: SensAvis;
  /** The operative words, verbatim. */
  texte: string;
};

export type EnregistrerPartenaireInput = {
  alias?: Array<string> | null | undefined;
  /** For a conseil citoyen: the association that carries it. */
  associationPorteuseId?: string | null | undefined;
  /** Required for a financeur: its category in the yearly report. */
  categorieFinanceur?: PartenaireCategorieFinanceur | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  communes?: Array<TerritoireCommuneInput> | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  nature: PartenaireNature;
  nom: string;
  /** Client-chosen id (letters, digits, dot, dash, underscore). */
  partenaireId?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  /** RNA number of an association (W + 9 characters). */
  rna?: string | null | undefined;
  roles?: Array<PartenaireRole> | null | undefined;
  /** 9 digits (Luhn); the SIRET must start with it. */
  siren?: string | null | undefined;
  siret?: string | null | undefined;
};

/** A payment on an engaged line; the paid total never exceeds the engaged amount. */
export type EnregistrerVersementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  date: string;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  ligneId: string;
  montant: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  type: TypeVersement;
  /** Given, or derived from commandId, or new. */
  versementId?: string | null | undefined;
};

/** A financeur’s envelope: the financeur by its référentiel id; name and category come from the référentiel. */
export type EnveloppeInput = {
  financeurId: string;
  montant: string;
  /** When the financeur splits its envelope by nature (the State: BOP 147 vs droit commun). */
  nature?: NatureFinancement | null | undefined;
};

/** The stage of a line whose amount a correction changes. */
export type EtapeCorrigeable =
  | 'demande'
  | 'engage'
  | 'justifie'
  | 'propose'
  | 'vote';

/** When a required piece must be there: before the instruction starts (depot) or before the solde (bilan). */
export type EtapePieceRequise =
  | 'bilan'
  | 'depot';

/** When a rule is checked: when the line is asked, proposed or voted. */
export type EtapeRegleFinancement =
  | 'demande'
  | 'propose'
  | 'vote';

/** What the document shown is: `projet` (assembled now or as of an instant, not arrêté) or the state of the version shown. */
export type EtatDocumentRapport =
  | 'adopte'
  | 'arrete'
  | 'consultation_close'
  | 'en_consultation'
  | 'projet'
  | 'transmis';

/** The eight financeur categories of the rapport politique de la ville. */
export type FinanceurCategorie =
  | 'autres'
  | 'caf'
  | 'communes'
  | 'departement'
  | 'epci'
  | 'etat_credits_specifiques'
  | 'etat_droit_commun'
  | 'region';

export type FixerCibleIndicateurInput = {
  annee?: number | null | undefined;
  cible: EngagementCibleValeurInput;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  engagementId: string;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  indicateurId: string;
  /** Span in words when not a year ("sur 3 ans"). */
  periode?: string | null | undefined;
  /** "environ", "près de", "total"… */
  qualificatif?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  reference?: EngagementCibleReferenceInput | null | undefined;
  /** Breakdown the target applies to ("DTML", "femmes"). */
  ventilation?: string | null | undefined;
};

/** Sets or changes a financeur’s envelope; changing a published one needs a reason. */
export type FixerEnveloppeInput = {
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  financeurId: string;
  montant: string;
  nature?: NatureFinancement | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** stock (read at a date) or flux (counted over a period) */
export type IndicateurNature =
  | 'flux'
  | 'stock';

export type IndicateurValeurInput = {
  indicateurId: string;
  libelle: string;
  unite?: string | null | undefined;
  valeur: number;
};

/** Breakdowns an indicator’s values may carry. */
export type IndicateurVentilationType =
  | 'qpv'
  | 'sexe'
  | 'tranche_age';

/** Criteria of the journal; every one given must hold. */
export type JournalFilter = {
  /** The dossier’s own events and every event concerning it: the comité decisions and conventions naming it, a deposit carrying it on. */
  dossierId?: string | null | undefined;
  effectifAvant?: string | null | undefined;
  /** Effective (business date) at or after. */
  effectifDepuis?: string | null | undefined;
  /** Recorded before. */
  enregistreAvant?: string | null | undefined;
  /** Recorded at or after. */
  enregistreDepuis?: string | null | undefined;
  /** Events concerning this financeur (partenaire id): its lines at every stage, its envelopes, its votes in comités, conventions it signs. */
  financeurId?: string | null | undefined;
  organisationId?: string | null | undefined;
  /** A stream, e.g. "dossier-42". */
  streamId?: string | null | undefined;
  types?: Array<string> | null | undefined;
  userId?: string | null | undefined;
};

/** Records the justified amount of a line. */
export type JustifierFinancementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  ligneId: string;
  montant: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** A line voted (with its amount) or refused; a financeur decides only its own lines (`{financeurId}:{nature}`). */
export type LigneDecideeInput = {
  ligneId: string;
  /** The voted amount; none on a refusal. */
  montant?: string | null | undefined;
  motif?: string | null | undefined;
  resultat: ResultatLigneComite;
};

/** A member of the comité: an organisation of the référentiel and one capacity; list it once per capacity (présidence and financeur). */
export type MembreComiteInput = {
  organisationId: string;
  qualite: QualiteMembreComite;
};

/** Puts many dossiers under instruction at once (after an import), each one answered on its own; at most 500. */
export type MettreEnInstructionDossiersInput = {
  /** Idempotency key of the batch: each dossier’s command is keyed `{commandId}:{dossierId}`. */
  commandId?: string | null | undefined;
  dossiers: Array<DossierAInstruireInput>;
  effectiveAt?: string | null | undefined;
  reason?: string | null | undefined;
};

/** Starts the instruction: the porteur can no longer change the dossier. */
export type MettreEnInstructionInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** numeraire (money), nature (in kind) or technique (technical support): only numeraire lines carry an amount. */
export type ModaliteFinancement =
  | 'nature'
  | 'numeraire'
  | 'technique';

/** metropole, cu (communauté urbaine), ca (d’agglomération), cc (de communes), ept, autre */
export type NatureEpci =
  | 'autre'
  | 'ca'
  | 'cc'
  | 'cu'
  | 'ept'
  | 'metropole';

/** credits_specifiques (politique de la ville) or droit_commun. */
export type NatureFinancement =
  | 'credits_specifiques'
  | 'droit_commun';

/** Does not retain the dossier. */
export type NePasRetenirDossierInput = {
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  motif?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** The dossier ajourné of a previous year that this deposit carries on. */
export type OrigineDossierInput = {
  annee: number;
  dossierId: string;
};

export type OuvrirAppelAProjetsInput = {
  annee: number;
  clotureLe: string;
  comites?: Array<ComitePrevuInput> | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  enveloppes?: Array<EnveloppeInput> | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  ouvertureLe: string;
  priorites?: Array<TagProgrammationInput> | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  titre: string;
};

export type OuvrirEspaceDeTravailInput = {
  acronyme?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  communes?: Array<TerritoireCommuneARattacherInput> | null | undefined;
  departement?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Id of the new workspace: lower-case letters, digits and inner dashes, at most 40 characters (e.g. "grand-avignon"). */
  espace: string;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  nature?: NatureEpci | null | undefined;
  /** Legal name. */
  nom: string;
  nomUsuel?: string | null | undefined;
  predecesseurs?: Array<TerritoirePredecesseurInput> | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  region?: string | null | undefined;
  /** SIREN of the EPCI (9 digits, Luhn). */
  siren?: string | null | undefined;
};

/** The financeur categories of the yearly report. */
export type PartenaireCategorieFinanceur =
  | 'autres'
  | 'caf'
  | 'communes'
  | 'departement'
  | 'epci'
  | 'etat_credits_specifiques'
  | 'etat_droit_commun'
  | 'region';

/** Kind of organisation. */
export type PartenaireNature =
  | 'association'
  | 'autre'
  | 'bailleur'
  | 'caf'
  | 'ccas'
  | 'chambre_consulaire'
  | 'commune'
  | 'conseil_citoyen'
  | 'departement'
  | 'epci'
  | 'etat_service'
  | 'region';

/** What the organisation does in the contract. */
export type PartenaireRole =
  | 'financeur'
  | 'porteur'
  | 'signataire';

/** Filters of the partenaires query; all given ones apply. */
export type PartenairesFilter = {
  /** The conseils citoyens an association carries. */
  associationPorteuseId?: string | null | undefined;
  categorieFinanceur?: PartenaireCategorieFinanceur | null | undefined;
  nature?: PartenaireNature | null | undefined;
  role?: PartenaireRole | null | undefined;
};

/** Adds a comité to the appel’s calendar. */
export type PlanifierComiteInput = {
  annee: number;
  /** Given, or derived from commandId, or new. */
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  date: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  libelle: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Kind of organisation carrying a dossier (report grouping). */
export type PorteurKind =
  | 'association'
  | 'autre'
  | 'bailleur'
  | 'caf'
  | 'ccas'
  | 'chambre_consulaire'
  | 'commune'
  | 'conseil_citoyen'
  | 'departement'
  | 'entreprise'
  | 'epci'
  | 'etablissement_public'
  | 'etat'
  | 'region'
  | 'syndicat_intercommunal';

export type PrendreEngagementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  contratId?: string | null | undefined;
  echeance?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  engagementId?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Section of the source the commitment belongs to. */
  groupe?: string | null | undefined;
  indicateurIds?: Array<string> | null | undefined;
  moyens?: string | null | undefined;
  noeuds?: Array<CadreStrategiqueNoeudRefInput> | null | undefined;
  objectif: string;
  priorite?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  responsables: Array<EngagementResponsableInput>;
  statut?: EngagementStatut | null | undefined;
};

/** Proposes an amount on a line during instruction. */
export type ProposerFinancementInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** `{financeurId}:{nature}`. */
  ligneId: string;
  montant: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Where a narrative was taken from, when it is not written in the platform. */
export type ProvenanceSectionInput = {
  /** The source document. */
  document: string;
  /** Its lines or pages (« L37–L47 »). */
  lignes: string;
  note?: string | null | undefined;
};

/** qpv (national list), quartier_veille_active, quartier_interet_communautaire (the EPCI’s own geography) */
export type QpvCategorie =
  | 'qpv'
  | 'quartier_interet_communautaire'
  | 'quartier_veille_active';

/** A quartier of another geography generation; its code may be unknown. */
export type QpvLienInput = {
  code?: string | null | undefined;
  qpvId: string;
};

/** How a quartier of the EPCI’s own geography was recognised. */
export type QpvReconnaissanceInput = {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  /** e.g. Conseil Communautaire. */
  instance: string;
  reference?: string | null | undefined;
};

/** actif (on the map), remplace (by the next geography), retire */
export type QpvStatut =
  | 'actif'
  | 'remplace'
  | 'retire';

/** Validity of a quartier; defaults to that of its geography generation. */
export type QpvValiditeInput = {
  au?: string | null | undefined;
  du?: string | null | undefined;
};

/** Filters of the qpvs query; all given ones apply. */
export type QpvsFilter = {
  categorie?: QpvCategorie | null | undefined;
  /** Any code the quartier has carried (a 2015 code still finds its 2015 QPV). */
  code?: string | null | undefined;
  /** INSEE code or name of a commune. */
  commune?: string | null | undefined;
  generation?: number | null | undefined;
  statut?: Array<QpvStatut> | null | undefined;
  /** Part of the name or of an alias, accents and case ignored. */
  texte?: string | null | undefined;
};

export type QualiteMembreComite =
  | 'financeur'
  | 'partenaire'
  | 'presidence';

export type RattacherCommuneInput = {
  alias?: Array<string> | null | undefined;
  /** INSEE code, when known. */
  codeInsee?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  depuis?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  nom: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** Writes or replaces a section of the working draft (the next version). */
export type RedigerSectionInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** A note: the printed figure (chiffreId) whose difference it explains. */
  chiffreId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Display order: < 20 before the geography, 20–80 in the chapters, then the rest. */
  ordre: number;
  /** Taken from a document; none: written in the platform. */
  provenance?: ProvenanceSectionInput | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  /** Lower-case slug, unique in the report (introduction, perspectives, note-…). */
  sectionId: string;
  /** The text (50 000 characters at most); paragraphs separated by blank lines. */
  texte: string;
  titre: string;
};

/** Refuses a line; an instructeur refuses only its organisation’s lines. */
export type RefuserFinancementInput = {
  /** The comité that decided, when any. */
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  ligneId: string;
  motif?: string | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

/** How retained projects are counted: dossier (one per dossier), action_declaree (a grouped line counts its actions), dossier_credits_specifiques (dossiers with a voted BOP 147 line). */
export type RegleComptage =
  | 'action_declaree'
  | 'dossier'
  | 'dossier_credits_specifiques';

/** A rule; give the parameters of its type (plafond: montantMax; minimum: montantMin; taux_max: tauxMaxPourcentage, assiette, plafond?; egal_a: reference). */
export type RegleFinancementInput = {
  application: ApplicationRegleFinancement;
  assiette?: AssietteRegleFinancement | null | undefined;
  cible: SelecteurLigneInput;
  etapes?: Array<EtapeRegleFinancement> | null | undefined;
  id: string;
  libelle: string;
  montantMax?: string | null | undefined;
  montantMin?: string | null | undefined;
  plafond?: string | null | undefined;
  porteurKinds?: Array<PorteurKind> | null | undefined;
  reference?: SelecteurLigneInput | null | undefined;
  tauxMaxPourcentage?: number | null | undefined;
  type: TypeRegleFinancement;
};

export type ResultatLigneComite =
  | 'refuse'
  | 'vote';

/** Retains the dossier; comité decisions go through arreterProgrammation instead. */
export type RetenirDossierInput = {
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

export type SelecteurLigneInput = {
  categories?: Array<FinanceurCategorie> | null | undefined;
  dispositifs?: Array<string> | null | undefined;
  financeurIds?: Array<string> | null | undefined;
  natures?: Array<NatureFinancement> | null | undefined;
};

/** The outcome as the deliberation words it: favorable, reserve (réservé), defavorable, prend_acte, approuve. */
export type SensAvis =
  | 'approuve'
  | 'defavorable'
  | 'favorable'
  | 'prend_acte'
  | 'reserve';

/** The same action renewed year after year: série id and rank of this year. */
export type SerieDossierInput = {
  id: string;
  libelle?: string | null | undefined;
  rang: number;
};

export type SignataireInput = {
  nom: string;
  /** « Le Président de la Communauté d’Agglomération… ». */
  qualite: string;
};

/** Closes the dossier. */
export type SolderDossierInput = {
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

export type SortDirection =
  | 'asc'
  | 'desc';

/** Sends the arrêté version for avis (décret 2015-1118 art. 4: communes, conseils citoyens). */
export type SoumettreAConsultationInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** 500 at most. */
  destinataires: Array<DestinataireInput>;
  /** The deadline; one month after the sending date by default. */
  echeance?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  envoyeLe: string;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

export type StatutAppel =
  | 'clos'
  | 'exercice_clos'
  | 'ouvert';

/** depose → en_instruction → retenu → conventionne → en_cours → bilan_depose → solde; non_retenu, ajourne, abandonne. */
export type StatutDossier =
  | 'abandonne'
  | 'ajourne'
  | 'bilan_depose'
  | 'conventionne'
  | 'depose'
  | 'en_cours'
  | 'en_instruction'
  | 'non_retenu'
  | 'retenu'
  | 'solde';

/** demande → propose → vote | refuse → engage → verse → justifie. */
export type StatutLigneFinancement =
  | 'demande'
  | 'engage'
  | 'justifie'
  | 'propose'
  | 'refuse'
  | 'verse'
  | 'vote';

/** brouillon → arrete → en_consultation → consultation_close → adopte → transmis (docs/domain/rapport-annuel.md). */
export type StatutRapport =
  | 'adopte'
  | 'arrete'
  | 'brouillon'
  | 'consultation_close'
  | 'en_consultation'
  | 'transmis';

/** A node of the cadre stratégique (id and label as the tenant defines them). */
export type TagProgrammationInput = {
  id: string;
  libelle: string;
};

/** A commune to attach to the territory. */
export type TerritoireCommuneARattacherInput = {
  /** Other spellings found in the documents. */
  alias?: Array<string> | null | undefined;
  /** INSEE code (5 characters, e.g. 59350 or 2A004), when known. */
  codeInsee?: string | null | undefined;
  /** Since when (YYYY, YYYY-MM or YYYY-MM-DD). */
  depuis?: string | null | undefined;
  nom: string;
};

/** A commune as documents name it: always a name, the INSEE code when known. */
export type TerritoireCommuneInput = {
  /** INSEE code (5 characters, e.g. 59350 or 2A004), when known. */
  codeInsee?: string | null | undefined;
  nom: string;
};

export type TerritoireContratPredecesseurInput = {
  intitule: string;
  signeLe?: string | null | undefined;
};

/** An EPCI this one comes from (a merger). */
export type TerritoirePredecesseurInput = {
  contratDeVille?: TerritoireContratPredecesseurInput | null | undefined;
  /** Last day, month or year of its existence. */
  jusquAu?: string | null | undefined;
  nom: string;
  note?: string | null | undefined;
  siren?: string | null | undefined;
};

/** A decision by a body (comité de pilotage, conseil communautaire…). */
export type TerritoireValidationInput = {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  instance: string;
  /** Deliberation number. */
  reference?: string | null | undefined;
};

export type TrancheAgeInput = {
  nombre: number;
  /** Band as the tenant defines it, e.g. "16-25". */
  tranche: string;
};

/** Records the transmission of the adopted report (to the préfet by default). */
export type TransmettreRapportInput = {
  /** The year the report is about (its stream rapport-{annee}). */
  annee: number;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  /** « Préfet » by default. */
  destinataire?: string | null | undefined;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
  /** The reference of the sending (AR, @ctes…). */
  reference?: string | null | undefined;
  transmisLe: string;
};

/** annuelle, or pluriannuelle (CPO, 2 to 4 years). */
export type TypeConvention =
  | 'annuelle'
  | 'pluriannuelle';

/** Who the draft is sent to for avis. */
export type TypeDestinataire =
  | 'autre'
  | 'commune'
  | 'conseil_citoyen';

export type TypeRegleFinancement =
  | 'egal_a'
  | 'minimum'
  | 'plafond'
  | 'taux_max';

export type TypeVersement =
  | 'acompte'
  | 'avance'
  | 'solde';

export type ValeurAvis =
  | 'defavorable'
  | 'favorable'
  | 'reserve';

/** Votes an amount on a line (a financeur’s own committee); comité votes go through arreterProgrammation. */
export type VoterFinancementInput = {
  /** The financeur committee or comité that voted. */
  comiteId?: string | null | undefined;
  /** Idempotency key: the same commandId sent again returns the first result and writes nothing. */
  commandId?: string | null | undefined;
  dossierId: string;
  /** Business date when it differs from now (a committee held yesterday). */
  effectiveAt?: string | null | undefined;
  /** Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** `{financeurId}:{nature}`. */
  ligneId: string;
  montant: string;
  /** Why: mandatory for corrections and for changes after a decision. */
  reason?: string | null | undefined;
};

export type OrganisationSessionQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationSessionQuery = { partenaire: { nom: string } | null };

export type MoiQueryVariables = Exact<{ [key: string]: never; }>;


export type MoiQuery = { moi: { userId: string, tenantId: string, roles: Array<string>, organisationId: string | null, workspaces: Array<string>, operateurPlateforme: boolean } };

export type ChiffresComparesFragment = { comptes: { deposes: number, retenus: number, nonRetenus: number, ajournes: number, abandonnes: number, enInstruction: number, porteursDeposants: number, coutTotalRetenus: string }, parFinanceur: Array<{ categorie: FinanceurCategorie, nature: NatureFinancement, demande: string, vote: string, engage: string, verse: string, justifie: string }> };

export type ComparaisonProgrammationQueryVariables = Exact<{
  annee: number;
  depuis: string;
  jusqua: string;
}>;


export type ComparaisonProgrammationQuery = { avant: { comptes: { deposes: number, retenus: number, nonRetenus: number, ajournes: number, abandonnes: number, enInstruction: number, porteursDeposants: number, coutTotalRetenus: string }, parFinanceur: Array<{ categorie: FinanceurCategorie, nature: NatureFinancement, demande: string, vote: string, engage: string, verse: string, justifie: string }> }, apres: { comptes: { deposes: number, retenus: number, nonRetenus: number, ajournes: number, abandonnes: number, enInstruction: number, porteursDeposants: number, coutTotalRetenus: string }, parFinanceur: Array<{ categorie: FinanceurCategorie, nature: NatureFinancement, demande: string, vote: string, engage: string, verse: string, justifie: string }> }, diffProgrammation: { depuis: string, jusqua: string, dossiersModifies: number, changements: Array<{ eventId: string, libelle: string, type: string, streamId: string, revision: number, enregistreLe: string, effectifLe: string | null, reason: string | null, dossierId: string | null, titre: string | null, acteur: { userId: string, role: string, organisationId: string | null }, changements: Array<{ chemin: string, avant: unknown, apres: unknown }> }> } };

export type HistoriqueFluxQueryVariables = Exact<{
  streamId: string;
  asOf?: string | null | undefined;
}>;


export type HistoriqueFluxQuery = { historique: Array<{ eventId: string, libelle: string, type: string, revision: number, position: number, enregistreLe: string, effectifLe: string | null, reason: string | null, source: string, commandId: string | null, correlationId: string | null, causationId: string | null, prevHash: string | null, hash: string, baseDuDiff: string, acteur: { userId: string, role: string, organisationId: string | null }, changements: Array<{ chemin: string, nature: string, avant: unknown, apres: unknown }> }> };

export type JournalQueryVariables = Exact<{
  filter?: JournalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JournalQuery = { journal: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { eventId: string, position: number, streamId: string, revision: number, type: string, libelle: string, enregistreLe: string, effectifLe: string | null, reason: string | null, source: string, acteur: { userId: string, role: string, organisationId: string | null } } }> } };

export type VerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type VerificationQuery = { verification: { ok: boolean, verifieJusqua: number, fluxVerifies: number, evenementsVerifies: number, sceauxVerifies: number, nombreProblemes: number, evenementsApresDernierSceau: number, premierMaillonRompu: { streamId: string, revision: number, position: number, probleme: string, message: string } | null, dernierSceau: { numero: number, position: number, racine: string, poseLe: string } | null } };

export type ComiteQueryVariables = Exact<{
  annee: number;
  asOf?: string | null | undefined;
}>;


export type ComiteQuery = { comites: Array<{ id: string, libelle: string, date: string, statut: string, totalVote: string, decisions: Array<{ dossierId: string, titre: string | null, porteurNom: string | null, decision: DecisionDossier, motif: string | null }> }>, dossiers: { edges: Array<{ node: { id: string, titre: string, porteur: { nom: string }, lignes: Array<{ id: string, financeurNom: string, nature: NatureFinancement, statut: StatutLigneFinancement, demande: string, propose: string }> } }> } };

export type ArreterProgrammationMutationVariables = Exact<{
  input: ArreterProgrammationInput;
}>;


export type ArreterProgrammationMutation = { arreterProgrammation: { eventsAppended: number, effets: Array<{ dossierId: string, commande: string, ok: boolean, code: string | null, message: string | null }> } | null };

export type CloreComiteMutationVariables = Exact<{
  input: CloreComiteInput;
}>;


export type CloreComiteMutation = { cloreComite: { revision: number } | null };

export type OrganisationsConnexionQueryVariables = Exact<{
  role: PartenaireRole;
}>;


export type OrganisationsConnexionQuery = { partenaires: { edges: Array<{ node: { id: string, nom: string } }> } };

export type DossierQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type DossierQuery = { dossier: { id: string, annee: number, titre: string, description: string, statut: StatutDossier, decision: DecisionDossier | null, revision: number | null, referenceExterne: string | null, coutTotal: string, depensesEligibles: string | null, nombreActions: number, dateDebut: string | null, dateFin: string | null, deposeLe: string, modifieLe: string, depotTardif: boolean, publics: Array<string>, intercommunal: boolean, porteur: { id: string, nom: string, kind: PorteurKind }, pilier: { libelle: string } | null, orientation: { libelle: string } | null, objectif: { libelle: string } | null, thematique: { libelle: string } | null, communes: Array<{ codeInsee: string, nom: string }>, qpv: Array<{ code: string | null, nom: string }>, serie: { id: string, rang: number }, lignes: Array<{ id: string, financeurId: string, financeurNom: string, categorie: FinanceurCategorie, nature: NatureFinancement, statut: StatutLigneFinancement, demande: string, propose: string, vote: string, engage: string, verse: string, justifie: string, numeroEngagementJuridique: string | null, avertissements: Array<{ message: string }> }>, totaux: { demande: string, vote: string, engage: string, verse: string, justifie: string }, avis: Array<{ auteurNom: string, avis: ValeurAvis, commentaire: string, ligneId: string | null, emisLe: string }>, decisions: Array<{ type: string, comiteId: string | null, motif: string | null, anneeReport: number | null, le: string }>, convention: { conventionId: string, typeConvention: TypeConvention, numeroEngagementJuridique: string | null } | null, versements: Array<{ versementId: string, ligneId: string, type: TypeVersement, montant: string, date: string }>, bilan: { coutRealise: string, recit: string, deposeLe: string, beneficiaires: { total: number, femmes: number, hommes: number, residentsQpv: number } } | null, corrections: Array<{ ligneId: string, etape: EtapeCorrigeable, avant: string, apres: string, reason: string | null, corrigeLe: string }>, commandesPermises: Array<{ mutation: string, ligneId: string | null, raisonRequise: boolean }> } };

export type ChangementsDepuisQueryVariables = Exact<{
  id: string;
}>;


export type ChangementsDepuisQuery = { dossier: { revision: number | null, historique: Array<{ revision: number, type: string, recordedAt: string, reason: string | null, actor: { role: string, organisationId: string | null } | null }> } };

export type VoterFinancementMutationVariables = Exact<{
  input: VoterFinancementInput;
}>;


export type VoterFinancementMutation = { voterFinancement: { revision: number } | null };

export type RefuserFinancementMutationVariables = Exact<{
  input: RefuserFinancementInput;
}>;


export type RefuserFinancementMutation = { refuserFinancement: { revision: number } | null };

export type ProposerFinancementMutationVariables = Exact<{
  input: ProposerFinancementInput;
}>;


export type ProposerFinancementMutation = { proposerFinancement: { revision: number } | null };

export type EngagerFinancementMutationVariables = Exact<{
  input: EngagerFinancementInput;
}>;


export type EngagerFinancementMutation = { engagerFinancement: { revision: number } | null };

export type EnregistrerVersementMutationVariables = Exact<{
  input: EnregistrerVersementInput;
}>;


export type EnregistrerVersementMutation = { enregistrerVersement: { revision: number } | null };

export type JustifierFinancementMutationVariables = Exact<{
  input: JustifierFinancementInput;
}>;


export type JustifierFinancementMutation = { justifierFinancement: { revision: number } | null };

export type CorrigerMontantMutationVariables = Exact<{
  input: CorrigerMontantInput;
}>;


export type CorrigerMontantMutation = { corrigerMontant: { revision: number } | null };

export type EmettreAvisMutationVariables = Exact<{
  input: EmettreAvisInput;
}>;


export type EmettreAvisMutation = { emettreAvis: { revision: number } | null };

export type MettreEnInstructionMutationVariables = Exact<{
  input: MettreEnInstructionInput;
}>;


export type MettreEnInstructionMutation = { mettreEnInstruction: { revision: number } | null };

export type RetenirDossierMutationVariables = Exact<{
  input: RetenirDossierInput;
}>;


export type RetenirDossierMutation = { retenirDossier: { revision: number } | null };

export type NePasRetenirDossierMutationVariables = Exact<{
  input: NePasRetenirDossierInput;
}>;


export type NePasRetenirDossierMutation = { nePasRetenirDossier: { revision: number } | null };

export type AjournerDossierMutationVariables = Exact<{
  input: AjournerDossierInput;
}>;


export type AjournerDossierMutation = { ajournerDossier: { revision: number } | null };

export type AbandonnerDossierMutationVariables = Exact<{
  input: AbandonnerDossierInput;
}>;


export type AbandonnerDossierMutation = { abandonnerDossier: { revision: number } | null };

export type DemarrerActionMutationVariables = Exact<{
  input: DemarrerActionInput;
}>;


export type DemarrerActionMutation = { demarrerAction: { revision: number } | null };

export type SolderDossierMutationVariables = Exact<{
  input: SolderDossierInput;
}>;


export type SolderDossierMutation = { solderDossier: { revision: number } | null };

export type DossiersQueryVariables = Exact<{
  filter?: DossiersFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: DossiersSort | null | undefined;
  asOf?: string | null | undefined;
  annee: number;
}>;


export type DossiersQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, totaux: { coutTotal: string, demande: string, vote: string, engage: string, verse: string }, edges: Array<{ node: { id: string, titre: string, statut: StatutDossier, revision: number | null, referenceExterne: string | null, coutTotal: string, porteur: { nom: string }, pilier: { libelle: string } | null, qpv: Array<{ nom: string }>, totaux: { demande: string, vote: string } } }> }, programmation: { parPilier: Array<{ cle: string | null, libelle: string }>, parThematique: Array<{ cle: string | null, libelle: string }>, parQpv: Array<{ cle: string | null, libelle: string }> }, territoire: { communes: Array<{ codeInsee: string | null, nom: string }> } | null, porteurs: { edges: Array<{ node: { id: string, nom: string } }> }, financeurs: { edges: Array<{ node: { id: string, nom: string } }> } };

export type MettreEnInstructionDossiersMutationVariables = Exact<{
  input: MettreEnInstructionDossiersInput;
}>;


export type MettreEnInstructionDossiersMutation = { mettreEnInstructionDossiers: { resultats: Array<{ dossierId: string, ok: boolean, revision: number | null, code: string | null, message: string | null }> } | null };

export type EspacesDeTravailQueryVariables = Exact<{ [key: string]: never; }>;


export type EspacesDeTravailQuery = { espacesDeTravail: Array<{ id: string, nom: string | null, siren: string | null, nature: NatureEpci | null, communes: number, ouvert: boolean }> };

export type OuvrirEspaceDeTravailMutationVariables = Exact<{
  input: OuvrirEspaceDeTravailInput;
}>;


export type OuvrirEspaceDeTravailMutation = { ouvrirEspaceDeTravail: { id: string, eventsAppended: number } | null };

export type HistoriqueDossierQueryVariables = Exact<{
  streamId: string;
  id: string;
  asOf?: string | null | undefined;
}>;


export type HistoriqueDossierQuery = { dossier: { titre: string }, historique: Array<{ eventId: string, libelle: string, type: string, revision: number, position: number, enregistreLe: string, effectifLe: string | null, reason: string | null, source: string, acteur: { userId: string, role: string, organisationId: string | null }, changements: Array<{ chemin: string, nature: string, avant: unknown, apres: unknown }> }> };

export type EnregistrerPorteurImportMutationVariables = Exact<{
  input: EnregistrerPartenaireInput;
}>;


export type EnregistrerPorteurImportMutation = { enregistrerPartenaire: { id: string } | null };

export type FinanceursQueryVariables = Exact<{
  annee: number;
  financeur?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type FinanceursQuery = { lignesFinancement: Array<{ financeurId: string, financeurNom: string, lignes: number, lignesVotees: number, lignesRefusees: number, dossiers: number, demande: string, propose: string, vote: string, engage: string, verse: string, justifie: string, enveloppe: string | null, consomme: string, disponible: string | null, depassement: boolean }> };

export type PiecesDossierQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type PiecesDossierQuery = { dossier: { id: string, pieces: Array<{ id: string, cible: CiblePiece, deposeLe: string, type: { id: string, libelle: string }, fichier: { nom: string, taille: number }, lien: { url: string, expireLe: string } }>, piecesRequises: Array<{ etape: EtapePieceRequise, fournie: boolean, type: { id: string, libelle: string } }> }, cataloguePieces: { types: Array<{ id: string, libelle: string, cibles: Array<CiblePiece> }> } };

export type DeposerPieceMutationVariables = Exact<{
  input: DeposerPieceInput;
}>;


export type DeposerPieceMutation = { deposerPiece: { id: string, revision: number } | null };

export type ReferentielDepotQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferentielDepotQuery = { appelsAProjets: Array<{ annee: number, titre: string, statut: StatutAppel, ouvertureLe: string, clotureLe: string, piecesRequises: Array<{ etape: EtapePieceRequise, porteurKinds: Array<PorteurKind>, type: { id: string, libelle: string } }> }>, espacePorteur: { porteur: { id: string, kind: PorteurKind } | null }, territoire: { communes: Array<{ codeInsee: string | null, nom: string, rattachee: boolean }> } | null, qpvs: { edges: Array<{ node: { id: string, nom: string, code: string | null } }> }, cadreStrategique: { id: string, intitule: string, dimensions: Array<{ code: string, libelle: string, niveaux: Array<string>, racines: Array<{ id: string, libelle: string, enfants: Array<{ id: string, libelle: string, enfants: Array<{ id: string, libelle: string, enfants: Array<{ id: string, libelle: string }> }> }> }> }> } | null, financeurs: { edges: Array<{ node: { id: string, nom: string } }> } };

export type DeposerDossierPorteurMutationVariables = Exact<{
  input: DeposerDossierInput;
}>;


export type DeposerDossierPorteurMutation = { deposerDossier: { id: string, revision: number, replayed: boolean } | null };

export type DemanderFinancementPorteurMutationVariables = Exact<{
  input: DemanderFinancementInput;
}>;


export type DemanderFinancementPorteurMutation = { demanderFinancement: { revision: number, replayed: boolean } | null };

export type EspacePorteurQueryVariables = Exact<{
  annee?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type EspacePorteurQuery = { espacePorteur: { porteur: { id: string, nom: string } | null, annees: Array<{ annee: number, dossiers: number, retenus: number, demande: string, vote: string, verse: string }>, dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, annee: number, titre: string, statut: StatutDossier, deposeLe: string, totaux: { demande: string, vote: string, verse: string }, decisions: Array<{ type: string, motif: string | null, le: string }> } }> }, conventions: Array<{ id: string, objet: string, typeConvention: TypeConvention, anneeDebut: number, anneeFin: number, dateSignature: string, totalEngage: string }> } };

export type CatalogueIndicateursQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueIndicateursQuery = { indicateurs: Array<{ id: string, libelle: string | null, unite: string | null, defini: boolean, tranchesAge: Array<string> }> };

export type DeposerBilanMutationVariables = Exact<{
  input: DeposerBilanInput;
}>;


export type DeposerBilanMutation = { deposerBilan: { revision: number } | null };

export type DossierDeposeQueryVariables = Exact<{
  id: string;
}>;


export type DossierDeposeQuery = { dossier: { id: string, titre: string, annee: number, statut: StatutDossier } };

export type RapportAnnuelEcranQueryVariables = Exact<{
  annee: number;
  asOf?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type RapportAnnuelEcranQuery = { rapportAnnuel: { annee: number, statutCycle: StatutRapport, revision: number, versionCourante: number, etat: { statut: EtatDocumentRapport, version: number | null, arreteAu: string | null, arreteLe: string | null, empreinte: string | null, adoption: { date: string, numero: string } | null, transmission: { transmisLe: string, destinataire: string } | null }, chiffres: { position: number, regleComptage: string, regles: Array<{ id: string, libelle: string }> }, notes: Array<{ chiffreId: string, libelle: string, valeurImprimee: string, calculee: string | null, statut: string, dossiers: Array<string>, explication: { titre: string } | null }>, consultation: { envoyeLe: string, echeance: string, closeLe: string | null, avisTacites: Array<string>, destinataires: Array<{ destinataireId: string, type: TypeDestinataire, nom: string }>, avis: Array<{ destinataireId: string, organe: string, seanceLe: string, sens: SensAvis }> } | null, brouillon: Array<{ sectionId: string, titre: string, ordre: number }>, versions: Array<{ version: number, statut: EtatDocumentRapport, arreteLe: string, reason: string | null }> } };

export type RedigerSectionRapportMutationVariables = Exact<{
  input: RedigerSectionInput;
}>;


export type RedigerSectionRapportMutation = { redigerSectionRapport: { revision: number } | null };

export type ArreterRapportMutationVariables = Exact<{
  input: ArreterRapportInput;
}>;


export type ArreterRapportMutation = { arreterRapport: { revision: number } | null };

export type SoumettreRapportAConsultationMutationVariables = Exact<{
  input: SoumettreAConsultationInput;
}>;


export type SoumettreRapportAConsultationMutation = { soumettreRapportAConsultation: { revision: number } | null };

export type EnregistrerAvisRapportMutationVariables = Exact<{
  input: EnregistrerAvisInput;
}>;


export type EnregistrerAvisRapportMutation = { enregistrerAvisRapport: { revision: number } | null };

export type CloreConsultationRapportMutationVariables = Exact<{
  input: CloreConsultationInput;
}>;


export type CloreConsultationRapportMutation = { cloreConsultationRapport: { revision: number } | null };

export type AdopterRapportMutationVariables = Exact<{
  input: AdopterRapportInput;
}>;


export type AdopterRapportMutation = { adopterRapport: { revision: number } | null };

export type TransmettreRapportMutationVariables = Exact<{
  input: TransmettreRapportInput;
}>;


export type TransmettreRapportMutation = { transmettreRapport: { revision: number } | null };

export type ReferentielAppelsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReferentielAppelsQuery = { appelsAProjets: Array<{ id: string, annee: number, titre: string, statut: StatutAppel, ouvertureLe: string, clotureLe: string, enveloppes: Array<{ financeurId: string, financeurNom: string, nature: NatureFinancement | null, montant: string }>, comites: Array<{ comiteId: string, date: string, libelle: string }> }>, partenaires: { edges: Array<{ node: { id: string, nom: string } }> }, comites: Array<{ id: string, statut: string }> };

export type ConvoquerComiteMutationVariables = Exact<{
  input: ConvoquerComiteInput;
}>;


export type ConvoquerComiteMutation = { convoquerComite: { id: string } | null };

export type OuvrirAppelAProjetsMutationVariables = Exact<{
  input: OuvrirAppelAProjetsInput;
}>;


export type OuvrirAppelAProjetsMutation = { ouvrirAppelAProjets: { id: string } | null };

export type FixerEnveloppeMutationVariables = Exact<{
  input: FixerEnveloppeInput;
}>;


export type FixerEnveloppeMutation = { fixerEnveloppe: { revision: number } | null };

export type PlanifierComiteMutationVariables = Exact<{
  input: PlanifierComiteInput;
}>;


export type PlanifierComiteMutation = { planifierComite: { id: string } | null };

export type CloreAppelAProjetsMutationVariables = Exact<{
  input: CloreAppelAProjetsInput;
}>;


export type CloreAppelAProjetsMutation = { cloreAppelAProjets: { revision: number } | null };

export type ReferentielCadreQueryVariables = Exact<{
  cadreId?: string | null | undefined;
  version?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReferentielCadreQuery = { cadresStrategiques: Array<{ cadreId: string, version: number, intitule: string }>, cadreStrategique: { cadreId: string, version: number, intitule: string, statut: CadreStrategiqueStatut, remplaceePar: number | null, versions: Array<{ version: number, intitule: string, statut: CadreStrategiqueStatut }>, dimensions: Array<{ code: string, libelle: string, niveaux: Array<string> }>, noeuds: Array<{ id: string, dimension: string, parentId: string | null, niveau: number, niveauLibelle: string, code: string | null, libelle: string, libelleAffiche: string | null, ordre: number }> } | null };

export type DefinirCadreStrategiqueMutationVariables = Exact<{
  input: DefinirCadreStrategiqueInput;
}>;


export type DefinirCadreStrategiqueMutation = { definirCadreStrategique: { id: string } | null };

export type AjouterObjectifMutationVariables = Exact<{
  input: AjouterObjectifInput;
}>;


export type AjouterObjectifMutation = { ajouterObjectif: { id: string } | null };

export type DefinirLibelleAfficheMutationVariables = Exact<{
  input: DefinirLibelleAfficheInput;
}>;


export type DefinirLibelleAfficheMutation = { definirLibelleAffiche: { revision: number } | null };

export type ReferentielEngagementsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReferentielEngagementsQuery = { engagements: Array<{ id: string, objectif: string, priorite: string | null, statut: EngagementStatut, echeance: string | null, moyens: string | null, responsables: Array<{ libelle: string }>, cibles: Array<{ indicateurId: string, annee: number | null, periode: string | null, ventilation: string | null, qualificatif: string | null, cible: { type: EngagementCibleType, valeur: string | null, min: string | null, max: string | null, texte: string | null } }> }>, indicateurs: Array<{ id: string, libelle: string | null, unite: string | null, defini: boolean }>, partenaires: { edges: Array<{ node: { id: string, nom: string } }> } };

export type PrendreEngagementMutationVariables = Exact<{
  input: PrendreEngagementInput;
}>;


export type PrendreEngagementMutation = { prendreEngagement: { id: string } | null };

export type DefinirIndicateurMutationVariables = Exact<{
  input: DefinirIndicateurInput;
}>;


export type DefinirIndicateurMutation = { definirIndicateur: { id: string } | null };

export type FixerCibleIndicateurMutationVariables = Exact<{
  input: FixerCibleIndicateurInput;
}>;


export type FixerCibleIndicateurMutation = { fixerCibleIndicateur: { revision: number } | null };

export type ReferentielPartenairesQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: PartenairesFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReferentielPartenairesQuery = { partenaires: { totalCount: number, edges: Array<{ node: { id: string, nom: string, nature: PartenaireNature, roles: Array<PartenaireRole>, categorieFinanceur: PartenaireCategorieFinanceur | null, alias: Array<string>, identifiants: { siret: string | null, siren: string | null, rna: string | null } } }> } };

export type EnregistrerPartenaireMutationVariables = Exact<{
  input: EnregistrerPartenaireInput;
}>;


export type EnregistrerPartenaireMutation = { enregistrerPartenaire: { id: string } | null };

export type AjouterAliasPartenaireMutationVariables = Exact<{
  input: AjouterAliasPartenaireInput;
}>;


export type AjouterAliasPartenaireMutation = { ajouterAliasPartenaire: { revision: number } | null };

export type ReferentielQuartiersQueryVariables = Exact<{
  filter?: QpvsFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReferentielQuartiersQuery = { qpvs: { totalCount: number, edges: Array<{ node: { id: string, code: string | null, categorie: QpvCategorie, generation: number | null, statut: QpvStatut, nom: string, alias: Array<string>, communes: Array<{ codeInsee: string | null, nom: string }>, validite: { du: string | null, au: string | null }, successeurs: Array<{ id: string, nom: string }> } }> }, territoire: { siren: string | null, communes: Array<{ cle: string, codeInsee: string | null, nom: string, rattachee: boolean }> } | null };

export type DeclarerQpvMutationVariables = Exact<{
  input: DeclarerQpvInput;
}>;


export type DeclarerQpvMutation = { declarerQpv: { id: string } | null };

export type ReferentielReglesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReferentielReglesQuery = { reglesFinancement: { version: number, regles: Array<{ id: string, libelle: string, type: TypeRegleFinancement, application: ApplicationRegleFinancement, etapes: Array<EtapeRegleFinancement> | null, porteurKinds: Array<PorteurKind> | null, montantMax: string | null, montantMin: string | null, tauxMaxPourcentage: number | null, assiette: AssietteRegleFinancement | null, plafond: string | null, cible: { financeurIds: Array<string> | null, categories: Array<FinanceurCategorie> | null, natures: Array<NatureFinancement> | null, dispositifs: Array<string> | null }, reference: { financeurIds: Array<string> | null, categories: Array<FinanceurCategorie> | null, natures: Array<NatureFinancement> | null, dispositifs: Array<string> | null } | null }> }, partenaires: { edges: Array<{ node: { id: string, nom: string } }> } };

export type DefinirReglesFinancementMutationVariables = Exact<{
  input: DefinirReglesFinancementInput;
}>;


export type DefinirReglesFinancementMutation = { definirReglesFinancement: { revision: number } | null };

export type ReferentielTerritoireQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReferentielTerritoireQuery = { territoire: { nom: string | null, nomUsuel: string | null, acronyme: string | null, siren: string | null, nature: NatureEpci | null, departement: string | null, region: string | null, communes: Array<{ cle: string, codeInsee: string | null, nom: string, alias: Array<string>, rattachee: boolean, quartiers: Array<string> }>, nombreQpv: { calculee: number | null } } | null };

export type RattacherCommuneMutationVariables = Exact<{
  input: RattacherCommuneInput;
}>;


export type RattacherCommuneMutation = { rattacherCommune: { revision: number } | null };

export type AttribuerCodeInseeCommuneMutationVariables = Exact<{
  input: AttribuerCodeInseeCommuneInput;
}>;


export type AttribuerCodeInseeCommuneMutation = { attribuerCodeInseeCommune: { revision: number } | null };

export type TableauDeBordQueryVariables = Exact<{
  annee: number;
  asOf?: string | null | undefined;
  regle?: RegleComptage | null | undefined;
}>;


export type TableauDeBordQuery = { programmation: { annee: number, regleComptage: { id: RegleComptage, libelle: string, description: string }, comptes: { deposes: number, retenus: number, nonRetenus: number, ajournes: number, abandonnes: number, enInstruction: number, projetsRetenus: number, porteursDeposants: number, porteursRetenus: number, coutTotalDeposes: string, coutTotalRetenus: string }, parFinanceur: Array<{ categorie: FinanceurCategorie, nature: NatureFinancement, lignes: number, demande: string, propose: string, vote: string, engage: string, verse: string, justifie: string }>, parPilier: Array<{ cle: string | null, libelle: string, projets: number, dossiers: number, porteursDistincts: number, coutTotal: string, demande: { total: string }, vote: { total: string, creditsSpecifiques: string, droitCommun: string } }>, parThematique: Array<{ cle: string | null, libelle: string, projets: number, dossiers: number, porteursDistincts: number, coutTotal: string, demande: { total: string }, vote: { total: string, creditsSpecifiques: string, droitCommun: string } }>, parQpv: Array<{ cle: string | null, libelle: string, projets: number, dossiers: number, porteursDistincts: number, coutTotal: string, demande: { total: string }, vote: { total: string, creditsSpecifiques: string, droitCommun: string } }>, parPorteurKind: Array<{ cle: string | null, libelle: string, projets: number, dossiers: number, porteursDistincts: number, coutTotal: string, demande: { total: string }, vote: { total: string, creditsSpecifiques: string, droitCommun: string } }> }, lignesFinancement: Array<{ financeurId: string, financeurNom: string, vote: string, enveloppe: string | null, consomme: string, disponible: string | null, depassement: boolean }> };

export type GroupeFragment = { cle: string | null, libelle: string, projets: number, dossiers: number, porteursDistincts: number, coutTotal: string, demande: { total: string }, vote: { total: string, creditsSpecifiques: string, droitCommun: string } };

export type AnneesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AnneesQuery = { appelsAProjets: Array<{ annee: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChiffresComparesFragmentDoc = new TypedDocumentString(`
    fragment ChiffresCompares on Programmation {
  comptes {
    deposes
    retenus
    nonRetenus
    ajournes
    abandonnes
    enInstruction
    porteursDeposants
    coutTotalRetenus
  }
  parFinanceur {
    categorie
    nature
    demande
    vote
    engage
    verse
    justifie
  }
}
    `, {"fragmentName":"ChiffresCompares"}) as unknown as TypedDocumentString<ChiffresComparesFragment, unknown>;
export const GroupeFragmentDoc = new TypedDocumentString(`
    fragment Groupe on ProgrammationGroupe {
  cle
  libelle
  projets
  dossiers
  porteursDistincts
  coutTotal
  demande {
    total
  }
  vote {
    total
    creditsSpecifiques
    droitCommun
  }
}
    `, {"fragmentName":"Groupe"}) as unknown as TypedDocumentString<GroupeFragment, unknown>;
export const OrganisationSessionDocument = new TypedDocumentString(`
    query OrganisationSession($id: String!) {
  partenaire(id: $id) {
    nom
  }
}
    `) as unknown as TypedDocumentString<OrganisationSessionQuery, OrganisationSessionQueryVariables>;
export const MoiDocument = new TypedDocumentString(`
    query Moi {
  moi {
    userId
    tenantId
    roles
    organisationId
    workspaces
    operateurPlateforme
  }
}
    `) as unknown as TypedDocumentString<MoiQuery, MoiQueryVariables>;
export const ComparaisonProgrammationDocument = new TypedDocumentString(`
    query ComparaisonProgrammation($annee: Int!, $depuis: DateTime!, $jusqua: DateTime!) {
  avant: programmation(annee: $annee, asOf: $depuis) {
    ...ChiffresCompares
  }
  apres: programmation(annee: $annee, asOf: $jusqua) {
    ...ChiffresCompares
  }
  diffProgrammation(annee: $annee, depuis: $depuis, jusqua: $jusqua) {
    depuis
    jusqua
    dossiersModifies
    changements {
      eventId
      libelle
      type
      streamId
      revision
      enregistreLe
      effectifLe
      reason
      dossierId
      titre
      acteur {
        userId
        role
        organisationId
      }
      changements {
        chemin
        avant
        apres
      }
    }
  }
}
    fragment ChiffresCompares on Programmation {
  comptes {
    deposes
    retenus
    nonRetenus
    ajournes
    abandonnes
    enInstruction
    porteursDeposants
    coutTotalRetenus
  }
  parFinanceur {
    categorie
    nature
    demande
    vote
    engage
    verse
    justifie
  }
}`) as unknown as TypedDocumentString<ComparaisonProgrammationQuery, ComparaisonProgrammationQueryVariables>;
export const HistoriqueFluxDocument = new TypedDocumentString(`
    query HistoriqueFlux($streamId: String!, $asOf: DateTime) {
  historique(streamId: $streamId, asOf: $asOf) {
    eventId
    libelle
    type
    revision
    position
    enregistreLe
    effectifLe
    reason
    source
    commandId
    correlationId
    causationId
    prevHash
    hash
    baseDuDiff
    acteur {
      userId
      role
      organisationId
    }
    changements {
      chemin
      nature
      avant
      apres
    }
  }
}
    `) as unknown as TypedDocumentString<HistoriqueFluxQuery, HistoriqueFluxQueryVariables>;
export const JournalDocument = new TypedDocumentString(`
    query Journal($filter: JournalFilter, $first: Int, $after: String) {
  journal(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        eventId
        position
        streamId
        revision
        type
        libelle
        enregistreLe
        effectifLe
        reason
        source
        acteur {
          userId
          role
          organisationId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JournalQuery, JournalQueryVariables>;
export const VerificationDocument = new TypedDocumentString(`
    query Verification {
  verification {
    ok
    verifieJusqua
    fluxVerifies
    evenementsVerifies
    sceauxVerifies
    nombreProblemes
    evenementsApresDernierSceau
    premierMaillonRompu {
      streamId
      revision
      position
      probleme
      message
    }
    dernierSceau {
      numero
      position
      racine
      poseLe
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationQuery, VerificationQueryVariables>;
export const ComiteDocument = new TypedDocumentString(`
    query Comite($annee: Int!, $asOf: DateTime) {
  comites(annee: $annee, asOf: $asOf) {
    id
    libelle
    date
    statut
    totalVote
    decisions {
      dossierId
      titre
      porteurNom
      decision
      motif
    }
  }
  dossiers(
    filter: {annee: $annee, statut: [en_instruction]}
    first: 200
    asOf: $asOf
  ) {
    edges {
      node {
        id
        titre
        porteur {
          nom
        }
        lignes {
          id
          financeurNom
          nature
          statut
          demande
          propose
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComiteQuery, ComiteQueryVariables>;
export const ArreterProgrammationDocument = new TypedDocumentString(`
    mutation ArreterProgrammation($input: ArreterProgrammationInput!) {
  arreterProgrammation(input: $input) {
    eventsAppended
    effets {
      dossierId
      commande
      ok
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ArreterProgrammationMutation, ArreterProgrammationMutationVariables>;
export const CloreComiteDocument = new TypedDocumentString(`
    mutation CloreComite($input: CloreComiteInput!) {
  cloreComite(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<CloreComiteMutation, CloreComiteMutationVariables>;
export const OrganisationsConnexionDocument = new TypedDocumentString(`
    query OrganisationsConnexion($role: PartenaireRole!) {
  partenaires(filter: {role: $role}, first: 200) {
    edges {
      node {
        id
        nom
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsConnexionQuery, OrganisationsConnexionQueryVariables>;
export const DossierDocument = new TypedDocumentString(`
    query Dossier($id: String!, $asOf: DateTime) {
  dossier(id: $id, asOf: $asOf) {
    id
    annee
    titre
    description
    statut
    decision
    revision
    referenceExterne
    porteur {
      id
      nom
      kind
    }
    coutTotal
    depensesEligibles
    nombreActions
    dateDebut
    dateFin
    deposeLe
    modifieLe
    depotTardif
    publics
    intercommunal
    pilier {
      libelle
    }
    orientation {
      libelle
    }
    objectif {
      libelle
    }
    thematique {
      libelle
    }
    communes {
      codeInsee
      nom
    }
    qpv {
      code
      nom
    }
    serie {
      id
      rang
    }
    lignes {
      id
      financeurId
      financeurNom
      categorie
      nature
      statut
      demande
      propose
      vote
      engage
      verse
      justifie
      numeroEngagementJuridique
      avertissements {
        message
      }
    }
    totaux {
      demande
      vote
      engage
      verse
      justifie
    }
    avis {
      auteurNom
      avis
      commentaire
      ligneId
      emisLe
    }
    decisions {
      type
      comiteId
      motif
      anneeReport
      le
    }
    convention {
      conventionId
      typeConvention
      numeroEngagementJuridique
    }
    versements {
      versementId
      ligneId
      type
      montant
      date
    }
    bilan {
      coutRealise
      recit
      deposeLe
      beneficiaires {
        total
        femmes
        hommes
        residentsQpv
      }
    }
    corrections {
      ligneId
      etape
      avant
      apres
      reason
      corrigeLe
    }
    commandesPermises {
      mutation
      ligneId
      raisonRequise
    }
  }
}
    `) as unknown as TypedDocumentString<DossierQuery, DossierQueryVariables>;
export const ChangementsDepuisDocument = new TypedDocumentString(`
    query ChangementsDepuis($id: String!) {
  dossier(id: $id) {
    revision
    historique {
      revision
      type
      recordedAt
      reason
      actor {
        role
        organisationId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChangementsDepuisQuery, ChangementsDepuisQueryVariables>;
export const VoterFinancementDocument = new TypedDocumentString(`
    mutation VoterFinancement($input: VoterFinancementInput!) {
  voterFinancement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<VoterFinancementMutation, VoterFinancementMutationVariables>;
export const RefuserFinancementDocument = new TypedDocumentString(`
    mutation RefuserFinancement($input: RefuserFinancementInput!) {
  refuserFinancement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<RefuserFinancementMutation, RefuserFinancementMutationVariables>;
export const ProposerFinancementDocument = new TypedDocumentString(`
    mutation ProposerFinancement($input: ProposerFinancementInput!) {
  proposerFinancement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<ProposerFinancementMutation, ProposerFinancementMutationVariables>;
export const EngagerFinancementDocument = new TypedDocumentString(`
    mutation EngagerFinancement($input: EngagerFinancementInput!) {
  engagerFinancement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<EngagerFinancementMutation, EngagerFinancementMutationVariables>;
export const EnregistrerVersementDocument = new TypedDocumentString(`
    mutation EnregistrerVersement($input: EnregistrerVersementInput!) {
  enregistrerVersement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<EnregistrerVersementMutation, EnregistrerVersementMutationVariables>;
export const JustifierFinancementDocument = new TypedDocumentString(`
    mutation JustifierFinancement($input: JustifierFinancementInput!) {
  justifierFinancement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<JustifierFinancementMutation, JustifierFinancementMutationVariables>;
export const CorrigerMontantDocument = new TypedDocumentString(`
    mutation CorrigerMontant($input: CorrigerMontantInput!) {
  corrigerMontant(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<CorrigerMontantMutation, CorrigerMontantMutationVariables>;
export const EmettreAvisDocument = new TypedDocumentString(`
    mutation EmettreAvis($input: EmettreAvisInput!) {
  emettreAvis(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<EmettreAvisMutation, EmettreAvisMutationVariables>;
export const MettreEnInstructionDocument = new TypedDocumentString(`
    mutation MettreEnInstruction($input: MettreEnInstructionInput!) {
  mettreEnInstruction(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<MettreEnInstructionMutation, MettreEnInstructionMutationVariables>;
export const RetenirDossierDocument = new TypedDocumentString(`
    mutation RetenirDossier($input: RetenirDossierInput!) {
  retenirDossier(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<RetenirDossierMutation, RetenirDossierMutationVariables>;
export const NePasRetenirDossierDocument = new TypedDocumentString(`
    mutation NePasRetenirDossier($input: NePasRetenirDossierInput!) {
  nePasRetenirDossier(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<NePasRetenirDossierMutation, NePasRetenirDossierMutationVariables>;
export const AjournerDossierDocument = new TypedDocumentString(`
    mutation AjournerDossier($input: AjournerDossierInput!) {
  ajournerDossier(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<AjournerDossierMutation, AjournerDossierMutationVariables>;
export const AbandonnerDossierDocument = new TypedDocumentString(`
    mutation AbandonnerDossier($input: AbandonnerDossierInput!) {
  abandonnerDossier(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<AbandonnerDossierMutation, AbandonnerDossierMutationVariables>;
export const DemarrerActionDocument = new TypedDocumentString(`
    mutation DemarrerAction($input: DemarrerActionInput!) {
  demarrerAction(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<DemarrerActionMutation, DemarrerActionMutationVariables>;
export const SolderDossierDocument = new TypedDocumentString(`
    mutation SolderDossier($input: SolderDossierInput!) {
  solderDossier(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<SolderDossierMutation, SolderDossierMutationVariables>;
export const DossiersDocument = new TypedDocumentString(`
    query Dossiers($filter: DossiersFilter, $first: Int, $after: String, $sort: DossiersSort, $asOf: DateTime, $annee: Int!) {
  dossiers(
    filter: $filter
    first: $first
    after: $after
    sort: $sort
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    totaux {
      coutTotal
      demande
      vote
      engage
      verse
    }
    edges {
      node {
        id
        titre
        statut
        revision
        referenceExterne
        porteur {
          nom
        }
        pilier {
          libelle
        }
        qpv {
          nom
        }
        coutTotal
        totaux {
          demande
          vote
        }
      }
    }
  }
  programmation(annee: $annee, asOf: $asOf) {
    parPilier {
      cle
      libelle
    }
    parThematique {
      cle
      libelle
    }
    parQpv {
      cle
      libelle
    }
  }
  territoire(asOf: $asOf) {
    communes {
      codeInsee
      nom
    }
  }
  porteurs: partenaires(filter: {role: porteur}, first: 200, asOf: $asOf) {
    edges {
      node {
        id
        nom
      }
    }
  }
  financeurs: partenaires(filter: {role: financeur}, first: 200, asOf: $asOf) {
    edges {
      node {
        id
        nom
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DossiersQuery, DossiersQueryVariables>;
export const MettreEnInstructionDossiersDocument = new TypedDocumentString(`
    mutation MettreEnInstructionDossiers($input: MettreEnInstructionDossiersInput!) {
  mettreEnInstructionDossiers(input: $input) {
    resultats {
      dossierId
      ok
      revision
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MettreEnInstructionDossiersMutation, MettreEnInstructionDossiersMutationVariables>;
export const EspacesDeTravailDocument = new TypedDocumentString(`
    query EspacesDeTravail {
  espacesDeTravail {
    id
    nom
    siren
    nature
    communes
    ouvert
  }
}
    `) as unknown as TypedDocumentString<EspacesDeTravailQuery, EspacesDeTravailQueryVariables>;
export const OuvrirEspaceDeTravailDocument = new TypedDocumentString(`
    mutation OuvrirEspaceDeTravail($input: OuvrirEspaceDeTravailInput!) {
  ouvrirEspaceDeTravail(input: $input) {
    id
    eventsAppended
  }
}
    `) as unknown as TypedDocumentString<OuvrirEspaceDeTravailMutation, OuvrirEspaceDeTravailMutationVariables>;
export const HistoriqueDossierDocument = new TypedDocumentString(`
    query HistoriqueDossier($streamId: String!, $id: String!, $asOf: DateTime) {
  dossier(id: $id, asOf: $asOf) {
    titre
  }
  historique(streamId: $streamId, asOf: $asOf) {
    eventId
    libelle
    type
    revision
    position
    enregistreLe
    effectifLe
    reason
    source
    acteur {
      userId
      role
      organisationId
    }
    changements {
      chemin
      nature
      avant
      apres
    }
  }
}
    `) as unknown as TypedDocumentString<HistoriqueDossierQuery, HistoriqueDossierQueryVariables>;
export const EnregistrerPorteurImportDocument = new TypedDocumentString(`
    mutation EnregistrerPorteurImport($input: EnregistrerPartenaireInput!) {
  enregistrerPartenaire(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnregistrerPorteurImportMutation, EnregistrerPorteurImportMutationVariables>;
export const FinanceursDocument = new TypedDocumentString(`
    query Financeurs($annee: Int!, $financeur: String, $asOf: DateTime) {
  lignesFinancement(annee: $annee, financeur: $financeur, asOf: $asOf) {
    financeurId
    financeurNom
    lignes
    lignesVotees
    lignesRefusees
    dossiers
    demande
    propose
    vote
    engage
    verse
    justifie
    enveloppe
    consomme
    disponible
    depassement
  }
}
    `) as unknown as TypedDocumentString<FinanceursQuery, FinanceursQueryVariables>;
export const PiecesDossierDocument = new TypedDocumentString(`
    query PiecesDossier($id: String!, $asOf: DateTime) {
  dossier(id: $id, asOf: $asOf) {
    id
    pieces {
      id
      cible
      type {
        id
        libelle
      }
      fichier {
        nom
        taille
      }
      deposeLe
      lien {
        url
        expireLe
      }
    }
    piecesRequises {
      type {
        id
        libelle
      }
      etape
      fournie
    }
  }
  cataloguePieces(asOf: $asOf) {
    types {
      id
      libelle
      cibles
    }
  }
}
    `) as unknown as TypedDocumentString<PiecesDossierQuery, PiecesDossierQueryVariables>;
export const DeposerPieceDocument = new TypedDocumentString(`
    mutation DeposerPiece($input: DeposerPieceInput!) {
  deposerPiece(input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<DeposerPieceMutation, DeposerPieceMutationVariables>;
export const ReferentielDepotDocument = new TypedDocumentString(`
    query ReferentielDepot {
  appelsAProjets {
    annee
    titre
    statut
    ouvertureLe
    clotureLe
    piecesRequises {
      type {
        id
        libelle
      }
      etape
      porteurKinds
    }
  }
  espacePorteur(first: 1) {
    porteur {
      id
      kind
    }
  }
  territoire {
    communes {
      codeInsee
      nom
      rattachee
    }
  }
  qpvs(first: 200, filter: {statut: [actif]}) {
    edges {
      node {
        id
        nom
        code
      }
    }
  }
  cadreStrategique {
    id
    intitule
    dimensions {
      code
      libelle
      niveaux
      racines {
        id
        libelle
        enfants {
          id
          libelle
          enfants {
            id
            libelle
            enfants {
              id
              libelle
            }
          }
        }
      }
    }
  }
  financeurs: partenaires(filter: {role: financeur}, first: 200) {
    edges {
      node {
        id
        nom
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielDepotQuery, ReferentielDepotQueryVariables>;
export const DeposerDossierPorteurDocument = new TypedDocumentString(`
    mutation DeposerDossierPorteur($input: DeposerDossierInput!) {
  deposerDossier(input: $input) {
    id
    revision
    replayed
  }
}
    `) as unknown as TypedDocumentString<DeposerDossierPorteurMutation, DeposerDossierPorteurMutationVariables>;
export const DemanderFinancementPorteurDocument = new TypedDocumentString(`
    mutation DemanderFinancementPorteur($input: DemanderFinancementInput!) {
  demanderFinancement(input: $input) {
    revision
    replayed
  }
}
    `) as unknown as TypedDocumentString<DemanderFinancementPorteurMutation, DemanderFinancementPorteurMutationVariables>;
export const EspacePorteurDocument = new TypedDocumentString(`
    query EspacePorteur($annee: Int, $first: Int, $after: String, $asOf: DateTime) {
  espacePorteur(annee: $annee, first: $first, after: $after, asOf: $asOf) {
    porteur {
      id
      nom
    }
    annees {
      annee
      dossiers
      retenus
      demande
      vote
      verse
    }
    dossiers {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          annee
          titre
          statut
          deposeLe
          totaux {
            demande
            vote
            verse
          }
          decisions {
            type
            motif
            le
          }
        }
      }
    }
    conventions {
      id
      objet
      typeConvention
      anneeDebut
      anneeFin
      dateSignature
      totalEngage
    }
  }
}
    `) as unknown as TypedDocumentString<EspacePorteurQuery, EspacePorteurQueryVariables>;
export const CatalogueIndicateursDocument = new TypedDocumentString(`
    query CatalogueIndicateurs {
  indicateurs {
    id
    libelle
    unite
    defini
    tranchesAge
  }
}
    `) as unknown as TypedDocumentString<CatalogueIndicateursQuery, CatalogueIndicateursQueryVariables>;
export const DeposerBilanDocument = new TypedDocumentString(`
    mutation DeposerBilan($input: DeposerBilanInput!) {
  deposerBilan(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<DeposerBilanMutation, DeposerBilanMutationVariables>;
export const DossierDeposeDocument = new TypedDocumentString(`
    query DossierDepose($id: String!) {
  dossier(id: $id) {
    id
    titre
    annee
    statut
  }
}
    `) as unknown as TypedDocumentString<DossierDeposeQuery, DossierDeposeQueryVariables>;
export const RapportAnnuelEcranDocument = new TypedDocumentString(`
    query RapportAnnuelEcran($annee: Int!, $asOf: DateTime, $version: Int) {
  rapportAnnuel(annee: $annee, asOf: $asOf, version: $version) {
    annee
    statutCycle
    revision
    versionCourante
    etat {
      statut
      version
      arreteAu
      arreteLe
      empreinte
      adoption {
        date
        numero
      }
      transmission {
        transmisLe
        destinataire
      }
    }
    chiffres {
      position
      regleComptage
      regles {
        id
        libelle
      }
    }
    notes {
      chiffreId
      libelle
      valeurImprimee
      calculee
      statut
      dossiers
      explication {
        titre
      }
    }
    consultation {
      envoyeLe
      echeance
      closeLe
      avisTacites
      destinataires {
        destinataireId
        type
        nom
      }
      avis {
        destinataireId
        organe
        seanceLe
        sens
      }
    }
    brouillon {
      sectionId
      titre
      ordre
    }
    versions {
      version
      statut
      arreteLe
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RapportAnnuelEcranQuery, RapportAnnuelEcranQueryVariables>;
export const RedigerSectionRapportDocument = new TypedDocumentString(`
    mutation RedigerSectionRapport($input: RedigerSectionInput!) {
  redigerSectionRapport(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<RedigerSectionRapportMutation, RedigerSectionRapportMutationVariables>;
export const ArreterRapportDocument = new TypedDocumentString(`
    mutation ArreterRapport($input: ArreterRapportInput!) {
  arreterRapport(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<ArreterRapportMutation, ArreterRapportMutationVariables>;
export const SoumettreRapportAConsultationDocument = new TypedDocumentString(`
    mutation SoumettreRapportAConsultation($input: SoumettreAConsultationInput!) {
  soumettreRapportAConsultation(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<SoumettreRapportAConsultationMutation, SoumettreRapportAConsultationMutationVariables>;
export const EnregistrerAvisRapportDocument = new TypedDocumentString(`
    mutation EnregistrerAvisRapport($input: EnregistrerAvisInput!) {
  enregistrerAvisRapport(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<EnregistrerAvisRapportMutation, EnregistrerAvisRapportMutationVariables>;
export const CloreConsultationRapportDocument = new TypedDocumentString(`
    mutation CloreConsultationRapport($input: CloreConsultationInput!) {
  cloreConsultationRapport(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<CloreConsultationRapportMutation, CloreConsultationRapportMutationVariables>;
export const AdopterRapportDocument = new TypedDocumentString(`
    mutation AdopterRapport($input: AdopterRapportInput!) {
  adopterRapport(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<AdopterRapportMutation, AdopterRapportMutationVariables>;
export const TransmettreRapportDocument = new TypedDocumentString(`
    mutation TransmettreRapport($input: TransmettreRapportInput!) {
  transmettreRapport(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<TransmettreRapportMutation, TransmettreRapportMutationVariables>;
export const ReferentielAppelsDocument = new TypedDocumentString(`
    query ReferentielAppels($asOf: DateTime) {
  appelsAProjets(asOf: $asOf) {
    id
    annee
    titre
    statut
    ouvertureLe
    clotureLe
    enveloppes {
      financeurId
      financeurNom
      nature
      montant
    }
    comites {
      comiteId
      date
      libelle
    }
  }
  partenaires(filter: {role: financeur}, first: 200, asOf: $asOf) {
    edges {
      node {
        id
        nom
      }
    }
  }
  comites(asOf: $asOf) {
    id
    statut
  }
}
    `) as unknown as TypedDocumentString<ReferentielAppelsQuery, ReferentielAppelsQueryVariables>;
export const ConvoquerComiteDocument = new TypedDocumentString(`
    mutation ConvoquerComite($input: ConvoquerComiteInput!) {
  convoquerComite(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConvoquerComiteMutation, ConvoquerComiteMutationVariables>;
export const OuvrirAppelAProjetsDocument = new TypedDocumentString(`
    mutation OuvrirAppelAProjets($input: OuvrirAppelAProjetsInput!) {
  ouvrirAppelAProjets(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OuvrirAppelAProjetsMutation, OuvrirAppelAProjetsMutationVariables>;
export const FixerEnveloppeDocument = new TypedDocumentString(`
    mutation FixerEnveloppe($input: FixerEnveloppeInput!) {
  fixerEnveloppe(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<FixerEnveloppeMutation, FixerEnveloppeMutationVariables>;
export const PlanifierComiteDocument = new TypedDocumentString(`
    mutation PlanifierComite($input: PlanifierComiteInput!) {
  planifierComite(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlanifierComiteMutation, PlanifierComiteMutationVariables>;
export const CloreAppelAProjetsDocument = new TypedDocumentString(`
    mutation CloreAppelAProjets($input: CloreAppelAProjetsInput!) {
  cloreAppelAProjets(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<CloreAppelAProjetsMutation, CloreAppelAProjetsMutationVariables>;
export const ReferentielCadreDocument = new TypedDocumentString(`
    query ReferentielCadre($cadreId: String, $version: Int, $asOf: DateTime) {
  cadresStrategiques(asOf: $asOf) {
    cadreId
    version
    intitule
  }
  cadreStrategique(cadreId: $cadreId, version: $version, asOf: $asOf) {
    cadreId
    version
    intitule
    statut
    remplaceePar
    versions {
      version
      intitule
      statut
    }
    dimensions {
      code
      libelle
      niveaux
    }
    noeuds {
      id
      dimension
      parentId
      niveau
      niveauLibelle
      code
      libelle
      libelleAffiche
      ordre
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielCadreQuery, ReferentielCadreQueryVariables>;
export const DefinirCadreStrategiqueDocument = new TypedDocumentString(`
    mutation DefinirCadreStrategique($input: DefinirCadreStrategiqueInput!) {
  definirCadreStrategique(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DefinirCadreStrategiqueMutation, DefinirCadreStrategiqueMutationVariables>;
export const AjouterObjectifDocument = new TypedDocumentString(`
    mutation AjouterObjectif($input: AjouterObjectifInput!) {
  ajouterObjectif(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AjouterObjectifMutation, AjouterObjectifMutationVariables>;
export const DefinirLibelleAfficheDocument = new TypedDocumentString(`
    mutation DefinirLibelleAffiche($input: DefinirLibelleAfficheInput!) {
  definirLibelleAffiche(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<DefinirLibelleAfficheMutation, DefinirLibelleAfficheMutationVariables>;
export const ReferentielEngagementsDocument = new TypedDocumentString(`
    query ReferentielEngagements($asOf: DateTime) {
  engagements(asOf: $asOf) {
    id
    objectif
    priorite
    statut
    echeance
    moyens
    responsables {
      libelle
    }
    cibles {
      indicateurId
      annee
      periode
      ventilation
      qualificatif
      cible {
        type
        valeur
        min
        max
        texte
      }
    }
  }
  indicateurs(asOf: $asOf) {
    id
    libelle
    unite
    defini
  }
  partenaires(first: 200, asOf: $asOf) {
    edges {
      node {
        id
        nom
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielEngagementsQuery, ReferentielEngagementsQueryVariables>;
export const PrendreEngagementDocument = new TypedDocumentString(`
    mutation PrendreEngagement($input: PrendreEngagementInput!) {
  prendreEngagement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrendreEngagementMutation, PrendreEngagementMutationVariables>;
export const DefinirIndicateurDocument = new TypedDocumentString(`
    mutation DefinirIndicateur($input: DefinirIndicateurInput!) {
  definirIndicateur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DefinirIndicateurMutation, DefinirIndicateurMutationVariables>;
export const FixerCibleIndicateurDocument = new TypedDocumentString(`
    mutation FixerCibleIndicateur($input: FixerCibleIndicateurInput!) {
  fixerCibleIndicateur(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<FixerCibleIndicateurMutation, FixerCibleIndicateurMutationVariables>;
export const ReferentielPartenairesDocument = new TypedDocumentString(`
    query ReferentielPartenaires($search: String, $filter: PartenairesFilter, $asOf: DateTime) {
  partenaires(search: $search, filter: $filter, first: 200, asOf: $asOf) {
    totalCount
    edges {
      node {
        id
        nom
        nature
        roles
        categorieFinanceur
        alias
        identifiants {
          siret
          siren
          rna
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielPartenairesQuery, ReferentielPartenairesQueryVariables>;
export const EnregistrerPartenaireDocument = new TypedDocumentString(`
    mutation EnregistrerPartenaire($input: EnregistrerPartenaireInput!) {
  enregistrerPartenaire(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnregistrerPartenaireMutation, EnregistrerPartenaireMutationVariables>;
export const AjouterAliasPartenaireDocument = new TypedDocumentString(`
    mutation AjouterAliasPartenaire($input: AjouterAliasPartenaireInput!) {
  ajouterAliasPartenaire(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<AjouterAliasPartenaireMutation, AjouterAliasPartenaireMutationVariables>;
export const ReferentielQuartiersDocument = new TypedDocumentString(`
    query ReferentielQuartiers($filter: QpvsFilter, $asOf: DateTime) {
  qpvs(filter: $filter, first: 200, asOf: $asOf) {
    totalCount
    edges {
      node {
        id
        code
        categorie
        generation
        statut
        nom
        alias
        communes {
          codeInsee
          nom
        }
        validite {
          du
          au
        }
        successeurs {
          id
          nom
        }
      }
    }
  }
  territoire(asOf: $asOf) {
    siren
    communes {
      cle
      codeInsee
      nom
      rattachee
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielQuartiersQuery, ReferentielQuartiersQueryVariables>;
export const DeclarerQpvDocument = new TypedDocumentString(`
    mutation DeclarerQpv($input: DeclarerQpvInput!) {
  declarerQpv(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclarerQpvMutation, DeclarerQpvMutationVariables>;
export const ReferentielReglesDocument = new TypedDocumentString(`
    query ReferentielRegles($asOf: DateTime) {
  reglesFinancement(asOf: $asOf) {
    version
    regles {
      id
      libelle
      type
      application
      cible {
        financeurIds
        categories
        natures
        dispositifs
      }
      etapes
      porteurKinds
      montantMax
      montantMin
      tauxMaxPourcentage
      assiette
      plafond
      reference {
        financeurIds
        categories
        natures
        dispositifs
      }
    }
  }
  partenaires(filter: {role: financeur}, first: 200, asOf: $asOf) {
    edges {
      node {
        id
        nom
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielReglesQuery, ReferentielReglesQueryVariables>;
export const DefinirReglesFinancementDocument = new TypedDocumentString(`
    mutation DefinirReglesFinancement($input: DefinirReglesFinancementInput!) {
  definirReglesFinancement(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<DefinirReglesFinancementMutation, DefinirReglesFinancementMutationVariables>;
export const ReferentielTerritoireDocument = new TypedDocumentString(`
    query ReferentielTerritoire($asOf: DateTime) {
  territoire(asOf: $asOf) {
    nom
    nomUsuel
    acronyme
    siren
    nature
    departement
    region
    communes {
      cle
      codeInsee
      nom
      alias
      rattachee
      quartiers
    }
    nombreQpv {
      calculee
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentielTerritoireQuery, ReferentielTerritoireQueryVariables>;
export const RattacherCommuneDocument = new TypedDocumentString(`
    mutation RattacherCommune($input: RattacherCommuneInput!) {
  rattacherCommune(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<RattacherCommuneMutation, RattacherCommuneMutationVariables>;
export const AttribuerCodeInseeCommuneDocument = new TypedDocumentString(`
    mutation AttribuerCodeInseeCommune($input: AttribuerCodeInseeCommuneInput!) {
  attribuerCodeInseeCommune(input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<AttribuerCodeInseeCommuneMutation, AttribuerCodeInseeCommuneMutationVariables>;
export const TableauDeBordDocument = new TypedDocumentString(`
    query TableauDeBord($annee: Int!, $asOf: DateTime, $regle: RegleComptage) {
  programmation(annee: $annee, asOf: $asOf, regleDeComptage: $regle) {
    annee
    regleComptage {
      id
      libelle
      description
    }
    comptes {
      deposes
      retenus
      nonRetenus
      ajournes
      abandonnes
      enInstruction
      projetsRetenus
      porteursDeposants
      porteursRetenus
      coutTotalDeposes
      coutTotalRetenus
    }
    parFinanceur {
      categorie
      nature
      lignes
      demande
      propose
      vote
      engage
      verse
      justifie
    }
    parPilier {
      ...Groupe
    }
    parThematique {
      ...Groupe
    }
    parQpv {
      ...Groupe
    }
    parPorteurKind {
      ...Groupe
    }
  }
  lignesFinancement(annee: $annee, asOf: $asOf) {
    financeurId
    financeurNom
    vote
    enveloppe
    consomme
    disponible
    depassement
  }
}
    fragment Groupe on ProgrammationGroupe {
  cle
  libelle
  projets
  dossiers
  porteursDistincts
  coutTotal
  demande {
    total
  }
  vote {
    total
    creditsSpecifiques
    droitCommun
  }
}`) as unknown as TypedDocumentString<TableauDeBordQuery, TableauDeBordQueryVariables>;
export const AnneesDocument = new TypedDocumentString(`
    query Annees($asOf: DateTime) {
  appelsAProjets(asOf: $asOf) {
    annee
  }
}
    `) as unknown as TypedDocumentString<AnneesQuery, AnneesQueryVariables>;