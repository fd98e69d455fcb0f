import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { EnregistrerVersementInput } from './enregistrer-versement.input';
import { EnregistrerVersementCommand } from './enregistrer-versement.command';

/** Use case: record a payment (avance, acompte, solde) on an engaged line (staff, or the line's financeur's instructeur). */
@Resolver()
export class EnregistrerVersementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record a versement on an engaged line.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  enregistrerVersement(@Ctx() context: RequestContext, @Args('input') input: EnregistrerVersementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerVersementCommand(context, sansNull(input)));
  }
}
