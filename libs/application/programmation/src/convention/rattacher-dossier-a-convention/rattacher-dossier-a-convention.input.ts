import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'A later year’s dossier joins a CPO; it becomes conventionné.' })
export class RattacherDossierAConventionInput extends CommandInput {
  @Field()
  conventionId: string;

  @Field()
  dossierId: string;

  @Field(() => Int)
  annee: number;
}
