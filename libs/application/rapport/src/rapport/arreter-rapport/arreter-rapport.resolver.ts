import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { ArreterRapportCommand } from './arreter-rapport.command';
import { ArreterRapportInput } from './arreter-rapport.input';

/**
 * Use case: arrêter the report (EPCI staff). The figures are assembled here, on the server, from the read models at
 * the log position of `arreteAu` — never taken from the client — and frozen whole in the event (ADR 0016).
 */
@Resolver()
export class ArreterRapportResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Arrêter the rapport annuel: its figures are assembled by the server as of `arreteAu` (now by default) and frozen in a new version; reading that version later gives the same numbers.',
  })
  @Permit(...REDACTEURS_RAPPORT)
  arreterRapport(@Ctx() context: RequestContext, @Args('input') input: ArreterRapportInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ArreterRapportCommand(context, sansNull(input)));
  }
}
