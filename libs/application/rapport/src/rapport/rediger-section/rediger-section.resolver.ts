import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RedigerSection } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { RedigerSectionInput } from './rediger-section.input';

/** Use case: write a narrative of the report, or the note explaining a figure (EPCI staff). */
@Resolver()
export class RedigerSectionResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Write or replace a section of the rapport annuel’s draft.' })
  @Permit(...REDACTEURS_RAPPORT)
  redigerSectionRapport(@Ctx() context: RequestContext, @Args('input') input: RedigerSectionInput): Promise<CommandPayload> {
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
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.rapport(context, input, command);
  }
}
