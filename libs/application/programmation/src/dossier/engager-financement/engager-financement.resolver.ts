import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { EngagerFinancementInput } from './engager-financement.input';
import { EngagerFinancementCommand } from './engager-financement.command';

/** Use case: engage a voted line outside a convention tranche (staff, or the line's financeur's instructeur). */
@Resolver()
export class EngagerFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Engage a voted line (legal commitment), at most the voted amount.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  engagerFinancement(@Ctx() context: RequestContext, @Args('input') input: EngagerFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EngagerFinancementCommand(context, sansNull(input)));
  }
}
