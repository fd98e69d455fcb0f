import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AdopterRapport } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { AdopterRapportInput } from './adopter-rapport.input';

/** Use case: record the council's adoption of the report (EPCI staff). */
@Resolver()
export class AdopterRapportResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the adoption of the rapport annuel (délibération date and number).' })
  @Permit(...REDACTEURS_RAPPORT)
  adopterRapport(@Ctx() context: RequestContext, @Args('input') input: AdopterRapportInput): Promise<CommandPayload> {
    const command: AdopterRapport = {
      type: 'AdopterRapport',
      data: {
        annee: input.annee,
        ...(input.instance ? { instance: input.instance } : {}),
        deliberation: { date: input.deliberation.date, numero: input.deliberation.numero },
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.rapport(context, input, command);
  }
}
