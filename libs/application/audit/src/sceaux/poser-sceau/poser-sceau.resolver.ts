import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { SceauPosePayload } from '../../graphql/audit.types';
import { PoserSceauCommand } from './poser-sceau.command';
import { PoserSceauInput } from './poser-sceau.input';

/** Use case: seal the workspace now (admin, agent). */
@Resolver()
export class PoserSceauResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => SceauPosePayload, {
    nullable: true,
    description: 'Seals the workspace now: records the Merkle root of every stream head (no-op when nothing changed).',
  })
  @Permit('admin', 'agent')
  poserSceau(@Ctx() context: RequestContext, @Args() input: PoserSceauInput): Promise<SceauPosePayload> {
    return this.commandBus.execute(new PoserSceauCommand(context, sansNull(input)));
  }
}
