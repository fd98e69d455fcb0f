import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { ChiffreDeclareSujetInput } from '../chiffres.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DeclarerChiffreInput extends CommandInput {
  @Field({ description: 'The source document the figure is read from (one stream of figures per document).' })
  documentId: string;

  @Field(() => String, { nullable: true })
  chiffreId?: string | null;

  @Field({ description: 'What the figure counts: nombre_qpv, population_qpv, part_population_qpv… or a free key.' })
  cle: string;

  @Field()
  libelle: string;

  @Field({ description: 'As printed ("20 %", "35 888").' })
  valeurImprimee: string;

  @Field(() => String, { nullable: true, description: 'Decimal read off the print; null when the print is not a plain number.' })
  valeur?: string | null;

  @Field(() => String, { nullable: true })
  unite?: string | null;

  @Field(() => String, { nullable: true })
  qualificatif?: string | null;

  @Field(() => String, { nullable: true, description: 'The date the figure describes, when it is not now.' })
  dateReference?: string | null;

  @Field(() => ChiffreDeclareSujetInput, { nullable: true })
  sujet?: ChiffreDeclareSujetInput | null;

  @Field({ description: 'The source file or reference of the document.' })
  document: string;

  @Field({ description: 'Page and/or lines ("L864-871", "p. 12").' })
  localisation: string;
}
