import { Field, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { DecisionDossierEnum, ResultatLigneEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({
  ...programmationScope,
  description: 'A line voted (with its amount) or refused; a financeur decides only its own lines (`{financeurId}:{nature}`).',
})
export class LigneDecideeInput {
  @Field()
  ligneId: string;

  @Field(() => ResultatLigneEnum)
  resultat: 'vote' | 'refuse';

  @Field(() => MontantScalar, { nullable: true, description: 'The voted amount; none on a refusal.' })
  montant?: Cents | null;

  @Field(() => String, { nullable: true })
  motif?: string | null;
}

@InputType({ ...programmationScope, description: 'The comité’s decision on one dossier: retenu needs a voted line; non retenu and ajourné have none.' })
export class DecisionComiteInput {
  @Field()
  dossierId: string;

  @Field(() => DecisionDossierEnum)
  decision: 'retenu' | 'non_retenu' | 'ajourne';

  @Field(() => String, { nullable: true })
  motif?: string | null;

  @Field(() => Int, { nullable: true, description: 'For ajourné: the year it moves to (next year by default).' })
  anneeReport?: number | null;

  @Field(() => [LigneDecideeInput], { nullable: true })
  lignes?: LigneDecideeInput[] | null;
}

@InputType({ ...programmationScope, description: 'Records the comité’s decisions as one event; each dossier then records its own (votes, refusals, retenu…).' })
export class ArreterProgrammationInput extends CommandInput {
  @Field()
  comiteId: string;

  @Field(() => [String], { nullable: true, description: 'Organisation ids of the members present; every member when absent.' })
  presents?: string[] | null;

  @Field(() => [DecisionComiteInput])
  decisions: DecisionComiteInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Dry run: decide everything against the current states and return the effects on each dossier, writing nothing.',
  })
  simulation?: boolean | null;
}
