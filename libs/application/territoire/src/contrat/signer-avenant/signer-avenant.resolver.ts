import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { SignerAvenantInput } from './signer-avenant.input';
import { SignerAvenantCommand } from './signer-avenant.command';

/** Use case: record the signatures of an avenant (admin). */
@Resolver()
export class SignerAvenantResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the signatures of an avenant (possibly gathered over months).' })
  @Permit('admin')
  signerAvenant(@Ctx() context: RequestContext, @Args('input') input: SignerAvenantInput): Promise<CommandPayload> {
    return this.commandBus.execute(new SignerAvenantCommand(context, sansNull(input)));
  }
}
