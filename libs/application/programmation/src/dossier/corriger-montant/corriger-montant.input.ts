import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { EtapeCorrigeable } from '@cdv/domain-programmation';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { EtapeCorrigeableEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Corrects an amount after the fact (the only way once decided); `reason` is mandatory.' })
export class CorrigerMontantInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field()
  ligneId: string;

  @Field(() => EtapeCorrigeableEnum)
  etape: EtapeCorrigeable;

  @Field(() => MontantScalar)
  montant: Cents;
}
