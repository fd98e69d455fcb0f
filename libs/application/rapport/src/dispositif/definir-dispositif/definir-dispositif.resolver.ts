import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { DefinirDispositifCommand } from './definir-dispositif.command';
import { DefinirDispositifInput } from './definir-dispositif.input';

/** Use case: define an EPCI fund the report accounts for (EPCI staff). */
@Resolver()
export class DefinirDispositifResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Define (or redefine, with a reason) an EPCI fund: fonds de cohésion sociale, fonds de concours.',
  })
  @Permit(...REDACTEURS_RAPPORT)
  definirDispositif(@Ctx() context: RequestContext, @Args('input') input: DefinirDispositifInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirDispositifCommand(context, sansNull(input)));
  }
}
