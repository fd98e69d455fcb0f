import { Field, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { NatureFinancement } from '@cdv/domain-programmation';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { NatureFinancementEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Sets or changes a financeur’s envelope; changing a published one needs a reason.' })
export class FixerEnveloppeInput extends CommandInput {
  @Field(() => Int)
  annee: number;

  @Field()
  financeurId: string;

  @Field(() => NatureFinancementEnum, { nullable: true })
  nature?: NatureFinancement | null;

  @Field(() => MontantScalar)
  montant: Cents;
}
