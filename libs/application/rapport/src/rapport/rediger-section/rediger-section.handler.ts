import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RedigerSection } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { RedigerSectionCommand } from './rediger-section.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: write a narrative of the report, or the note explaining a figure (EPCI staff). */
@CommandHandler(RedigerSectionCommand)
export class RedigerSectionHandler implements ICommandHandler<RedigerSectionCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: RedigerSectionCommand): Promise<CommandPayload> {
    const { provenance } = input;
    const command: RedigerSection = {
      type: 'RedigerSection',
      data: {
        annee: input.annee,
        section: {
          sectionId: input.sectionId,
          titre: input.titre,
          texte: input.texte,
          ordre: input.ordre,
          chiffreId: input.chiffreId ?? null,
          provenance: provenance
            ? { type: 'document', document: provenance.document, lignes: provenance.lignes, ...(provenance.note ? { note: provenance.note } : {}) }
            : { type: 'redige' },
        },
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.rapport(context, input, command);
  }
}
