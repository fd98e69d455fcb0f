import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { RefuserFinancementInput } from './refuser-financement.input';
import { RefuserFinancementCommand } from './refuser-financement.command';

/** Use case: refuse a line (staff, or the line's financeur's instructeur). */
@Resolver()
export class RefuserFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Refuse a financing line (its financeur’s instructeur, or staff).' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  refuserFinancement(@Ctx() context: RequestContext, @Args('input') input: RefuserFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RefuserFinancementCommand(context, sansNull(input)));
  }
}
