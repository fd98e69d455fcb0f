import { Field, InputType } from '@nestjs/graphql';
import { territoireScope } from '../../territoire.graphql-scope';
import { OuvrirTerritoireInput } from '../ouvrir-territoire/ouvrir-territoire.input';

@InputType(territoireScope)
export class OuvrirEspaceDeTravailInput extends OuvrirTerritoireInput {
  @Field({ description: 'Id of the new workspace: lower-case letters, digits and inner dashes, at most 40 characters (e.g. "grand-avignon").' })
  espace: string;
}
