import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Withdraws the dossier.' })
export class AbandonnerDossierInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true })
  motif?: string | null;
}
