import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { TransmettreRapportCommand } from './transmettre-rapport.command';
import { TransmettreRapportInput } from './transmettre-rapport.input';

/** Use case: record the transmission of the adopted report (EPCI staff). */
@Resolver()
export class TransmettreRapportResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the transmission of the adopted rapport annuel.' })
  @Permit(...REDACTEURS_RAPPORT)
  transmettreRapport(@Ctx() context: RequestContext, @Args('input') input: TransmettreRapportInput): Promise<CommandPayload> {
    return this.commandBus.execute(new TransmettreRapportCommand(context, sansNull(input)));
  }
}
