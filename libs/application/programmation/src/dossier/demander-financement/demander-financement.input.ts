import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { ModaliteFinancement, NatureFinancement } from '@cdv/domain-programmation';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { ModaliteFinancementEnum, NatureFinancementEnum } from '../../shared/programmation.enums';
import { TagProgrammationInput } from '../../shared/programmation.inputs';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Asks a financeur for money (or in-kind / technical support): one line per financeur and nature.' })
export class DemanderFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field({ description: 'Partenaire id of the financeur; its name and report category come from the référentiel.' })
  financeurId: string;

  @Field(() => NatureFinancementEnum)
  nature: NatureFinancement;

  @Field(() => ModaliteFinancementEnum, { nullable: true, description: 'numeraire by default; nature and technique carry no amount (0).' })
  modalite?: ModaliteFinancement | null;

  @Field(() => TagProgrammationInput, { nullable: true, description: 'The fund or programme asked (e.g. fonds-cohesion-sociale): rules may target it.' })
  dispositif?: TagProgrammationInput | null;

  @Field(() => MontantScalar)
  montant: Cents;
}
