import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';
import { RapportCommandInput } from '../rapport.inputs';

@InputType(rapportScope)
export class DeliberationAdoptionInput {
  @Field(() => DateScalar)
  date: string;

  @Field()
  numero: string;
}

@InputType({ ...rapportScope, description: 'Adopts the report by a délibération of the council; not before the consultation ends.' })
export class AdopterRapportInput extends RapportCommandInput {
  @Field(() => String, { nullable: true, description: '« Conseil communautaire » by default.' })
  instance?: string | null;

  @Field(() => DeliberationAdoptionInput)
  deliberation: DeliberationAdoptionInput;
}
