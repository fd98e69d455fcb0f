import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { CategorieFinanceur, RolePartenaire } from '@cdv/domain-territoire';
import { CategorieFinanceurEnum, RolePartenaireEnum } from '../../shared/enums';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class ChangerRolesPartenaireInput extends CommandInput {
  @Field()
  partenaireId: string;

  @Field(() => [RolePartenaireEnum])
  roles: RolePartenaire[];

  @Field(() => CategorieFinanceurEnum, { nullable: true, description: 'Left out: kept while the partner stays a financeur.' })
  categorieFinanceur?: CategorieFinanceur | null;
}
