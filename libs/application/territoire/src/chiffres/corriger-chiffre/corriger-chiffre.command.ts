import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { CorrigerChiffreInput } from './corriger-chiffre.input';

/** The application command of `corrigerChiffre`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class CorrigerChiffreCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<CorrigerChiffreInput, 'valeur'>,
  ) {
    super();
  }
}
