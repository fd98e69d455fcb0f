import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { NatureEpci } from '@cdv/domain-territoire';
import { NatureEpciEnum } from '../territoire.types';
import { TerritoireCommuneARattacherInput, TerritoirePredecesseurInput } from '../territoire.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class OuvrirTerritoireInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'SIREN of the EPCI (9 digits, Luhn).' })
  siren: string | null;

  @Field({ description: 'Legal name.' })
  nom: string;

  @Field(() => String, { nullable: true })
  nomUsuel?: string | null;

  @Field(() => String, { nullable: true })
  acronyme?: string | null;

  @Field(() => NatureEpciEnum, { nullable: true })
  nature: NatureEpci | null;

  @Field(() => String, { nullable: true })
  departement?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => [TerritoireCommuneARattacherInput], { nullable: true })
  communes?: TerritoireCommuneARattacherInput[] | null;

  @Field(() => [TerritoirePredecesseurInput], { nullable: true })
  predecesseurs?: TerritoirePredecesseurInput[] | null;
}
