import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { QualiteMembreEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({
  ...programmationScope,
  description: 'A member of the comité: an organisation of the référentiel and one capacity; list it once per capacity (présidence and financeur).',
})
export class MembreComiteInput {
  @Field()
  organisationId: string;

  @Field(() => QualiteMembreEnum)
  qualite: 'financeur' | 'partenaire' | 'presidence';
}

@InputType({ ...programmationScope, description: 'Convenes a comité des financeurs (at least one financeur member).' })
export class ConvoquerComiteInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Given (e.g. the id planned in the appel’s calendar), or derived from commandId, or new.' })
  comiteId?: string | null;

  @Field(() => Int)
  annee: number;

  @Field(() => DateScalar)
  date: string;

  @Field()
  libelle: string;

  @Field(() => [MembreComiteInput])
  membres: MembreComiteInput[];
}
