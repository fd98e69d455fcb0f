import { Field, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { NatureFinancement } from '@cdv/domain-programmation';
import { CommandInput, DateScalar, MontantScalar } from '@cdv/graphql-common';
import { NatureFinancementEnum } from '../../shared/programmation.enums';
import { TagProgrammationInput } from '../../shared/programmation.inputs';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'A financeur’s envelope: the financeur by its référentiel id; name and category come from the référentiel.' })
export class EnveloppeInput {
  @Field()
  financeurId: string;

  @Field(() => NatureFinancementEnum, { nullable: true, description: 'When the financeur splits its envelope by nature (the State: BOP 147 vs droit commun).' })
  nature?: NatureFinancement | null;

  @Field(() => MontantScalar)
  montant: Cents;
}

@InputType({ ...programmationScope, description: 'A comité planned on the appel’s calendar.' })
export class ComitePrevuInput {
  @Field(() => String, { nullable: true, description: 'Defaults to `comite-{annee}-{rank}`.' })
  comiteId?: string | null;

  @Field(() => DateScalar)
  date: string;

  @Field()
  libelle: string;
}

@InputType(programmationScope)
export class OuvrirAppelAProjetsInput extends CommandInput {
  @Field(() => Int)
  annee: number;

  @Field()
  titre: string;

  @Field(() => DateScalar)
  ouvertureLe: string;

  @Field(() => DateScalar)
  clotureLe: string;

  @Field(() => [TagProgrammationInput], { nullable: true })
  priorites?: TagProgrammationInput[] | null;

  @Field(() => [EnveloppeInput], { nullable: true })
  enveloppes?: EnveloppeInput[] | null;

  @Field(() => [ComitePrevuInput], { nullable: true })
  comites?: ComitePrevuInput[] | null;
}
