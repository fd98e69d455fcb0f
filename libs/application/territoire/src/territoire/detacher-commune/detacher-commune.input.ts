import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoireCommuneInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DetacherCommuneInput extends CommandInput {
  @Field(() => TerritoireCommuneInput, { description: 'By INSEE code, or by name while it has none.' })
  commune: TerritoireCommuneInput;

  @Field(() => String, { nullable: true })
  jusquAu?: string | null;
}
