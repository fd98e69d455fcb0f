import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { TransmettreRapport } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { TransmettreRapportInput } from './transmettre-rapport.input';

/** Use case: record the transmission of the adopted report (EPCI staff). */
@Resolver()
export class TransmettreRapportResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the transmission of the adopted rapport annuel.' })
  @Permit(...REDACTEURS_RAPPORT)
  transmettreRapport(@Ctx() context: RequestContext, @Args('input') input: TransmettreRapportInput): Promise<CommandPayload> {
    const command: TransmettreRapport = {
      type: 'TransmettreRapport',
      data: {
        annee: input.annee,
        transmisLe: input.transmisLe,
        ...(input.destinataire ? { destinataire: input.destinataire } : {}),
        reference: input.reference ?? null,
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.rapport(context, input, command);
  }
}
