import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { EngagerTrancheInput } from './engager-tranche.input';
import { EngagerTrancheCommand } from './engager-tranche.command';

/** Use case: engage a tranche (staff, or the signing financeur's instructeur); the dossier's line is engaged at once. */
@Resolver()
export class EngagerTrancheResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayloadAvecEffets, { nullable: true, description: 'Engage a yearly tranche of a convention (see `effets`: the line’s engagement).' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  engagerTranche(@Ctx() context: RequestContext, @Args('input') input: EngagerTrancheInput): Promise<CommandPayloadAvecEffets> {
    return this.commandBus.execute(new EngagerTrancheCommand(context, sansNull(input)));
  }
}
