import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Postpones the dossier; a voted dossier cannot be postponed.' })
export class AjournerDossierInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true })
  motif?: string | null;

  @Field(() => String, { nullable: true })
  comiteId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Next year when absent.' })
  anneeReport?: number | null;
}
