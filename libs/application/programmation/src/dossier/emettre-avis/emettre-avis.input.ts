import { Field, InputType } from '@nestjs/graphql';
import type { ValeurAvis } from '@cdv/domain-programmation';
import { CommandInput } from '@cdv/graphql-common';
import { ValeurAvisEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'A financeur’s or partner’s opinion during instruction; réservé and défavorable need a comment.' })
export class EmettreAvisInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true, description: 'Partenaire id of the author; an instructeur gives its own organisation’s avis (the default).' })
  auteurId?: string | null;

  @Field(() => ValeurAvisEnum)
  avis: ValeurAvis;

  @Field(() => String, { nullable: true })
  commentaire?: string | null;

  @Field(() => String, { nullable: true, description: 'The line the avis is about, when it is about one.' })
  ligneId?: string | null;
}
