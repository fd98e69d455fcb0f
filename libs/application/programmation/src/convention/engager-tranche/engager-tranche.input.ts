import { Field, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Engages a convention’s yearly tranche on a dossier’s line; the line is engaged in the same call.' })
export class EngagerTrancheInput extends CommandInput {
  @Field()
  conventionId: string;

  @Field(() => Int)
  annee: number;

  @Field()
  dossierId: string;

  @Field({ description: '`{financeurId}:{nature}`: the financeur must have signed the convention.' })
  ligneId: string;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique?: string | null;
}
