import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CentsSum } from '@cdv/eventsourcing';
import { DateScalar, DateTimeScalar, MontantScalar } from '@cdv/graphql-common';
import type { NatureDispositif, SensAvis, StatutRapport, TypeDestinataire } from '@cdv/domain-rapport';
import type { DocumentRapport } from '@cdv/projections-rapport';
import { rapportScope } from '../rapport.graphql-scope';
import { AssietteAideEnum, EtatDocumentRapportEnum, NatureDispositifEnum, SensAvisEnum, StatutRapportEnum, TypeDestinataireEnum } from './rapport.enums';

/**
 * The rapport annuel over GraphQL (docs/api.md « Rapport annuel »): the blocks of `RapportAnnuel`
 * (libs/projections/rapport/src/rapport-annuel.types.ts) with every figure as a `RapportChiffre` — its value, the
 * rule that produced it and the dossiers behind it, so that a client opens a figure into its dossiers.
 */

@ObjectType({ ...rapportScope, description: 'A figure of the report: a count or an amount, the rule that produced it, the dossiers behind it.' })
export class RapportChiffre {
  @Field(() => Int, { nullable: true, description: 'A count (projets, porteurs, people); null for an amount.' })
  nombre: number | null;

  @Field(() => MontantScalar, { nullable: true, description: 'An amount in euros; null for a count.' })
  montant: CentsSum | null;

  @Field({ description: 'Id of the rule (see `regles`): counting rule or what the sum adds up.' })
  regle: string;

  @Field(() => [String], { description: 'Ids of the dossiers behind the figure, sorted (open them with `dossier(id)`).' })
  dossiers: string[];
}

@ObjectType({ ...rapportScope, description: 'A rule a figure names.' })
export class RapportRegle {
  @Field()
  id: string;

  @Field()
  libelle: string;

  @Field()
  description: string;
}

@ObjectType(rapportScope)
export class RapportTerritoire {
  @Field(() => String, { nullable: true })
  nom: string | null;

  @Field(() => String, { nullable: true })
  acronyme: string | null;

  @Field(() => String, { nullable: true })
  nature: string | null;

  @Field(() => String, { nullable: true })
  departement: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;
}

@ObjectType({ ...rapportScope, description: 'A count of the geography: computed by the platform beside the figure a document states.' })
export class RapportCompteGeographie {
  @Field()
  cle: string;

  @Field()
  libelle: string;

  @Field(() => String, { nullable: true })
  calculee: string | null;

  @Field(() => String, { nullable: true })
  methode: string | null;

  @Field(() => String, { nullable: true })
  declaree: string | null;

  @Field(() => String, { nullable: true })
  declareeImprimee: string | null;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when stated and computed differ; null when one is missing.' })
  ecart: boolean | null;
}

@ObjectType(rapportScope)
export class RapportQuartier {
  @Field()
  qpvId: string;

  @Field()
  categorie: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field()
  nom: string;

  @Field(() => Int, { nullable: true })
  generation: number | null;

  @Field(() => [String])
  communes: string[];

  @Field(() => String, { nullable: true })
  population: string | null;

  @Field()
  statut: string;
}

@ObjectType(rapportScope)
export class RapportStatistique {
  @Field()
  libelle: string;

  @Field()
  perimetre: string;

  @Field(() => String, { nullable: true })
  quartier: string | null;

  @Field(() => String, { nullable: true })
  valeurImprimee: string | null;

  @Field(() => String, { nullable: true })
  valeur: string | null;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true })
  millesime: string | null;
}

@ObjectType(rapportScope)
export class RapportGeographie {
  @Field(() => [RapportCompteGeographie])
  comptes: RapportCompteGeographie[];

  @Field(() => [RapportQuartier])
  quartiers: RapportQuartier[];

  @Field(() => [RapportStatistique])
  statistiques: RapportStatistique[];
}

@ObjectType({ ...rapportScope, description: 'A node of the cadre stratégique, flattened: `parentId` rebuilds the tree.' })
export class RapportNoeudCadre {
  @Field()
  noeudId: string;

  @Field(() => String, { nullable: true })
  parentId: string | null;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field()
  libelle: string;

  @Field()
  niveau: string;
}

@ObjectType(rapportScope)
export class RapportDimensionCadre {
  @Field()
  code: string;

  @Field()
  libelle: string;

  @Field(() => [String])
  niveaux: string[];

