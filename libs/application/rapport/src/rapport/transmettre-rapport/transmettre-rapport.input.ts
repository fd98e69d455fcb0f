import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';
import { RapportCommandInput } from '../rapport.inputs';

@InputType({ ...rapportScope, description: 'Records the transmission of the adopted report (to the préfet by default).' })
export class TransmettreRapportInput extends RapportCommandInput {
  @Field(() => DateScalar)
  transmisLe: string;

  @Field(() => String, { nullable: true, description: '« Préfet » by default.' })
  destinataire?: string | null;

  @Field(() => String, { nullable: true, description: 'The reference of the sending (AR, @ctes…).' })
  reference?: string | null;
}
