import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenommerPartenaireInput } from './renommer-partenaire.input';
import { RenommerPartenaireCommand } from './renommer-partenaire.command';

/** Use case: rename an organisation (admin; the former name stays an alias). */
@Resolver()
export class RenommerPartenaireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Rename an organisation; the former name stays searchable as an alias.' })
  @Permit('admin')
  renommerPartenaire(@Ctx() context: RequestContext, @Args('input') input: RenommerPartenaireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RenommerPartenaireCommand(context, sansNull(input)));
  }
}
