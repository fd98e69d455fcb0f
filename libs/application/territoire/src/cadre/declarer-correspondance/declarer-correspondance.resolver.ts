import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { cadreDecider, cadreStream, type DeclarerCorrespondance } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DeclarerCorrespondanceInput } from './declarer-correspondance.input';

/** Use case: map the nodes of one version of a cadre to those of a later one (admin). */
@Resolver()
export class DeclarerCorrespondanceResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Map nodes of an older version of the cadre to nodes of a newer one, so old tags can be read in the new tree.',
  })
  @Permit('admin')
  declarerCorrespondance(@Ctx() context: RequestContext, @Args('input') input: DeclarerCorrespondanceInput): Promise<CommandPayload> {
    const cadreId = idValide('cadreId', input.cadreId);
    const command: DeclarerCorrespondance = {
      type: 'DeclarerCorrespondance',
      data: {
        versionSource: input.versionSource,
        versionCible: input.versionCible,
        correspondances: input.correspondances.map((c) => ({ de: c.de, vers: c.vers })),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision },
      cadreId,
    );
  }
}
