import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { SerieDossierInput } from '../../shared/programmation.inputs';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Attaches the dossier to a série; moving it from another série needs a reason.' })
export class RattacherASerieInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => SerieDossierInput)
  serie: SerieDossierInput;
}
