import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EnregistrerPartenaireInput } from './enregistrer-partenaire.input';
import { EnregistrerPartenaireCommand } from './enregistrer-partenaire.command';

/** Use case: register an organisation: financeur, porteur, signataire (admin); a porteur only (agent, the decider says so). */
@Resolver()
export class EnregistrerPartenaireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Register an organisation (financeur, porteur, signataire or several). Its id is partenaireId, else derived from commandId.',
  })
  @Permit('admin', 'agent')
  enregistrerPartenaire(@Ctx() context: RequestContext, @Args('input') input: EnregistrerPartenaireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerPartenaireCommand(context, sansNull(input)));
  }
}
