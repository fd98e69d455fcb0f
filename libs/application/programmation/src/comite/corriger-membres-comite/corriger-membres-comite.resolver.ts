import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { CorrigerMembresComiteInput } from './corriger-membres-comite.input';
import { CorrigerMembresComiteCommand } from './corriger-membres-comite.command';

/** Use case: correct a comité's members after its convocation (EPCI staff, with a reason); names from the référentiel. */
@Resolver()
export class CorrigerMembresComiteResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Correct the members of a convened comité, with a reason (its past decisions stand).' })
  @Permit(...EPCI)
  corrigerMembresComite(@Ctx() context: RequestContext, @Args('input') input: CorrigerMembresComiteInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CorrigerMembresComiteCommand(context, sansNull(input)));
  }
}
