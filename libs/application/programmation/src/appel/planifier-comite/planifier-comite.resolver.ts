import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { PlanifierComite } from '@cdv/domain-programmation';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { PlanifierComiteInput } from './planifier-comite.input';

/** Use case: plan a comité des financeurs in the appel's calendar (EPCI staff). */
@Resolver()
export class PlanifierComiteResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Add a comité to the calendar of the year’s appel.' })
  @Permit(...EPCI)
  planifierComite(@Ctx() context: RequestContext, @Args('input') input: PlanifierComiteInput): Promise<CommandPayload> {
    const command: PlanifierComite = {
      type: 'PlanifierComite',
      data: {
        annee: input.annee,
        comiteId: nouvelId('comiteId', 'comite', context.tenantId, input.comiteId, input.commandId),
        date: input.date,
        libelle: input.libelle,
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.appel(context, input, input.annee, command);
  }
}
