import { Field, Int, ObjectType } from '@nestjs/graphql';
import { programmationScope } from '../../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'How one dossier of a batch command went: its new revision, or why it was refused.' })
export class ResultatParDossier {
  @Field()
  dossierId: string;

  @Field()
  ok: boolean;

  @Field({ description: 'True when this dossier’s command had been applied already (same commandId).' })
  replayed: boolean;

  @Field(() => Int, { nullable: true, description: 'Revision of the dossier after the command; null when refused.' })
  revision: number | null;

  @Field(() => String, { nullable: true, description: 'The refusal’s code (INVALID_TRANSITION, CONFLICT, NOT_FOUND, VALIDATION_FAILED…).' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => Int, { nullable: true, description: 'On CONFLICT: the revision to read again.' })
  currentRevision: number | null;
}

@ObjectType({ ...programmationScope, description: 'A batch of dossier commands: each dossier answered on its own.' })
export class ResultatsParDossier {
  @Field(() => Int)
  reussis: number;

  @Field(() => Int)
  refuses: number;

  @Field(() => [ResultatParDossier], { description: 'In the order of the input.' })
  resultats: ResultatParDossier[];
}
