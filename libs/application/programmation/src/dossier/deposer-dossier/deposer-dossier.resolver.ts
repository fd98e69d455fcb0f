import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { DeposerDossierInput } from './deposer-dossier.input';
import { DeposerDossierCommand } from './deposer-dossier.command';

/**
 * Use case: deposit a dossier (porteur for its organisation, or EPCI staff for any porteur). The application reads
 * the appel's state from its stream and the porteur's label from the référentiel; the decider rules on dates.
 */
@Resolver()
export class DeposerDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Deposit a dossier in the year’s appel; after closing, a reason is required (late deposit).' })
  @Permit(...EPCI_ET_PORTEUR)
  deposerDossier(@Ctx() context: RequestContext, @Args('input') input: DeposerDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeposerDossierCommand(context, sansNull(input)));
  }
}
