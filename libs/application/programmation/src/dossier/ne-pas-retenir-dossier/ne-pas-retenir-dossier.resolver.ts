import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { NePasRetenirDossierInput } from './ne-pas-retenir-dossier.input';
import { NePasRetenirDossierCommand } from './ne-pas-retenir-dossier.command';

/** Use case: do not retain a dossier; its pending lines are refused with it (EPCI staff). */
@Resolver()
export class NePasRetenirDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Do not retain a dossier (no line may be voted); its pending lines are refused.' })
  @Permit(...EPCI)
  nePasRetenirDossier(@Ctx() context: RequestContext, @Args('input') input: NePasRetenirDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new NePasRetenirDossierCommand(context, sansNull(input)));
  }
}
