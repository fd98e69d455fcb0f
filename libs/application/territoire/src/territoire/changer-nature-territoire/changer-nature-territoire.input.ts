import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { NatureEpci } from '@cdv/domain-territoire';
import { NatureEpciEnum } from '../territoire.types';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class ChangerNatureTerritoireInput extends CommandInput {
  @Field(() => NatureEpciEnum)
  nature: NatureEpci;

  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  depuis: string;
}