  @Field(() => [RapportNoeudCadre], { description: 'Every node, parents before their children.' })
  noeuds: RapportNoeudCadre[];
}

@ObjectType(rapportScope)
export class RapportValidationCadre {
  @Field()
  instance: string;

  @Field(() => String, { nullable: true })
  date: string | null;
}

@ObjectType(rapportScope)
export class RapportPrioriteAppel {
  @Field()
  id: string;

  @Field()
  libelle: string;
}

@ObjectType(rapportScope)
export class RapportCadreStrategique {
  @Field()
  intitule: string;

  @Field(() => Int)
  version: number;

  @Field(() => [RapportValidationCadre])
  validations: RapportValidationCadre[];

  @Field(() => [RapportDimensionCadre])
  dimensions: RapportDimensionCadre[];

  @Field(() => [RapportPrioriteAppel], { description: 'The priorités the year’s appel à projets retained.' })
  prioritesAppel: RapportPrioriteAppel[];
}

@ObjectType({ ...rapportScope, description: 'An action as the report lists it: « Titre - Commune (Porteur) ».' })
export class RapportAction {
  @Field()
  dossierId: string;

  @Field()
  titre: string;

  @Field({ description: 'Commune names, or « Interco ».' })
  lieu: string;

  @Field()
  porteur: string;

  @Field(() => Int)
  nombreActions: number;

  @Field(() => String, { nullable: true })
  sousPriorite: string | null;

  @Field(() => MontantScalar, { nullable: true, description: 'The line’s amount, in a dispositif’s list.' })
  montant?: number | null;
}

@ObjectType({ ...rapportScope, description: 'A row of the tables per pilier and thématique (seed 003 section 3).' })
export class RapportLigneTableau {
  @Field(() => String, { nullable: true, description: 'Pilier or thématique id; null for « non classé ».' })
  cle: string | null;

  @Field()
  libelle: string;

  @Field(() => RapportChiffre)
  projets: RapportChiffre;

  @Field(() => RapportChiffre)
  porteursDistincts: RapportChiffre;

  @Field(() => RapportChiffre)
  droitCommun: RapportChiffre;

  @Field(() => RapportChiffre)
  creditsSpecifiques: RapportChiffre;

  @Field(() => RapportChiffre)
  coutTotal: RapportChiffre;

  @Field(() => [RapportAction])
  actions: RapportAction[];
}

@ObjectType(rapportScope)
export class RapportTableauPilier extends RapportLigneTableau {
  @Field(() => [RapportLigneTableau])
  thematiques: RapportLigneTableau[];
}

@ObjectType(rapportScope)
export class RapportSousPrioriteGrille {
  @Field()
  id: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field()
  libelle: string;

  @Field(() => [RapportAction])
  actions: RapportAction[];
}

@ObjectType(rapportScope)
export class RapportColonneGrille {
  @Field()
  prioriteId: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field()
  libelle: string;

  @Field()
  retenueParAppel: boolean;

  @Field(() => [RapportSousPrioriteGrille])
  sousPriorites: RapportSousPrioriteGrille[];

  @Field(() => [RapportAction])
  sansSousPriorite: RapportAction[];
}

@ObjectType({ ...rapportScope, description: 'Annexe 1: priorités × sous-priorités (one line per dossier).' })
export class RapportGrille {
  @Field(() => [RapportColonneGrille])
  colonnes: RapportColonneGrille[];

  @Field(() => [RapportAction])
  sansPriorite: RapportAction[];
}

@ObjectType(rapportScope)
export class RapportEntete {
  @Field(() => RapportChiffre)
  deposes: RapportChiffre;

  @Field(() => RapportChiffre)
  retenus: RapportChiffre;

  @Field(() => RapportChiffre)
  nonRetenus: RapportChiffre;

  @Field(() => RapportChiffre)
  ajournes: RapportChiffre;

  @Field(() => RapportChiffre)
  abandonnes: RapportChiffre;

  @Field(() => RapportChiffre)
  enInstruction: RapportChiffre;

  @Field(() => RapportChiffre)
  porteursDeposants: RapportChiffre;

  @Field(() => RapportChiffre)
  porteursRetenus: RapportChiffre;

  @Field(() => RapportChiffre)
  coutTotalRetenus: RapportChiffre;
}

@ObjectType(rapportScope)
export class RapportLigneFinanceur {
  @Field({ description: 'Financeur category (FinanceurCategorie).' })
  categorie: string;

  @Field()
  libelle: string;

