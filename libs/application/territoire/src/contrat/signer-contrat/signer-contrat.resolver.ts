import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { SignerContratInput } from './signer-contrat.input';
import { SignerContratCommand } from './signer-contrat.command';

/** Use case: record the signature of the contract (admin). */
@Resolver()
export class SignerContratResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the signature of the contract: its signatories, or only their stated number.' })
  @Permit('admin')
  signerContrat(@Ctx() context: RequestContext, @Args('input') input: SignerContratInput): Promise<CommandPayload> {
    return this.commandBus.execute(new SignerContratCommand(context, sansNull(input)));
  }
}
