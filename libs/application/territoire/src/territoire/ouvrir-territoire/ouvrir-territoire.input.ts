import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { NatureEpci } from '@cdv/domain-territoire';
import { NatureEpciEnum } from '../territoire.types';

@InputType()
export class CommuneInput {
  @Field(() => String, { nullable: true, description: 'INSEE code (5 characters), when known.' })
  codeInsee: string | null;

  @Field()
  nom: string;
}

@InputType()
export class OuvrirTerritoireInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'SIREN of the EPCI (9 digits, Luhn).' })
  siren: string | null;

  @Field({ description: 'Legal name.' })
  nom: string;

  @Field(() => String, { nullable: true })
  acronyme?: string | null;

  @Field(() => NatureEpciEnum, { nullable: true })
  nature: NatureEpci | null;

  @Field(() => [CommuneInput], { nullable: true })
  communes?: CommuneInput[] | null;
}
