import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoireCommuneInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RattacherCommuneQpvInput extends CommandInput {
  @Field({ description: 'Id of the quartier (for a QPV from the national list: its code).' })
  qpvId: string;

  @Field(() => TerritoireCommuneInput)
  commune: TerritoireCommuneInput;
}
