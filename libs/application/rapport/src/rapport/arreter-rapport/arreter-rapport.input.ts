import { Field, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';
import { RapportCommandInput } from '../rapport.inputs';

@InputType(rapportScope)
export class SignataireInput {
  @Field()
  nom: string;

  @Field({ description: '« Le Président de la Communauté d’Agglomération… ».' })
  qualite: string;
}

@InputType({
  ...rapportScope,
  description:
    'Freezes a version: the server assembles the figures as of `arreteAu` (now by default) and records them whole. A new version needs a reason; `effectiveAt` is the business date printed on the cover.',
})
export class ArreterRapportInput extends RapportCommandInput {
  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant the figures describe (recorded time, as asOf reads it); now when absent.' })
  arreteAu?: string | null;

  @Field(() => SignataireInput, { nullable: true })
  signataire?: SignataireInput | null;
}
