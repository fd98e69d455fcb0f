import { Field, InputType } from '@nestjs/graphql';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { QpvLienInput } from '../qpv.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RemplacerQpvInput extends CommandInput {
  @Field({ description: 'Id of the quartier (for a QPV from the national list: its code).' })
  qpvId: string;

  @Field(() => [QpvLienInput])
  successeurs: QpvLienInput[];

  @Field(() => DateScalar, { description: 'First day of the new geography (2024-01-01 for décret 2023-1314).' })
  dateEffet: string;
}
