import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { SolderDossierInput } from './solder-dossier.input';
import { SolderDossierCommand } from './solder-dossier.command';

/** Use case: close a dossier after its bilan (EPCI staff); it is read-only afterwards, except corrections. */
@Resolver()
export class SolderDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close (solder) a dossier after its bilan.' })
  @Permit(...EPCI)
  solderDossier(@Ctx() context: RequestContext, @Args('input') input: SolderDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new SolderDossierCommand(context, sansNull(input)));
  }
}