  @Field(() => RapportChiffre)
  montant: RapportChiffre;

  @Field(() => String, { nullable: true, description: 'Share of the base, in % (decimal string).' })
  part: string | null;
}

@ObjectType(rapportScope)
export class RapportNonCouvert {
  @Field(() => RapportChiffre)
  montant: RapportChiffre;

  @Field(() => String, { nullable: true })
  part: string | null;
}

@ObjectType(rapportScope)
export class RapportParFinanceur {
  @Field(() => RapportChiffre, { description: 'The base of the shares: Σ total cost of the retained dossiers.' })
  base: RapportChiffre;

  @Field(() => [RapportLigneFinanceur])
  lignes: RapportLigneFinanceur[];

  @Field(() => RapportNonCouvert)
  nonCouvert: RapportNonCouvert;
}

@ObjectType(rapportScope)
export class RapportLigneCreditsEtat {
  @Field(() => String, { nullable: true })
  cle: string | null;

  @Field()
  libelle: string;

  @Field(() => RapportChiffre)
  montant: RapportChiffre;
}

@ObjectType(rapportScope)
export class RapportCreditsEtat {
  @Field(() => RapportChiffre)
  total: RapportChiffre;

  @Field({ description: 'thematiqueCget, or pilier when no dossier carries a CGET thematic.' })
  groupePar: string;

  @Field(() => [RapportLigneCreditsEtat])
  lignes: RapportLigneCreditsEtat[];

  @Field(() => RapportChiffre)
  dontReussiteEducative: RapportChiffre;
}

@ObjectType(rapportScope)
export class RapportLignePorteur {
  @Field()
  porteurId: string;

  @Field()
  nom: string;

  @Field()
  kind: string;

  @Field(() => RapportChiffre)
  deposes: RapportChiffre;

  @Field(() => RapportChiffre)
  retenus: RapportChiffre;
}

@ObjectType(rapportScope)
export class RapportGroupePorteurs {
  @Field({ description: 'associations, institutions or autres.' })
  groupe: string;

  @Field()
  libelle: string;

  @Field(() => RapportChiffre)
  deposes: RapportChiffre;

  @Field(() => RapportChiffre)
  retenus: RapportChiffre;

  @Field(() => [RapportLignePorteur])
  lignes: RapportLignePorteur[];
}

@ObjectType(rapportScope)
export class RapportProgrammation {
  @Field(() => RapportEntete)
  entete: RapportEntete;

  @Field(() => RapportParFinanceur)
  parFinanceur: RapportParFinanceur;

  @Field(() => RapportCreditsEtat)
  creditsEtat: RapportCreditsEtat;

  @Field(() => [RapportGroupePorteurs])
  porteurs: RapportGroupePorteurs[];

  @Field(() => [RapportTableauPilier])
  piliers: RapportTableauPilier[];

  @Field(() => RapportGrille)
  grille: RapportGrille;
}

@ObjectType(rapportScope)
export class RapportRegleDispositif {
  @Field()
  libelle: string;

  @Field(() => String, { nullable: true })
  source: string | null;
}

@ObjectType({ ...rapportScope, description: 'The amount rule of a fund: min(taux × assiette, plafond).' })
export class RapportCalculAide {
  @Field()
  tauxMaxPourcentage: number;

  @Field(() => MontantScalar, { nullable: true })
  plafond: number | null;

  @Field(() => AssietteAideEnum)
  assiette: 'depenses_eligibles' | 'montant_operation';
}

@ObjectType(rapportScope)
export class RapportReference {
  @Field()
  id: string;

  @Field()
  libelle: string;
}

@ObjectType(rapportScope)
export class RapportLignesDispositif {
  @Field(() => RapportChiffre)
  montant: RapportChiffre;

  @Field(() => [RapportAction])
  actions: RapportAction[];
}

@ObjectType(rapportScope)
export class RapportOperationDispositif {
  @Field()
  operationId: string;

  @Field()
  beneficiaire: string;

  @Field()
  projet: string;

  @Field(() => MontantScalar)
  montantOperation: number;

  @Field(() => MontantScalar, { nullable: true })
  depensesEligibles: number | null;

  @Field(() => MontantScalar)
  montantAide: number;

  @Field(() => MontantScalar, { nullable: true })
  dontPolitiqueVille: number | null;

  @Field(() => MontantScalar, { nullable: true })
  plafondCalcule: number | null;
}

