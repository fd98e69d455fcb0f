import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { RetenirDossierInput } from './retenir-dossier.input';
import { RetenirDossierCommand } from './retenir-dossier.command';

/** Use case: retain a dossier with at least one voted line, outside a comité decision (EPCI staff). */
@Resolver()
export class RetenirDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Retain a dossier (at least one line must be voted).' })
  @Permit(...EPCI)
  retenirDossier(@Ctx() context: RequestContext, @Args('input') input: RetenirDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RetenirDossierCommand(context, sansNull(input)));
  }
}
