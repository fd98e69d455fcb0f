import { ArgsType, Field } from '@nestjs/graphql';

/** The arguments of poserSceau (arguments, not an input object: the schema keeps its shape). */
@ArgsType()
export class PoserSceauInput {
  @Field(() => String, { nullable: true, description: 'Why seal now (a comité closed, an audit starts).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use reason (plumbing words are English, docs/api.md « Names »).' })
  motif?: string | null;
}
