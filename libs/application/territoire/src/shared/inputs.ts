import { Field, InputType } from '@nestjs/graphql';
import type { CommuneRef, RefNoeud, Statistique, Validation } from '@cdv/domain-territoire';
import { PerimetreStatistiqueEnum } from './enums';
import { territoireScope } from '../territoire.graphql-scope';

/** Input sub-types shared by several use cases of the context (prefixed: the schema is shared with other contexts). */

@InputType({ ...territoireScope, description: 'A commune as documents name it: always a name, the INSEE code when known.' })
export class TerritoireCommuneInput {
  @Field(() => String, { nullable: true, description: 'INSEE code (5 characters, e.g. 59350 or 2A004), when known.' })
  codeInsee?: string | null;

  @Field()
  nom: string;
}

export function communeRef(input: TerritoireCommuneInput): CommuneRef {
  return { codeInsee: input.codeInsee ?? null, nom: input.nom };
}

@InputType({ ...territoireScope, description: 'One observation (population, taux d’emploi…) with its source, vintage and scope.' })
export class TerritoireStatistiqueInput {
  @Field({ description: 'Key of what is measured: lower-case letters, digits, _ . - (e.g. population, taux_emploi).' })
  indicateur: string;

  @Field()
  libelle: string;

  @Field(() => String, { nullable: true, description: 'Decimal, when the print is a single plain number.' })
  valeur?: string | null;

  @Field({ description: 'The value exactly as printed.' })
  valeurImprimee: string;

  @Field(() => String, { nullable: true })
  unite?: string | null;

  @Field({ description: 'Producer of the figure (Insee, Fileas-Cnaf, or the document that prints it).' })
  source: string;

  @Field(() => String, { nullable: true, description: 'Vintage as given ("2013").' })
  millesime?: string | null;

  @Field(() => PerimetreStatistiqueEnum)
  perimetre: Statistique['perimetre'];

  @Field(() => String, { nullable: true })
  precisionPerimetre?: string | null;
}

export function statistique(input: TerritoireStatistiqueInput): Statistique {
  return {
    indicateur: input.indicateur,
    libelle: input.libelle,
    valeur: input.valeur ?? null,
    valeurImprimee: input.valeurImprimee,
    unite: input.unite ?? null,
    source: input.source,
    millesime: input.millesime ?? null,
    perimetre: input.perimetre,
    precisionPerimetre: input.precisionPerimetre ?? null,
  };
}

@InputType({ ...territoireScope, description: 'A decision by a body (comité de pilotage, conseil communautaire…).' })
export class TerritoireValidationInput {
  @Field()
  instance: string;

  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Deliberation number.' })
  reference?: string | null;
}

export function validation(input: TerritoireValidationInput): Validation {
  return { instance: input.instance, date: input.date, reference: input.reference ?? null };
}

@InputType({ ...territoireScope, description: 'A node (objective, priority…) of a cadre stratégique.' })
export class CadreStrategiqueNoeudRefInput {
  @Field()
  cadreId: string;

  @Field()
  noeudId: string;
}

export function refNoeud(input: CadreStrategiqueNoeudRefInput): RefNoeud {
  return { cadreId: input.cadreId, noeudId: input.noeudId };
}
