import { Field, ObjectType } from '@nestjs/graphql';
import type { Statistique } from '@cdv/domain-territoire';
import { PerimetreStatistiqueEnum } from './enums';
import { territoireScope } from '../territoire.graphql-scope';

/** Output sub-types shared by several entities of the context. */

@ObjectType({ ...territoireScope, description: 'A commune as named by a record: the INSEE code when known, always the name.' })
export class TerritoireCommuneRef {
  @Field(() => String, { nullable: true })
  codeInsee: string | null;

  @Field()
  nom: string;
}

@ObjectType({ isAbstract: true })
export abstract class StatistiqueFields {
  @Field()
  indicateur: string;

  @Field()
  libelle: string;

  @Field(() => String, { nullable: true, description: 'Decimal.' })
  valeur: string | null;

  @Field()
  valeurImprimee: string;

  @Field(() => String, { nullable: true })
  unite: string | null;

  @Field()
  source: string;

  @Field(() => String, { nullable: true })
  millesime: string | null;

  @Field(() => PerimetreStatistiqueEnum)
  perimetre: Statistique['perimetre'];

  @Field(() => String, { nullable: true })
  precisionPerimetre: string | null;
}

@ObjectType({ ...territoireScope, description: 'A statistic of the territory (population of the EPCI…).' })
export class TerritoireStatistique extends StatistiqueFields {}

@ObjectType({ ...territoireScope, description: 'A statistic of a quartier (population, taux d’emploi…).' })
export class QpvStatistique extends StatistiqueFields {}

@ObjectType({ ...territoireScope, description: 'A decision by a body, with its date and deliberation number.' })
export class TerritoireValidation {
  @Field()
  instance: string;

  @Field()
  date: string;

  @Field(() => String, { nullable: true })
  reference: string | null;
}

@ObjectType({ ...territoireScope, description: 'A node of a cadre stratégique a record is tagged with.' })
export class CadreStrategiqueNoeudRef {
  @Field()
  cadreId: string;

  @Field()
  noeudId: string;
}
