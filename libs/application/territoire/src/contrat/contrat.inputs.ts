import { Field, InputType } from '@nestjs/graphql';
import type { Periode, Signataire, Signature } from '@cdv/domain-territoire';
import { territoireScope } from '../territoire.graphql-scope';

/** Input sub-types of the contrat de ville use cases. */

@InputType({ ...territoireScope, description: 'A period as printed ("2015-2020"): YYYY, YYYY-MM or YYYY-MM-DD; the end may be unknown.' })
export class ContratPeriodeInput {
  @Field()
  debut: string;

  @Field(() => String, { nullable: true })
  fin?: string | null;
}

export function periode(input: ContratPeriodeInput | null | undefined): Periode | null {
  return input ? { debut: input.debut, fin: input.fin ?? null } : null;
}

@InputType({ ...territoireScope, description: 'A signatory: a registered partner when known, always the label printed in the signature block.' })
export class ContratSignataireInput {
  @Field(() => String, { nullable: true })
  partenaireId?: string | null;

  @Field()
  libelle: string;
}

export function signataire(input: ContratSignataireInput): Signataire {
  return { partenaireId: input.partenaireId ?? null, libelle: input.libelle };
}

@InputType({ ...territoireScope, description: 'One signature of a document signed over months.' })
export class ContratSignatureInput extends ContratSignataireInput {
  @Field(() => String, { nullable: true, description: 'The person who signed, with their role.' })
  representant?: string | null;

  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  lieu?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export function signature(input: ContratSignatureInput): Signature {
  return { ...signataire(input), representant: input.representant ?? null, date: input.date ?? null, lieu: input.lieu ?? null, note: input.note ?? null };
}
