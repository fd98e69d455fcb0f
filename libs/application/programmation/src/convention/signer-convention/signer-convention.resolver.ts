import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { SignerConventionInput } from './signer-convention.input';
import { SignerConventionCommand } from './signer-convention.command';

/** Use case: sign a convention (EPCI staff); its dossiers become conventionnés in the same call. */
@Resolver()
export class SignerConventionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayloadAvecEffets, { nullable: true, description: 'Sign a convention or CPO; its dossiers move to conventionne (see `effets`).' })
  @Permit(...EPCI)
  signerConvention(@Ctx() context: RequestContext, @Args('input') input: SignerConventionInput): Promise<CommandPayloadAvecEffets> {
    return this.commandBus.execute(new SignerConventionCommand(context, sansNull(input)));
  }
}
