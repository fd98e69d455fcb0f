import { Field, InputType, Int } from '@nestjs/graphql';
import { rapportScope } from '../../rapport.graphql-scope';
import { RapportCommandInput } from '../rapport.inputs';

@InputType({ ...rapportScope, description: 'Where a narrative was taken from, when it is not written in the platform.' })
export class ProvenanceSectionInput {
  @Field({ description: 'The source document.' })
  document: string;

  @Field({ description: 'Its lines or pages (« L37–L47 »).' })
  lignes: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ ...rapportScope, description: 'Writes or replaces a section of the working draft (the next version).' })
export class RedigerSectionInput extends RapportCommandInput {
  @Field({ description: 'Lower-case slug, unique in the report (introduction, perspectives, note-…).' })
  sectionId: string;

  @Field()
  titre: string;

  @Field({ description: 'The text (50 000 characters at most); paragraphs separated by blank lines.' })
  texte: string;

  @Field(() => Int, { description: 'Display order: < 20 before the geography, 20–80 in the chapters, then the rest.' })
  ordre: number;

  @Field(() => String, { nullable: true, description: 'A note: the printed figure (chiffreId) whose difference it explains.' })
  chiffreId?: string | null;

  @Field(() => ProvenanceSectionInput, { nullable: true, description: 'Taken from a document; none: written in the platform.' })
  provenance?: ProvenanceSectionInput | null;
}
