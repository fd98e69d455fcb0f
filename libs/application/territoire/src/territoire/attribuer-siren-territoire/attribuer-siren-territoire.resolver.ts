import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AttribuerSirenTerritoireInput } from './attribuer-siren-territoire.input';
import { AttribuerSirenTerritoireCommand } from './attribuer-siren-territoire.command';

/** Use case: attach the EPCI's SIREN (admin; replacing a known one needs a reason). */
@Resolver()
export class AttribuerSirenTerritoireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach the SIREN of the EPCI; replacing a known SIREN needs a reason.' })
  @Permit('admin')
  attribuerSirenTerritoire(@Ctx() context: RequestContext, @Args('input') input: AttribuerSirenTerritoireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AttribuerSirenTerritoireCommand(context, sansNull(input)));
  }
}
