import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { ArreterProgrammationInput } from './arreter-programmation.input';
import { ArreterProgrammationCommand } from './arreter-programmation.command';

/**
 * Use case: the comité decides (EPCI staff record it). One `ProgrammationArretee` event keeps what was decided;
 * then each dossier records its votes, refusals and retenu / non retenu / ajourné, at once and by the reactor.
 */
@Resolver()
export class ArreterProgrammationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayloadAvecEffets, {
    nullable: true,
    description: 'Record the comité’s decisions; the dossiers are updated in the same call (see `effets`).',
  })
  @Permit(...EPCI)
  arreterProgrammation(@Ctx() context: RequestContext, @Args('input') input: ArreterProgrammationInput): Promise<CommandPayloadAvecEffets> {
    return this.commandBus.execute(new ArreterProgrammationCommand(context, sansNull(input)));
  }
}
