import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { STATUTS_CADRE, StatutCadreEnum } from '../shared/enums';
import { TerritoireValidation } from '../shared/types';
import { territoireScope } from '../territoire.graphql-scope';

@ObjectType({ ...territoireScope, description: 'A node of the tree (pilier, orientation, objectif, priorité…), with its children.' })
export class CadreStrategiqueNoeud {
  @Field(() => ID, { description: 'Unique across every version of the cadre: a tag keeps pointing to its version.' })
  id: string;

  @Field()
  dimension: string;

  @Field(() => String, { nullable: true })
  parentId: string | null;

  @Field(() => Int, { description: '0-based level.' })
  niveau: number;

  @Field({ description: 'The tenant’s name of the level ("pilier", "sous-priorité").' })
  niveauLibelle: string;

  @Field(() => String, { nullable: true, description: 'Numbering printed in the source ("1.2").' })
  code: string | null;

  @Field({ description: 'Verbatim from the source, typos included.' })
  libelle: string;

  @Field(() => String, { nullable: true })
  libelleAffiche: string | null;

  @Field(() => [String])
  variantes: string[];

  @Field(() => [String], { description: 'Nodes of other dimensions of the same version this node relates to.' })
  liens: string[];

  @Field(() => [CadreStrategiqueNoeud])
  enfants: CadreStrategiqueNoeud[];

  @Field(() => Int, { description: 'Order in the source.' })
  ordre: number;
}

@ObjectType({ ...territoireScope, description: 'One classification dimension of a version: its level names and its tree.' })
export class CadreStrategiqueDimension {
  @Field()
  code: string;

  @Field()
  libelle: string;

  @Field(() => [String])
  niveaux: string[];

  @Field(() => [CadreStrategiqueNoeud], { description: 'The top-level nodes, each with its children.' })
  racines: CadreStrategiqueNoeud[];
}

@ObjectType({ ...territoireScope, description: 'Nodes of an older version mapped to nodes of a newer one.' })
export class CadreStrategiqueCorrespondance {
  @Field(() => Int)
  versionSource: number;

  @Field(() => Int)
  versionCible: number;

  @Field()
  de: string;

  @Field(() => [String])
  vers: string[];
}

@ObjectType({ ...territoireScope, description: 'One version of the cadre.' })
export class CadreStrategiqueVersion {
  @Field(() => Int)
  version: number;

  @Field()
  intitule: string;

  @Field(() => StatutCadreEnum)
  statut: (typeof STATUTS_CADRE)[number];

  @Field(() => Int, { nullable: true })
  remplaceePar: number | null;
}

@ObjectType({ ...territoireScope, description: 'One version of a cadre stratégique: its dimensions, its tree of nodes, and the mappings to other versions.' })
export class CadreStrategique {
  @Field(() => ID, { description: '"{cadreId}:v{version}".' })
  id: string;

  @Field()
  cadreId: string;

  @Field(() => Int)
  version: number;

  @Field()
  intitule: string;

  @Field(() => String, { nullable: true })
  contratId: string | null;

  @Field(() => [TerritoireValidation])
  validations: TerritoireValidation[];

  @Field(() => StatutCadreEnum)
  statut: (typeof STATUTS_CADRE)[number];

  @Field(() => Int, { nullable: true })
  remplaceePar: number | null;

  @Field(() => [CadreStrategiqueDimension])
  dimensions: CadreStrategiqueDimension[];

  @Field(() => [CadreStrategiqueNoeud], { description: 'Every node of the version, in source order (each with its children).' })
  noeuds: CadreStrategiqueNoeud[];

  @Field(() => [CadreStrategiqueCorrespondance], { description: 'Mappings from this version to later ones.' })
  correspondancesSortantes: CadreStrategiqueCorrespondance[];

  @Field(() => [CadreStrategiqueCorrespondance], { description: 'Mappings from earlier versions to this one.' })
  correspondancesEntrantes: CadreStrategiqueCorrespondance[];
}
