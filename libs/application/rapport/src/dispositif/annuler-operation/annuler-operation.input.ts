import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';

@InputType({ ...rapportScope, description: 'Cancels an operation of a fund; a reason is required.' })
export class AnnulerOperationInput extends CommandInput {
  @Field()
  dispositifId: string;

  @Field()
  operationId: string;
}
