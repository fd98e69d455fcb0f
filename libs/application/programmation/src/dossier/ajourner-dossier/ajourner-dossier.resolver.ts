import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { AjournerDossierInput } from './ajourner-dossier.input';
import { AjournerDossierCommand } from './ajourner-dossier.command';

/** Use case: postpone a dossier to a later year's appel (EPCI staff). */
@Resolver()
export class AjournerDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Postpone a dossier to a later year (next year by default).' })
  @Permit(...EPCI)
  ajournerDossier(@Ctx() context: RequestContext, @Args('input') input: AjournerDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AjournerDossierCommand(context, sansNull(input)));
  }
}