@ObjectType(rapportScope)
export class RapportDispositif {
  @Field()
  dispositifId: string;

  @Field()
  libelle: string;

  @Field(() => NatureDispositifEnum)
  nature: NatureDispositif;

  @Field()
  financeur: string;

  @Field(() => [RapportRegleDispositif])
  regles: RapportRegleDispositif[];

  @Field(() => RapportCalculAide, { nullable: true })
  calcul: RapportCalculAide | null;

  @Field(() => [RapportReference], { description: 'The financing rules that enforce the fund on dossier lines.' })
  reglesFinancement: RapportReference[];

  @Field(() => RapportLignesDispositif, { description: 'Programmation lines tagged with the fund (voted, retained dossiers).' })
  lignes: RapportLignesDispositif;

  @Field(() => [RapportOperationDispositif])
  operations: RapportOperationDispositif[];

  @Field(() => MontantScalar)
  totalOperations: number;

  @Field(() => Int)
  beneficiairesOperations: number;

  @Field(() => RapportChiffre)
  total: RapportChiffre;
}

@ObjectType(rapportScope)
export class RapportTrancheAge {
  @Field()
  tranche: string;

  @Field(() => RapportChiffre)
  nombre: RapportChiffre;
}

@ObjectType({ ...rapportScope, description: 'Beneficiaries from the bilans (données sexuées, age bands, QPV residence).' })
export class RapportBeneficiaires {
  @Field(() => RapportChiffre)
  dossiersAvecBilan: RapportChiffre;

  @Field(() => RapportChiffre)
  dossiersSansBilan: RapportChiffre;

  @Field(() => RapportChiffre)
  total: RapportChiffre;

  @Field(() => RapportChiffre)
  femmes: RapportChiffre;

  @Field(() => RapportChiffre)
  hommes: RapportChiffre;

  @Field(() => RapportChiffre)
  nonRenseigne: RapportChiffre;

  @Field(() => RapportChiffre)
  residentsQpv: RapportChiffre;

  @Field(() => [RapportTrancheAge])
  parTrancheAge: RapportTrancheAge[];
}

@ObjectType(rapportScope)
export class RapportAnneeIndicateur {
  @Field(() => Int)
  annee: number;

  @Field(() => String, { nullable: true })
  valeur: string | null;

  @Field(() => String, { nullable: true, description: 'declaree or bilans.' })
  origine: string | null;

  @Field(() => String, { nullable: true })
  cible: string | null;

  @Field(() => String, { nullable: true, description: 'valeur ÷ cible × 100.' })
  taux: string | null;

  @Field(() => String, { nullable: true, description: 'hausse, baisse or stable.' })
  tendance: string | null;
}

@ObjectType(rapportScope)
export class RapportBilansIndicateur {
  @Field()
  somme: string;

  @Field(() => [String])
  dossiers: string[];
}

@ObjectType(rapportScope)
export class RapportIndicateur {
  @Field()
  indicateurId: string;

  @Field()
  libelle: string;

  @Field(() => String, { nullable: true })
  unite: string | null;

  @Field(() => String, { nullable: true })
  rattachement: string | null;

  @Field()
  renseigne: boolean;

  @Field(() => [RapportAnneeIndicateur])
  annees: RapportAnneeIndicateur[];

  @Field(() => RapportBilansIndicateur, { nullable: true, description: 'The year’s bilan values rolled up into the catalogue.' })
  bilans: RapportBilansIndicateur | null;
}

@ObjectType(rapportScope)
export class RapportCibleEngagement {
  @Field()
  indicateurId: string;

  @Field(() => Int, { nullable: true })
  annee: number | null;

  @Field()
  cible: string;
}

@ObjectType(rapportScope)
export class RapportEngagement {
  @Field()
  engagementId: string;

  @Field()
  objectif: string;

  @Field(() => String, { nullable: true })
  priorite: string | null;

  @Field(() => [String])
  responsables: string[];

  @Field()
  statut: string;

  @Field(() => String, { nullable: true })
  echeance: string | null;

  @Field(() => [RapportCibleEngagement])
  cibles: RapportCibleEngagement[];
}

@ObjectType(rapportScope)
export class RapportAutreRegle {
  @Field()
  regle: string;

  @Field()
  valeur: string;
}

@ObjectType(rapportScope)
export class RapportSujet {
  @Field()
  type: string;

  @Field(() => String, { nullable: true })
  id: string | null;
}

