import { Field, InputType } from '@nestjs/graphql';
import { rapportScope } from '../../rapport.graphql-scope';
import { RapportCommandInput } from '../rapport.inputs';

@InputType({ ...rapportScope, description: 'Removes a section from the working draft (versions keep theirs).' })
export class RetirerSectionInput extends RapportCommandInput {
  @Field()
  sectionId: string;
}
