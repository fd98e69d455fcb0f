import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Does not retain the dossier.' })
export class NePasRetenirDossierInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true })
  motif?: string | null;

  @Field(() => String, { nullable: true })
  comiteId?: string | null;
}
