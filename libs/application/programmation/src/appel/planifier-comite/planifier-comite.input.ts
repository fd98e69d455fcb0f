import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Adds a comité to the appel’s calendar.' })
export class PlanifierComiteInput extends CommandInput {
  @Field(() => Int)
  annee: number;

  @Field(() => String, { nullable: true, description: 'Given, or derived from commandId, or new.' })
  comiteId?: string | null;

  @Field(() => DateScalar)
  date: string;

  @Field()
  libelle: string;
}
