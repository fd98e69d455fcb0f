import { Field, InputType } from '@nestjs/graphql';
import type { LienQpv } from '@cdv/domain-territoire';
import { DateScalar } from '@cdv/graphql-common';
import { territoireScope } from '../territoire.graphql-scope';

/** Input sub-types of the QPV use cases. */

@InputType({ ...territoireScope, description: 'A quartier of another geography generation; its code may be unknown.' })
export class QpvLienInput {
  @Field()
  qpvId: string;

  @Field(() => String, { nullable: true })
  code?: string | null;
}

export function lienQpv(input: QpvLienInput): LienQpv {
  return { qpvId: input.qpvId, code: input.code ?? null };
}

@InputType({ ...territoireScope, description: 'Validity of a quartier; defaults to that of its geography generation.' })
export class QpvValiditeInput {
  @Field(() => DateScalar, { nullable: true })
  du?: string | null;

  @Field(() => DateScalar, { nullable: true })
  au?: string | null;
}

@InputType({ ...territoireScope, description: 'How a quartier of the EPCI’s own geography was recognised.' })
export class QpvReconnaissanceInput {
  @Field({ description: 'e.g. Conseil Communautaire.' })
  instance: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;
}
