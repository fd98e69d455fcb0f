import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({
  ...programmationScope,
  description: 'Publishes (or stops publishing) the workspace’s SCDL « subventions » files at /open-data/{workspace}/subventions/… (no token).',
})
export class DefinirPublicationOpenDataInput extends CommandInput {
  @Field()
  active: boolean;

  @Field(() => [String], { description: 'Partenaire ids whose files are published: the EPCI, and any financeur of the workspace that asks.' })
  attribuants: string[];
}
