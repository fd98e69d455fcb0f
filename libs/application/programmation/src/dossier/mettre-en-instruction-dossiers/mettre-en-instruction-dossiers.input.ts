import { Field, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'One dossier to put under instruction, with the revision last read (optional).' })
export class DossierAInstruireInput {
  @Field()
  dossierId: string;

  @Field(() => Int, { nullable: true, description: 'If the dossier changed since, this dossier is answered CONFLICT; the others go on.' })
  expectedRevision?: number | null;
}

/** Dossiers one call may put under instruction (a comité's worth of an import: a few hundred). */
export const DOSSIERS_PAR_APPEL_MAX = 500;

@InputType({
  ...programmationScope,
  description: `Puts many dossiers under instruction at once (after an import), each one answered on its own; at most ${DOSSIERS_PAR_APPEL_MAX}.`,
})
export class MettreEnInstructionDossiersInput {
  @Field(() => [DossierAInstruireInput])
  dossiers: DossierAInstruireInput[];

  @Field(() => String, { nullable: true, description: 'Idempotency key of the batch: each dossier’s command is keyed `{commandId}:{dossierId}`.' })
  commandId?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  effectiveAt?: string | null;
}
