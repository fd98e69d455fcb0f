import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { FinanceurCategorie, NatureFinancement, StatutAppel } from '@cdv/domain-programmation';
import { DateScalar, MontantScalar } from '@cdv/graphql-common';
import type { AppelDocument } from '@cdv/projections-programmation';
import { FinanceurCategorieEnum, NatureFinancementEnum, StatutAppelEnum } from '../shared/programmation.enums';
import { TagProgrammation } from '../shared/programmation.types';
import { programmationScope } from '../programmation.graphql-scope';
import { PieceRequiseAppel } from '../pieces/pieces.types';

@ObjectType({ ...programmationScope, description: 'A financeur’s envelope for the year.' })
export class EnveloppeAppel {
  @Field()
  financeurId: string;

  @Field()
  financeurNom: string;

  @Field(() => FinanceurCategorieEnum)
  categorie: FinanceurCategorie;

  @Field(() => NatureFinancementEnum, { nullable: true, description: 'Set when the financeur splits its envelope by nature.' })
  nature: NatureFinancement | null;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field({ description: 'True when a seed or an import invented the amount.' })
  synthetique: boolean;
}

@ObjectType({ ...programmationScope, description: 'A comité des financeurs on the appel’s calendar.' })
export class ComiteAuCalendrier {
  @Field()
  comiteId: string;

  @Field(() => DateScalar)
  date: string;

  @Field()
  libelle: string;
}

@ObjectType({ ...programmationScope, description: 'One programmation year: calendar, priorities, envelopes per financeur, planned comités.' })
@Directive('@key(fields: "id")')
export class AppelAProjets {
  @Field({ description: 'The year, as a string (the appel’s identity).' })
  id: string;

  @Field(() => Int)
  annee: number;

  @Field()
  titre: string;

  @Field(() => StatutAppelEnum)
  statut: StatutAppel;

  @Field(() => DateScalar)
  ouvertureLe: string;

  @Field(() => DateScalar)
  clotureLe: string;

  @Field(() => [TagProgrammation], { description: 'Cadre stratégique nodes retained this year.' })
  priorites: TagProgrammation[];

  @Field(() => [EnveloppeAppel])
  enveloppes: EnveloppeAppel[];

  @Field(() => [ComiteAuCalendrier])
  comites: ComiteAuCalendrier[];

  @Field(() => String, { nullable: true, description: 'When the appel was closed (recorded or business date).' })
  closLe: string | null;

  @Field(() => String, { nullable: true, description: 'When the year was closed.' })
  exerciceClotureLe: string | null;

  @Field(() => [String], { description: 'Fields a seed or an import invented.' })
  champsSynthetiques: string[];

  @Field(() => [PieceRequiseAppel], { description: 'The pieces a deposit (depot) and a bilan (bilan) need, per porteur kind.' })
  piecesRequises: PieceRequiseAppel[];
}

export function toAppel(document: AppelDocument): AppelAProjets {
  return {
    id: String(document.annee),
    annee: document.annee,
    titre: document.titre,
    statut: document.statut,
    ouvertureLe: document.ouvertureLe,
    clotureLe: document.clotureLe,
    priorites: document.priorites,
    enveloppes: document.enveloppes.map((enveloppe) => ({ ...enveloppe, nature: (enveloppe.nature as NatureFinancement | null) ?? null })),
    comites: document.comites,
    closLe: document.closLe,
    exerciceClotureLe: document.exerciceClotureLe,
    champsSynthetiques: document.champsSynthetiques,
    piecesRequises: document.piecesRequises ?? [],
  };
}
