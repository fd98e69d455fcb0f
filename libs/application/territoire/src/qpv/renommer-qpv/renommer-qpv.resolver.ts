import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenommerQpvInput } from './renommer-qpv.input';
import { RenommerQpvCommand } from './renommer-qpv.command';

/** Use case: rename a quartier on the map (admin; the former name stays an alias). */
@Resolver()
export class RenommerQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Rename a quartier on the map; the former name stays searchable as an alias.' })
  @Permit('admin')
  renommerQpv(@Ctx() context: RequestContext, @Args('input') input: RenommerQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RenommerQpvCommand(context, sansNull(input)));
  }
}
