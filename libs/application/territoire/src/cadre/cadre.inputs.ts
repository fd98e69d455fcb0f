import { Field, InputType } from '@nestjs/graphql';
import { territoireScope } from '../territoire.graphql-scope';

/** Input sub-types of the cadre stratégique use cases. */

@InputType({ ...territoireScope, description: 'One classification dimension with the level names the tenant uses (pilier → orientation → objectif…).' })
export class CadreStrategiqueDimensionInput {
  @Field({ description: 'Lower-case letters, digits, _ or - (e.g. piliers, feuille-de-route).' })
  code: string;

  @Field()
  libelle: string;

  @Field(() => [String], { description: 'Names of the levels, top down.' })
  niveaux: string[];
}

@InputType({ ...territoireScope, description: 'A node of the older version and the nodes of the newer one it maps to (possibly none).' })
export class CadreStrategiqueCorrespondanceInput {
  @Field()
  de: string;

  @Field(() => [String])
  vers: string[];
}
