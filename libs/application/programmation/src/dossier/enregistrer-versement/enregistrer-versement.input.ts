import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { TypeVersement } from '@cdv/domain-programmation';
import { CommandInput, DateScalar, MontantScalar } from '@cdv/graphql-common';
import { TypeVersementEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'A payment on an engaged line; the paid total never exceeds the engaged amount.' })
export class EnregistrerVersementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field()
  ligneId: string;

  @Field(() => String, { nullable: true, description: 'Given, or derived from commandId, or new.' })
  versementId?: string | null;

  @Field(() => TypeVersementEnum)
  type: TypeVersement;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field(() => DateScalar)
  date: string;
}
