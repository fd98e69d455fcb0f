import { Field, InputType } from '@nestjs/graphql';
import type { TypeDestinataire } from '@cdv/domain-rapport';
import { DateScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';
import { TypeDestinataireEnum } from '../rapport.enums';
import { RapportCommandInput } from '../rapport.inputs';

@InputType(rapportScope)
export class DestinataireInput {
  @Field({ description: 'Lower-case slug, unique in the consultation (marles-les-mines, conseils-citoyens).' })
  destinataireId: string;

  @Field(() => TypeDestinataireEnum)
  type: TypeDestinataire;

  @Field()
  nom: string;

  @Field(() => String, { nullable: true, description: 'INSEE code of a commune.' })
  codeInsee?: string | null;
}

@InputType({ ...rapportScope, description: 'Sends the arrêté version for avis (décret 2015-1118 art. 4: communes, conseils citoyens).' })
export class SoumettreAConsultationInput extends RapportCommandInput {
  @Field(() => DateScalar)
  envoyeLe: string;

  @Field(() => DateScalar, { nullable: true, description: 'The deadline; one month after the sending date by default.' })
  echeance?: string | null;

  @Field(() => [DestinataireInput], { description: '500 at most.' })
  destinataires: DestinataireInput[];
}
