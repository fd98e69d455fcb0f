import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { RegleFinancementInput } from '../regles.types';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Replaces the workspace’s financing rules; replacing rules in force needs a reason.' })
export class DefinirReglesFinancementInput extends CommandInput {
  @Field(() => [RegleFinancementInput])
  regles: RegleFinancementInput[];
}
