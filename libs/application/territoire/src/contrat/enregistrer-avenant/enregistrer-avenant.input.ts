import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { NatureAvenant } from '@cdv/domain-territoire';
import { NatureAvenantEnum } from '../../shared/enums';
import { TerritoireValidationInput } from '../../shared/inputs';
import { ContratPeriodeInput, ContratSignataireInput } from '../contrat.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class EnregistrerAvenantInput extends CommandInput {
  @Field()
  contratId: string;

  @Field(() => String, { nullable: true })
  avenantId?: string | null;

  @Field()
  intitule: string;

  @Field(() => NatureAvenantEnum, { nullable: true })
  nature?: NatureAvenant | null;

  @Field(() => [String], { nullable: true })
  alias?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Date printed on the document ("2019-07").' })
  dateDocument?: string | null;

  @Field(() => [TerritoireValidationInput], { nullable: true })
  validations?: TerritoireValidationInput[] | null;

  @Field(() => ContratPeriodeInput, { nullable: true })
  periode?: ContratPeriodeInput | null;

  @Field(() => [ContratSignataireInput], { nullable: true, description: 'Signature blocks printed on a document not signed yet.' })
  signatairesPrevus?: ContratSignataireInput[] | null;
}
