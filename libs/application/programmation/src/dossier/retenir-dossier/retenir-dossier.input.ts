import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Retains the dossier; comité decisions go through arreterProgrammation instead.' })
export class RetenirDossierInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true })
  comiteId?: string | null;
}
