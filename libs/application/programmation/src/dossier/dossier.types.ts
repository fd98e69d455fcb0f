import { Directive, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Cents, CentsSum } from '@cdv/eventsourcing';
import type {
  EtapeCorrigeable,
  FinanceurCategorie,
  ModaliteFinancement,
  NatureFinancement,
  StatutDossier,
  StatutLigne,
  TypeConvention,
  TypeVersement,
  ValeurAvis,
} from '@cdv/domain-programmation';
import { ConnectionType, DateScalar, DateTimeScalar, MontantScalar } from '@cdv/graphql-common';
import type { DossierSortField } from '@cdv/projections-programmation';
import {
  DecisionDossierEnum,
  DossierTriChampEnum,
  DossierTriSensEnum,
  DossiersSortFieldEnum,
  SortDirectionEnum,
  EtapeCorrigeableEnum,
  FinanceurCategorieEnum,
  ModaliteFinancementEnum,
  NatureFinancementEnum,
  StatutDossierEnum,
  StatutLigneEnum,
  TypeConventionEnum,
  TypeVersementEnum,
  ValeurAvisEnum,
} from '../shared/programmation.enums';
import { AvertissementRegle, CommuneCible, MontantsParEtape, PorteurRef, QpvCible, TagProgrammation } from '../shared/programmation.types';
import { programmationScope } from '../programmation.graphql-scope';

@ObjectType({
  ...programmationScope,
  description: 'One financeur’s part of a dossier, per nature: its amounts move demandé → proposé → voté → engagé → versé → justifié.',
})
export class LigneFinancement extends MontantsParEtape {
  @Field({ description: '`{financeurId}:{nature}`: pass it to the line commands.' })
  id: string;

  @Field()
  financeurId: string;

  @Field()
  financeurNom: string;

  @Field(() => FinanceurCategorieEnum)
  categorie: FinanceurCategorie;

  @Field(() => NatureFinancementEnum)
  nature: NatureFinancement;

  @Field(() => ModaliteFinancementEnum)
  modalite: ModaliteFinancement;

  @Field(() => TagProgrammation, { nullable: true, description: 'The fund or programme (dispositif) the line draws on.' })
  dispositif: TagProgrammation | null;

  @Field(() => StatutLigneEnum)
  statut: StatutLigne;

  @Field({ description: 'True when a seed or an import invented the amount.' })
  synthetique: boolean;

  @Field(() => [AvertissementRegle], { description: 'Financing rules that warned on this line (empty in a porteur’s view).' })
  avertissements: AvertissementRegle[];

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique: string | null;

  @Field(() => String, { nullable: true })
  conventionId: string | null;
}

@ObjectType(programmationScope)
export class SerieDossier {
  @Field()
  id: string;

  @Field(() => Int, { description: 'Rank of this year in the série (« 3ème année » = 3).' })
  rang: number;
}

@ObjectType(programmationScope)
export class OrigineDossier {
  @Field()
  dossierId: string;

  @Field(() => Int)
  annee: number;
}

@ObjectType({ ...programmationScope, description: 'A financeur’s or partner’s opinion during instruction.' })
export class AvisDossier {
  @Field()
  auteurId: string;

  @Field()
  auteurNom: string;

  @Field(() => ValeurAvisEnum)
  avis: ValeurAvis;

  @Field()
  commentaire: string;

  @Field(() => String, { nullable: true })
  ligneId: string | null;

  @Field(() => ValeurAvisEnum, { nullable: true, description: 'The same author’s previous avis, when it changed its mind.' })
  precedent: ValeurAvis | null;

  @Field(() => DateTimeScalar)
  emisLe: string;
}

@ObjectType(programmationScope)
export class VersementDossier {
  @Field()
  versementId: string;

  @Field()
  ligneId: string;

  @Field(() => TypeVersementEnum)
  type: TypeVersement;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field(() => DateScalar)
  date: string;

  @Field(() => MontantScalar, { description: 'Paid on the line so far, this versement included.' })
  totalVerse: Cents;

  @Field(() => DateTimeScalar)
  enregistreLe: string;
}

@ObjectType({ ...programmationScope, description: 'Who acted, under which role, for which organisation.' })
export class ActeurProgrammation {
  @Field()
  userId: string;

  @Field()
  role: string;

  @Field(() => String, { nullable: true })
  organisationId: string | null;
}

@ObjectType({ ...programmationScope, description: 'An amount changed after the fact (MontantCorrige), with its reason.' })
export class CorrectionMontant {
  @Field()
  ligneId: string;

  @Field(() => EtapeCorrigeableEnum)
  etape: EtapeCorrigeable;

  @Field(() => MontantScalar)
  avant: Cents;

  @Field(() => MontantScalar)
  apres: Cents;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ActeurProgrammation, { nullable: true, description: 'Null in a porteur’s view.' })
  par: ActeurProgrammation | null;

  @Field(() => DateTimeScalar)
  corrigeLe: string;
}

