import { Field, InputType, Int } from '@nestjs/graphql';
import { programmationScope } from '../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'A node of the cadre stratégique (id and label as the tenant defines them).' })
export class TagProgrammationInput {
  @Field()
  id: string;

  @Field()
  libelle: string;
}

@InputType({ ...programmationScope, description: 'Where a dossier sits in the cadre stratégique and the report layers; every level is optional.' })
export class ClassementDossierInput {
  @Field(() => TagProgrammationInput, { nullable: true })
  pilier?: TagProgrammationInput | null;

  @Field(() => TagProgrammationInput, { nullable: true })
  orientation?: TagProgrammationInput | null;

  @Field(() => TagProgrammationInput, { nullable: true })
  objectif?: TagProgrammationInput | null;

  @Field(() => TagProgrammationInput, { nullable: true })
  priorite?: TagProgrammationInput | null;

  @Field(() => TagProgrammationInput, { nullable: true })
  sousPriorite?: TagProgrammationInput | null;

  @Field(() => TagProgrammationInput, { nullable: true })
  thematique?: TagProgrammationInput | null;

  @Field(() => TagProgrammationInput, { nullable: true })
  thematiqueCget?: TagProgrammationInput | null;

  @Field(() => [TagProgrammationInput], { nullable: true })
  axesTransversaux?: TagProgrammationInput[] | null;
}

@InputType({ ...programmationScope, description: 'The same action renewed year after year: série id and rank of this year.' })
export class SerieDossierInput {
  @Field()
  id: string;

  @Field(() => Int)
  rang: number;

  @Field(() => String, { nullable: true })
  libelle?: string | null;
}
