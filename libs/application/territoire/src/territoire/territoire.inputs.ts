import { Field, InputType } from '@nestjs/graphql';
import type { CommuneARattacher, Predecesseur } from '@cdv/domain-territoire';
import { TerritoireCommuneInput } from '../shared/inputs';
import { territoireScope } from '../territoire.graphql-scope';

/** Input sub-types of the territoire aggregate's use cases. */

@InputType({ ...territoireScope, description: 'A commune to attach to the territory.' })
export class TerritoireCommuneARattacherInput extends TerritoireCommuneInput {
  @Field(() => [String], { nullable: true, description: 'Other spellings found in the documents.' })
  alias?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Since when (YYYY, YYYY-MM or YYYY-MM-DD).' })
  depuis?: string | null;
}

export function communeARattacher(input: TerritoireCommuneARattacherInput): CommuneARattacher {
  return { codeInsee: input.codeInsee ?? null, nom: input.nom, alias: input.alias ?? [], depuis: input.depuis ?? null };
}

@InputType(territoireScope)
export class TerritoireContratPredecesseurInput {
  @Field()
  intitule: string;

  @Field(() => String, { nullable: true })
  signeLe?: string | null;
}

@InputType({ ...territoireScope, description: 'An EPCI this one comes from (a merger).' })
export class TerritoirePredecesseurInput {
  @Field()
  nom: string;

  @Field(() => String, { nullable: true })
  siren?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, month or year of its existence.' })
  jusquAu?: string | null;

  @Field(() => TerritoireContratPredecesseurInput, { nullable: true })
  contratDeVille?: TerritoireContratPredecesseurInput | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export function predecesseur(input: TerritoirePredecesseurInput): Predecesseur {
  return {
    nom: input.nom,
    siren: input.siren ?? null,
    jusquAu: input.jusquAu ?? null,
    contratDeVille: input.contratDeVille ? { intitule: input.contratDeVille.intitule, signeLe: input.contratDeVille.signeLe ?? null } : null,
    note: input.note ?? null,
  };
}
