import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { CadreStrategiqueNoeudRefInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RattacherIndicateurObjectifInput extends CommandInput {
  @Field()
  indicateurId: string;

  @Field(() => CadreStrategiqueNoeudRefInput)
  noeud: CadreStrategiqueNoeudRefInput;
}
