import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({
  ...programmationScope,
  description: 'Moves the appel’s closing date. Once the date passed, or once the appel is clos (it then reopens until the new date), a reason is required.',
})
export class ModifierDateClotureInput extends CommandInput {
  @Field(() => Int)
  annee: number;

  @Field(() => DateScalar, { description: 'The new closing date (deposits after it are late).' })
  clotureLe: string;
}
