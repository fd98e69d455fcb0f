import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RetirerQpvInput } from './retirer-qpv.input';
import { RetirerQpvCommand } from './retirer-qpv.command';

/** Use case: take a quartier off the priority geography (admin; needs a reason). */
@Resolver()
export class RetirerQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Take a quartier off the priority geography; needs a reason.' })
  @Permit('admin')
  retirerQpv(@Ctx() context: RequestContext, @Args('input') input: RetirerQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RetirerQpvCommand(context, sansNull(input)));
  }
}
