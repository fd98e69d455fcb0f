import { Field, InputType } from '@nestjs/graphql';
import type { SensAvis } from '@cdv/domain-rapport';
import { DateScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';
import { SensAvisEnum } from '../rapport.enums';
import { RapportCommandInput } from '../rapport.inputs';

@InputType(rapportScope)
export class DeliberationAvisInput {
  @Field(() => String, { nullable: true })
  numero?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the act became enforceable.' })
  executoireLe?: string | null;
}

@InputType({ ...rapportScope, description: 'Records the avis of a recipient, annexed to the report; after the deadline silence counts as favourable.' })
export class EnregistrerAvisInput extends RapportCommandInput {
  @Field()
  destinataireId: string;

  @Field({ description: 'The body that gave it: « Conseil municipal de Marles-les-Mines ».' })
  organe: string;

  @Field(() => DateScalar)
  seanceLe: string;

  @Field(() => SensAvisEnum, { description: 'The outcome (« sens » of the avis; not named `sens`, which the API keeps for sort directions).' })
  sensAvis: SensAvis;

  @Field({ description: 'The operative words, verbatim.' })
  texte: string;

  @Field(() => DeliberationAvisInput, { nullable: true })
  deliberation?: DeliberationAvisInput | null;

  @Field(() => DateScalar, { nullable: true })
  recuLe?: string | null;
}
