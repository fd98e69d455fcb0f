import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { MembreComiteInput } from '../convoquer-comite/convoquer-comite.input';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({
  ...programmationScope,
  description: 'Replaces the members of a convened comité (an absent financeur, a co-president forgotten), with a reason, until it is closed.',
})
export class CorrigerMembresComiteInput extends CommandInput {
  @Field()
  comiteId: string;

  @Field(() => [MembreComiteInput], { description: 'Every member, one entry per capacity (the State may preside and finance).' })
  membres: MembreComiteInput[];
}
