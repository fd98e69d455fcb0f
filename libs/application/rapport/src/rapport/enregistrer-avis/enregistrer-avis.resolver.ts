import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { EnregistrerAvisCommand } from './enregistrer-avis.command';
import { EnregistrerAvisInput } from './enregistrer-avis.input';

/** Use case: record a commune's or a conseil citoyen's avis (EPCI staff, who receive the deliberations). */
@Resolver()
export class EnregistrerAvisResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the avis of a recipient of the consultation on the rapport annuel.' })
  @Permit(...REDACTEURS_RAPPORT)
  enregistrerAvisRapport(@Ctx() context: RequestContext, @Args('input') input: EnregistrerAvisInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerAvisCommand(context, sansNull(input)));
  }
}