@ObjectType(rapportScope)
export class RapportSource {
  @Field()
  document: string;

  @Field()
  localisation: string;
}

@ObjectType({ ...rapportScope, description: 'A section the EPCI writes: a narrative, or the note explaining a figure (`chiffreId`).' })
export class RapportSection {
  @Field()
  sectionId: string;

  @Field()
  titre: string;

  @Field()
  texte: string;

  @Field(() => Int)
  ordre: number;

  @Field(() => String, { nullable: true })
  chiffreId: string | null;

  @Field({ description: '« redige », or « document » when taken from a source document.' })
  provenance: string;

  @Field(() => String, { nullable: true, description: 'The source document and its lines, for a section taken from one.' })
  source: string | null;
}

@ObjectType({ ...rapportScope, description: 'A printed figure that differs from the computed one (or cannot be computed), with its explanation.' })
export class RapportNote {
  @Field()
  chiffreId: string;

  @Field()
  cle: string;

  @Field()
  libelle: string;

  @Field(() => RapportSujet)
  sujet: RapportSujet;

  @Field()
  valeurImprimee: string;

  @Field(() => String, { nullable: true })
  declaree: string | null;

  @Field(() => String, { nullable: true })
  calculee: string | null;

  @Field(() => String, { nullable: true })
  regle: string | null;

  @Field(() => String, { nullable: true })
  regleLibelle: string | null;

  @Field(() => [String])
  dossiers: string[];

  @Field({ description: 'ecart or non_calculable.' })
  statut: string;

  @Field(() => String, { nullable: true, description: 'calculée − déclarée.' })
  ecart: string | null;

  @Field(() => [RapportAutreRegle], { description: 'The same count under the other counting rules.' })
  autresRegles: RapportAutreRegle[];

  @Field(() => RapportSource)
  source: RapportSource;

  @Field()
  bloc: string;

  @Field(() => RapportSection, { nullable: true, description: 'The EPCI’s explanation; null says that none was written.' })
  explication: RapportSection | null;
}

@ObjectType(rapportScope)
export class RapportDestinataire {
  @Field()
  destinataireId: string;

  @Field(() => TypeDestinataireEnum)
  type: TypeDestinataire;

  @Field()
  nom: string;

  @Field(() => String, { nullable: true, description: 'INSEE code of a commune.' })
  codeInsee: string | null;
}

@ObjectType(rapportScope)
export class RapportDeliberation {
  @Field(() => String, { nullable: true })
  numero: string | null;

  @Field(() => String, { nullable: true })
  executoireLe: string | null;
}

@ObjectType({ ...rapportScope, description: 'An avis annexed to the report (décret 2015-1118 art. 4).' })
export class RapportAvis {
  @Field()
  destinataireId: string;

  @Field()
  organe: string;

  @Field(() => DateScalar)
  seanceLe: string;

  @Field(() => SensAvisEnum)
  sens: SensAvis;

  @Field()
  texte: string;

  @Field(() => RapportDeliberation, { nullable: true })
  deliberation: RapportDeliberation | null;

  @Field(() => String, { nullable: true })
  recuLe: string | null;

  @Field(() => DateTimeScalar)
  enregistreLe: string;
}

@ObjectType({ ...rapportScope, description: 'The consultation of a version: recipients, deadline, avis; silence at the deadline is a favourable avis.' })
export class RapportConsultation {
  @Field(() => DateScalar)
  envoyeLe: string;

  @Field(() => DateScalar)
  echeance: string;

  @Field({ description: 'True when the deadline is the default one month.' })
  delaiParDefaut: boolean;

  @Field(() => [RapportDestinataire])
  destinataires: RapportDestinataire[];

  @Field(() => [RapportAvis])
  avis: RapportAvis[];

  @Field(() => DateScalar, { nullable: true })
  closeLe: string | null;

  @Field(() => [String], { description: 'Recipients silent at the deadline: réputé favorable.' })
  avisTacites: string[];

  @Field({ description: 'A new arrêté stopped this consultation.' })
  interrompue: boolean;
}

@ObjectType(rapportScope)
export class RapportAdoption {
  @Field()
  instance: string;

  @Field(() => DateScalar)
  date: string;

  @Field()
  numero: string;
}

@ObjectType(rapportScope)
export class RapportTransmission {
  @Field(() => DateScalar)
  transmisLe: string;

  @Field()
  destinataire: string;

  @Field(() => String, { nullable: true })
  reference: string | null;
}

