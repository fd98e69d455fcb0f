import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { RattacherDossierAConventionInput } from './rattacher-dossier-a-convention.input';
import { RattacherDossierAConventionCommand } from './rattacher-dossier-a-convention.command';

/** Use case: link a later year's dossier to a CPO (EPCI staff); the dossier becomes conventionné in the same call. */
@Resolver()
export class RattacherDossierAConventionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayloadAvecEffets, { nullable: true, description: 'Link a dossier of a later year to a CPO (see `effets`).' })
  @Permit(...EPCI)
  rattacherDossierAConvention(@Ctx() context: RequestContext, @Args('input') input: RattacherDossierAConventionInput): Promise<CommandPayloadAvecEffets> {
    return this.commandBus.execute(new RattacherDossierAConventionCommand(context, sansNull(input)));
  }
}
