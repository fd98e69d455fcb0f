import { Field, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, DateScalar, MontantScalar } from '@cdv/graphql-common';
import { ClassementDossierInput } from '../../shared/programmation.inputs';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({
  ...programmationScope,
  description: 'Changes to a dossier’s description: give only what changes. Under instruction, staff only and with a reason.',
})
export class ModifierDossierInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { nullable: true })
  titre?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  publics?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the action becomes intercommunal.' })
  intercommunal?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'INSEE codes: the new list of communes.' })
  communes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The new list of QPV (ids or codes).' })
  qpvIds?: string[] | null;

  @Field(() => ClassementDossierInput, { nullable: true })
  classement?: ClassementDossierInput | null;

  @Field(() => MontantScalar, { nullable: true })
  coutTotal?: Cents | null;

  @Field(() => MontantScalar, { nullable: true })
  depensesEligibles?: Cents | null;

  @Field(() => DateScalar, { nullable: true })
  dateDebut?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateFin?: string | null;

  @Field(() => Int, { nullable: true })
  nombreActions?: number | null;
}