@ObjectType(rapportScope)
export class RapportSignataire {
  @Field()
  nom: string;

  @Field()
  qualite: string;
}

@ObjectType({ ...rapportScope, description: 'What the document shown is: a projet (not arrêté) or a version and where it stands.' })
export class RapportEtat {
  @Field(() => EtatDocumentRapportEnum)
  statut: DocumentRapport['etat']['statut'];

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant the frozen figures describe.' })
  arreteAu: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Business date printed on the cover (« arrêté au … »).' })
  arreteLe: string | null;

  @Field(() => String, { nullable: true, description: 'sha256 of the canonical JSON of the frozen figures.' })
  empreinte: string | null;

  @Field(() => RapportSignataire, { nullable: true })
  signataire: RapportSignataire | null;

  @Field(() => RapportAdoption, { nullable: true })
  adoption: RapportAdoption | null;

  @Field(() => RapportTransmission, { nullable: true })
  transmission: RapportTransmission | null;
}

@ObjectType({ ...rapportScope, description: 'Every block of the report, each figure with its rule and dossiers (format rapport-annuel/1).' })
export class RapportChiffres {
  @Field()
  format: string;

  @Field(() => Int, { description: 'The last position of the log the figures cover.' })
  position: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant asked for, when the figures were assembled as of one.' })
  asOf: string | null;

  @Field({ description: 'The counting rule of the projects (action_declaree by default).' })
  regleComptage: string;

  @Field(() => [RapportRegle])
  regles: RapportRegle[];

  @Field(() => RapportTerritoire)
  territoire: RapportTerritoire;

  @Field(() => RapportGeographie)
  geographie: RapportGeographie;

  @Field(() => RapportCadreStrategique, { nullable: true })
  cadreStrategique: RapportCadreStrategique | null;

  @Field(() => RapportProgrammation)
  programmation: RapportProgrammation;

  @Field(() => [RapportDispositif])
  dispositifs: RapportDispositif[];

  @Field(() => RapportBeneficiaires)
  beneficiaires: RapportBeneficiaires;

  @Field(() => [RapportIndicateur])
  indicateurs: RapportIndicateur[];

  @Field(() => [RapportEngagement])
  engagements: RapportEngagement[];
}

@ObjectType({ ...rapportScope, description: 'A version arrêtée, in the list of versions.' })
export class RapportVersion {
  @Field(() => Int)
  version: number;

  @Field(() => EtatDocumentRapportEnum)
  statut: DocumentRapport['etat']['statut'];

  @Field(() => DateTimeScalar)
  arreteAu: string;

  @Field(() => DateScalar)
  arreteLe: string;

  @Field(() => Int)
  position: number;

  @Field()
  empreinte: string;

  @Field(() => DateTimeScalar, { description: 'When the arrêté was recorded.' })
  enregistreLe: string;

  @Field(() => String, { nullable: true, description: 'Why a new version was arrêtée.' })
  reason: string | null;
}

@ObjectType({ ...rapportScope, description: 'The rapport annuel of a year (décret 2015-1118): the document shown, the life cycle, the versions.' })
export class RapportAnnuel {
  @Field(() => Int)
  annee: number;

  @Field(() => StatutRapportEnum, { description: 'Where the life cycle stands now.' })
  statutCycle: StatutRapport;

  @Field(() => Int, { description: 'Revision of the stream rapport-{annee} (send it as expectedRevision); -1 before any event.' })
  revision: number;

  @Field(() => Int, { description: 'The last version arrêtée (0 before the first).' })
  versionCourante: number;

  @Field(() => RapportEtat, { description: 'What is shown: the version asked for, or the projet assembled now or as of `asOf`.' })
  etat: RapportEtat;

  @Field(() => RapportChiffres)
  chiffres: RapportChiffres;

  @Field(() => [RapportSection], { description: 'Narrative sections of what is shown, in order (notes apart).' })
  sections: RapportSection[];

  @Field(() => [RapportNote], { description: 'Every printed figure that differs from the computed one, with its explanation.' })
  notes: RapportNote[];

  @Field(() => RapportConsultation, { nullable: true, description: 'The consultation of the version shown.' })
  consultation: RapportConsultation | null;

  @Field(() => [RapportSection], { description: 'The working draft (what the next arrêté copies), notes included.' })
  brouillon: RapportSection[];

  @Field(() => [RapportVersion])
  versions: RapportVersion[];
}
