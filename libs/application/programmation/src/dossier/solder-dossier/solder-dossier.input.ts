import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Closes the dossier.' })
export class SolderDossierInput extends CommandInput {
  @Field()
  dossierId: string;
}
