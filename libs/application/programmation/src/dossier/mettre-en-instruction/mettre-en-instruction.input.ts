import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Starts the instruction: the porteur can no longer change the dossier.' })
export class MettreEnInstructionInput extends CommandInput {
  @Field()
  dossierId: string;
}
