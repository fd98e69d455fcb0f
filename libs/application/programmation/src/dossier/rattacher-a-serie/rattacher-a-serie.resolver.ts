import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RattacherASerie } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { RattacherASerieInput } from './rattacher-a-serie.input';

/** Use case: attach a dossier to a série (the same action renewed year after year); moving it needs a reason (EPCI staff). */
@Resolver()
export class RattacherASerieResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach the dossier to a série with its rank (« 3ème année »).' })
  @Permit(...EPCI)
  rattacherASerie(@Ctx() context: RequestContext, @Args('input') input: RattacherASerieInput): Promise<CommandPayload> {
    const command: RattacherASerie = {
      type: 'RattacherASerie',
      data: {
        dossierId: input.dossierId,
        serie: { id: input.serie.id, rang: input.serie.rang, ...(input.serie.libelle ? { libelle: input.serie.libelle } : {}) },
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
