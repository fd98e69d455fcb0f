import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Closes the year once every dossier is soldé; afterwards only corrections with a reason.' })
export class CloturerExerciceInput extends CommandInput {
  @Field(() => Int)
  annee: number;
}