@ObjectType({ ...programmationScope, description: 'A decision on the dossier: retenu, non retenu, ajourné (by a comité) or abandonné.' })
export class DecisionSurDossier {
  @Field({ description: 'DossierRetenu, DossierNonRetenu, DossierAjourne or DossierAbandonne.' })
  type: string;

  @Field(() => String, { nullable: true })
  comiteId: string | null;

  @Field(() => String, { nullable: true })
  motif: string | null;

  @Field(() => Int, { nullable: true })
  anneeReport: number | null;

  @Field({ description: 'Business date (the comité’s date), else the recording time.' })
  le: string;
}

@ObjectType(programmationScope)
export class ConventionDuDossier {
  @Field()
  conventionId: string;

  @Field(() => TypeConventionEnum)
  typeConvention: TypeConvention;

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique: string | null;
}

@ObjectType(programmationScope)
export class BeneficiairesParTranche {
  @Field()
  tranche: string;

  @Field(() => Int)
  nombre: number;
}

@ObjectType(programmationScope)
export class BeneficiairesBilan {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  femmes: number;

  @Field(() => Int)
  hommes: number;

  @Field(() => Int)
  nonRenseigne: number;

  @Field(() => [BeneficiairesParTranche])
  parTrancheAge: BeneficiairesParTranche[];

  @Field(() => Int)
  residentsQpv: number;
}

@ObjectType({ ...programmationScope, description: 'The porteur’s report on the action.' })
export class BilanDossier {
  @Field(() => MontantScalar)
  coutRealise: Cents;

  @Field(() => BeneficiairesBilan)
  beneficiaires: BeneficiairesBilan;

  @Field()
  recit: string;

  @Field()
  deposeLe: string;
}

@ObjectType(programmationScope)
export class IndicateurDossier {
  @Field()
  indicateurId: string;

  @Field()
  libelle: string;

  @Field(() => Float)
  valeur: number;

  @Field(() => String, { nullable: true })
  unite: string | null;

  @Field()
  renseigneLe: string;
}

@ObjectType(programmationScope)
export class TotauxSolde {
  @Field(() => MontantScalar)
  vote: Cents;

  @Field(() => MontantScalar)
  engage: Cents;

  @Field(() => MontantScalar)
  verse: Cents;

  @Field(() => MontantScalar)
  justifie: Cents;
}

@ObjectType({ ...programmationScope, description: 'Money a line left unspent when its dossier was soldé (a « reliquat »).' })
export class ReliquatLigne {
  @Field()
  ligneId: string;

  @Field()
  financeurId: string;

  @Field(() => MontantScalar)
  vote: Cents;

  @Field(() => MontantScalar)
  engage: Cents;

  @Field(() => MontantScalar)
  verse: Cents;

  @Field(() => MontantScalar, { description: 'Voted and never engaged.' })
  nonEngage: Cents;

  @Field(() => MontantScalar, { description: 'Engaged and never paid.' })
  nonVerse: Cents;
}

@ObjectType(programmationScope)
export class SoldeDossier {
  @Field(() => TotauxSolde)
  totaux: TotauxSolde;

  @Field()
  le: string;

  @Field(() => [ReliquatLigne], { description: 'What the lines left unspent; the reason for closing so is in the dossier’s history.' })
  reliquats: ReliquatLigne[];
}

@ObjectType({ ...programmationScope, description: 'One event of the dossier’s stream: a timeline entry.' })
export class DossierEvenement {
  @Field(() => Int)
  revision: number;

  @Field(() => Int)
  position: number;

  @Field()
  eventId: string;

  @Field()
  type: string;

  @Field(() => DateTimeScalar)
  recordedAt: string;

  @Field(() => String, { nullable: true })
  effectiveAt: string | null;

  @Field(() => ActeurProgrammation, { nullable: true, description: 'Null in a porteur’s view.' })
  actor: ActeurProgrammation | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  source: string;

  @Field(() => String, { nullable: true, description: 'The event that caused this one (a comité decision, a convention).' })
  causationId: string | null;
}

@ObjectType({ ...programmationScope, description: 'An action submitted by a porteur for a year, with its plan de financement.' })
@Directive('@key(fields: "id")')
export class Dossier {
  @Field()
  id: string;

  @Field(() => Int)
  annee: number;

  @Field()
  titre: string;

  @Field()
  description: string;

  @Field(() => StatutDossierEnum)
  statut: StatutDossier;

  @Field(() => DecisionDossierEnum, { nullable: true, description: 'The comité’s decision, kept when the dossier moves on.' })
  decision: 'retenu' | 'non_retenu' | 'ajourne' | null;

  @Field(() => PorteurRef)
  porteur: PorteurRef;

  @Field(() => MontantScalar)
  coutTotal: Cents;

  @Field(() => Int, { description: 'How many actions the dossier stands for in the reports’ counts (1, or more for grouped lines).' })
  nombreActions: number;

