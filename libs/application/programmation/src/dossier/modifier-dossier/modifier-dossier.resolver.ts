import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ModifierDossierInput } from './modifier-dossier.input';
import { ModifierDossierCommand } from './modifier-dossier.command';

/** Use case: change a dossier's description (its porteur before instruction; staff with a reason during it). */
@Resolver()
export class ModifierDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Change a dossier’s fields; the event records each field before and after.' })
  @Permit(...EPCI_ET_PORTEUR)
  modifierDossier(@Ctx() context: RequestContext, @Args('input') input: ModifierDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ModifierDossierCommand(context, sansNull(input)));
  }
}
