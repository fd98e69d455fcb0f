import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Refuses a line; an instructeur refuses only its organisation’s lines.' })
export class RefuserFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String)
  ligneId: string;

  @Field(() => String, { nullable: true })
  motif?: string | null;

  @Field(() => String, { nullable: true, description: 'The comité that decided, when any.' })
  comiteId?: string | null;
}