  @Field(() => TagProgrammation, { nullable: true })
  pilier: TagProgrammation | null;

  @Field(() => TagProgrammation, { nullable: true })
  orientation: TagProgrammation | null;

  @Field(() => TagProgrammation, { nullable: true })
  objectif: TagProgrammation | null;

  @Field(() => TagProgrammation, { nullable: true })
  priorite: TagProgrammation | null;

  @Field(() => TagProgrammation, { nullable: true })
  sousPriorite: TagProgrammation | null;

  @Field(() => TagProgrammation, { nullable: true })
  thematique: TagProgrammation | null;

  @Field(() => TagProgrammation, { nullable: true })
  thematiqueCget: TagProgrammation | null;

  @Field(() => [TagProgrammation])
  axesTransversaux: TagProgrammation[];

  @Field()
  intercommunal: boolean;

  @Field(() => [CommuneCible])
  communes: CommuneCible[];

  @Field(() => [QpvCible])
  qpv: QpvCible[];

  @Field(() => [LigneFinancement])
  lignes: LigneFinancement[];

  @Field(() => MontantsParEtape)
  totaux: MontantsParEtape;

  @Field(() => MontantsParEtape)
  totauxCreditsSpecifiques: MontantsParEtape;

  @Field(() => MontantsParEtape)
  totauxDroitCommun: MontantsParEtape;

  @Field(() => SerieDossier)
  serie: SerieDossier;

  @Field(() => String, { nullable: true })
  conventionId: string | null;

  @Field()
  depotTardif: boolean;

  @Field({ description: 'Business date of the deposit.' })
  deposeLe: string;

  @Field(() => DateTimeScalar)
  modifieLe: string;

  @Field(() => [String])
  champsSynthetiques: string[];
}

export const DossierConnection = ConnectionType(Dossier, 'Dossier', programmationScope);

@InputType({
  ...programmationScope,
  description: 'Filters of dossiers (formerly DossierFiltre); every one given must hold; a porteur’s list is always narrowed to its organisation.',
})
export class DossiersFilter {
  @Field(() => Int, { nullable: true })
  annee?: number | null;

  @Field(() => [StatutDossierEnum], { nullable: true })
  statut?: StatutDossier[] | null;

  @Field(() => String, { nullable: true, description: 'Cadre stratégique node id of the pilier.' })
  pilier?: string | null;

  @Field(() => String, { nullable: true, description: 'Thématique id.' })
  thematique?: string | null;

  @Field(() => String, { nullable: true, description: 'QPV id.' })
  qpv?: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code, or the commune’s name (case ignored) when the référentiel knows it by name only.' })
  commune?: string | null;

  @Field(() => Boolean, { nullable: true })
  intercommunal?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Porteur (partenaire) id.' })
  porteur?: string | null;

  @Field(() => String, { nullable: true, description: 'Financeur (partenaire) id: dossiers with a line of it.' })
  financeur?: string | null;

  @Field(() => String, { nullable: true, description: 'Série id.' })
  serie?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The identifier in the source system, exactly: an import’s « Référence du dossier », a Dauphin number (`referenceExterne`).',
  })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in title, reference, porteur, description, communes and QPV (accents and case ignored).' })
  search?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use search (as partenaires(search:)).' })
  texte?: string | null;
}

@InputType({ ...programmationScope, description: 'Order of a dossier list: a field and a direction (ascending by default).' })
export class DossiersSort {
  @Field(() => DossiersSortFieldEnum)
  field: DossierSortField;

  @Field(() => SortDirectionEnum, { nullable: true })
  direction?: 'asc' | 'desc' | null;
}

@InputType({ ...programmationScope, description: 'Former order of a dossier list (argument tri, deprecated): use DossiersSort.' })
export class DossierTri {
  @Field(() => DossierTriChampEnum)
  champ: DossierSortField;

  @Field(() => DossierTriSensEnum, { nullable: true })
  sens?: 'asc' | 'desc' | null;
}

@ObjectType({
  ...programmationScope,
  description: 'A command the caller may send on this dossier now, as its decider would judge it (role, organisation, states).',
})
export class CommandePermise {
  @Field({ description: 'The mutation to call, e.g. `voterFinancement`.' })
  mutation: string;

  @Field({ description: 'The domain command, e.g. `VoterFinancement`.' })
  commande: string;

  @Field(() => String, { nullable: true, description: 'The line it applies to (line commands); pass it as `ligneId`.' })
  ligneId: string | null;

  @Field({ description: 'The server will refuse it without a `reason` (VALIDATION_FAILED on `reason`).' })
  raisonRequise: boolean;
}

@ObjectType({ ...programmationScope, description: 'Sums over every dossier matching the filter (all pages), in euros.' })
export class TotauxDossiers extends MontantsParEtape {
  @Field(() => MontantScalar)
  coutTotal: CentsSum;
}
