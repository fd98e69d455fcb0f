import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { programmationScope } from '../../programmation.graphql-scope';

/** Most dossiers one call puts under instruction: a year's deposits, bounded (hostile callers). */
export const MAX_DOSSIERS_PAR_LOT = 500;

@InputType({ ...programmationScope, description: 'A dossier to put under instruction, at the revision the caller saw.' })
export class DossierAInstruireInput {
  @Field()
  dossierId: string;

  @Field(() => Int, { nullable: true, description: 'The revision displayed; CONFLICT for this dossier when it changed since.' })
  expectedRevision?: number | null;
}

@InputType({ ...programmationScope, description: `Puts several deposited dossiers under instruction in one action (at most ${MAX_DOSSIERS_PAR_LOT}).` })
export class MettreDossiersEnInstructionInput {
  @Field(() => [DossierAInstruireInput])
  dossiers: DossierAInstruireInput[];

  @Field(() => String, { nullable: true, description: 'Idempotency key of the batch: each dossier’s command gets `{commandId}:{dossierId}`.' })
  commandId?: string | null;
}

@ObjectType({ ...programmationScope, description: 'How one dossier of a batch went: its new revision, or the refusal with its code.' })
export class ResultatDossierLot {
  @Field()
  dossierId: string;

  @Field()
  ok: boolean;

  @Field(() => Int, { nullable: true })
  revision: number | null;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}
