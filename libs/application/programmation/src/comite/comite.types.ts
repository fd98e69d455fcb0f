import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Cents, CentsSum } from '@cdv/eventsourcing';
import { DateScalar, DateTimeScalar, MontantScalar } from '@cdv/graphql-common';
import { totalVoteDuComite, type ComiteDocument } from '@cdv/projections-programmation';
import { LECTURE, type LectureDossiers } from '../dossier/dossier.lecture';
import { DecisionDossierEnum, QualiteMembreEnum, ResultatLigneEnum } from '../shared/programmation.enums';
import { programmationScope } from '../programmation.graphql-scope';

@ObjectType('MembreComite', programmationScope)
export class MembreComite {
  @Field()
  organisationId: string;

  @Field()
  nom: string;

  @Field(() => QualiteMembreEnum)
  qualite: 'financeur' | 'partenaire' | 'presidence';
}

@ObjectType({ ...programmationScope, description: 'A line voted or refused by the comité.' })
export class LigneDecidee {
  @Field()
  ligneId: string;

  @Field()
  financeurId: string;

  @Field(() => ResultatLigneEnum)
  resultat: 'vote' | 'refuse';

  @Field(() => MontantScalar, { nullable: true })
  montant: Cents | null;

  @Field(() => String, { nullable: true })
  motif: string | null;
}

@ObjectType({ ...programmationScope, description: 'The comité’s decision on one dossier, as recorded in ProgrammationArretee.' })
export class DecisionDeComite {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true, description: 'The dossier’s title as the comité saw it.' })
  titre: string | null;

  @Field(() => String, { nullable: true })
  porteurNom: string | null;

  @Field(() => DecisionDossierEnum)
  decision: 'retenu' | 'non_retenu' | 'ajourne';

  @Field(() => String, { nullable: true })
  motif: string | null;

  @Field(() => Int, { nullable: true })
  anneeReport: number | null;

  @Field(() => [LigneDecidee])
  lignes: LigneDecidee[];

  @Field({ description: 'The ProgrammationArretee event that recorded it.' })
  eventId: string;

  @Field(() => DateTimeScalar)
  arreteeLe: string;

  @Field({ description: 'User who recorded the decision.' })
  par: string;
}

@ObjectType(programmationScope)
export class ComiteComptes {
  @Field(() => Int)
  retenus: number;

  @Field(() => Int)
  nonRetenus: number;

  @Field(() => Int)
  ajournes: number;
}

@ObjectType({ ...programmationScope, description: 'A comité des financeurs: members, presence, and every decision it recorded.' })
@Directive('@key(fields: "id")')
export class Comite {
  @Field()
  id: string;

  @Field(() => Int)
  annee: number;

  @Field(() => DateScalar)
  date: string;

  @Field()
  libelle: string;

  @Field()
  statut: string;

  @Field(() => [MembreComite])
  membres: MembreComite[];

  @Field(() => [String], { description: 'Organisation ids of the members present.' })
  presents: string[];

  @Field(() => [DecisionDeComite])
  decisions: DecisionDeComite[];

  @Field(() => ComiteComptes)
  comptes: ComiteComptes;

  @Field(() => MontantScalar)
  totalVote: CentsSum;

  @Field(() => [String])
  champsSynthetiques: string[];
}

export type DecisionDeComiteSource = DecisionDeComite & { [LECTURE]: LectureDossiers };

export function toComite(document: ComiteDocument, lecture: LectureDossiers): Comite {
  return {
    id: document.comiteId,
    annee: document.annee,
    date: document.date,
    libelle: document.libelle,
    statut: document.statut,
    membres: document.membres,
    presents: document.presents,
    decisions: document.decisions.map((decision): DecisionDeComiteSource => ({
      dossierId: decision.dossierId,
      titre: decision.titre ?? null,
      porteurNom: decision.porteurNom ?? null,
      decision: decision.decision,
      motif: decision.motif ?? null,
      anneeReport: decision.anneeReport ?? null,
      lignes: decision.lignes.map((ligne) => ({
        ligneId: ligne.ligneId,
        financeurId: ligne.financeurId,
        resultat: ligne.resultat,
        montant: ligne.montant ?? null,
        motif: ligne.motif ?? null,
      })),
      eventId: decision.eventId,
      arreteeLe: decision.arreteeLe,
      par: decision.par,
      [LECTURE]: lecture,
    })),
    comptes: document.comptes,
    totalVote: totalVoteDuComite(document),
    champsSynthetiques: document.champsSynthetiques,
  };
}
