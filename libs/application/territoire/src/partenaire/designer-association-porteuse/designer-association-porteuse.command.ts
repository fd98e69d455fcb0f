import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DesignerAssociationPorteuseInput } from './designer-association-porteuse.input';

/** The application command of `designerAssociationPorteuse`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DesignerAssociationPorteuseCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DesignerAssociationPorteuseInput>,
  ) {
    super();
  }
}
