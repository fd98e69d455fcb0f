import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { cadreDecider, cadreStream, type DefinirLibelleAffiche } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DefinirLibelleAfficheInput } from './definir-libelle-affiche.input';

/** Use case: set the label shown for a node of the current version (admin). */
@Resolver()
export class DefinirLibelleAfficheResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Set (or clear, with null) the label shown for a node; the source label stays verbatim.' })
  @Permit('admin')
  definirLibelleAffiche(@Ctx() context: RequestContext, @Args('input') input: DefinirLibelleAfficheInput): Promise<CommandPayload> {
    const cadreId = idValide('cadreId', input.cadreId);
    const noeudId = idValide('noeudId', input.noeudId);
    const command: DefinirLibelleAffiche = {
      type: 'DefinirLibelleAffiche',
      data: { noeudId, libelleAffiche: input.libelleAffiche ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision },
      noeudId,
    );
  }
}
