import { Field, InputType } from '@nestjs/graphql';
import type { TypeSujet } from '@cdv/domain-territoire';
import { TypeSujetEnum } from '../shared/enums';
import { territoireScope } from '../territoire.graphql-scope';

@InputType({ ...territoireScope, description: 'What a reported figure is about; the territory as a whole by default.' })
export class ChiffreDeclareSujetInput {
  @Field(() => TypeSujetEnum)
  type: TypeSujet;

  @Field(() => String, { nullable: true })
  id?: string | null;
}
