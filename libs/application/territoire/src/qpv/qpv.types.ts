import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CategorieQuartier } from '@cdv/domain-territoire';
import { CodeQpvScalar, ConnectionType } from '@cdv/graphql-common';
import { QPV_STATUTS, QpvCategorieEnum, QpvStatutEnum } from '../shared/enums';
import { QpvStatistique, TerritoireCommuneRef } from '../shared/types';
import { territoireScope } from '../territoire.graphql-scope';

@ObjectType({ ...territoireScope, description: 'A link to a quartier of another geography generation (its code may be unknown).' })
export class QpvLien {
  @Field()
  qpvId: string;

  @Field(() => String, { nullable: true })
  code: string | null;
}

@ObjectType(territoireScope)
export class QpvValidite {
  @Field(() => String, { nullable: true })
  du: string | null;

  @Field(() => String, { nullable: true })
  au: string | null;
}

@ObjectType({ ...territoireScope, description: 'How a quartier of the EPCI’s own geography was recognised.' })
export class QpvReconnaissance {
  @Field()
  instance: string;

  @Field(() => String, { nullable: true })
  date: string | null;

  @Field(() => String, { nullable: true })
  reference: string | null;
}

@ObjectType({
  ...territoireScope,
  description: 'A quartier: a QPV of a national geography (2015, 2024), a quartier de veille active or d’intérêt communautaire.',
})
@Directive('@key(fields: "id")')
export class Qpv {
  @Field(() => ID)
  id: string;

  @Field(() => CodeQpvScalar, { nullable: true, description: 'Official code; null until known.' })
  code: string | null;

  @Field(() => [String], { description: 'Every code the quartier has carried.' })
  codes: string[];

  @Field(() => QpvCategorieEnum)
  categorie: CategorieQuartier;

  @Field(() => Int, { nullable: true, description: 'Geography generation: 2015 or 2024.' })
  generation: number | null;

  @Field(() => QpvValidite)
  validite: QpvValidite;

  @Field(() => QpvStatutEnum)
  statut: (typeof QPV_STATUTS)[number];

  @Field()
  nom: string;

  @Field(() => [String], { description: 'Aliases and former names.' })
  alias: string[];

  @Field(() => [TerritoireCommuneRef])
  communes: TerritoireCommuneRef[];

  @Field(() => [String], { description: 'Overlay zonings as printed (NPNRU…).' })
  zonages: string[];

  @Field(() => QpvReconnaissance, { nullable: true })
  reconnaissance: QpvReconnaissance | null;

  @Field(() => String, { nullable: true })
  remplaceLe: string | null;

  @Field(() => String, { nullable: true })
  retireLe: string | null;

  @Field(() => [QpvStatistique])
  statistiques: QpvStatistique[];

  @Field(() => [QpvLien], { description: 'Predecessor links recorded on this quartier.' })
  liensPredecesseurs: QpvLien[];

  @Field(() => [QpvLien], { description: 'Successor links recorded on this quartier.' })
  liensSuccesseurs: QpvLien[];
}

export const QpvConnection = ConnectionType(Qpv, 'Qpv', territoireScope);

@InputType({ ...territoireScope, description: 'Filters of the qpvs query; all given ones apply.' })
export class QpvsFilter {
  @Field(() => String, { nullable: true, description: 'Any code the quartier has carried (a 2015 code still finds its 2015 QPV).' })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  generation?: number | null;

  @Field(() => QpvCategorieEnum, { nullable: true })
  categorie?: CategorieQuartier | null;

  @Field(() => String, { nullable: true, description: 'INSEE code or name of a commune.' })
  commune?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias, accents and case ignored.' })
  texte?: string | null;

  @Field(() => [QpvStatutEnum], { nullable: true })
  statut?: (typeof QPV_STATUTS)[number][] | null;
}
