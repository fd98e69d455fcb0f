import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AjouterObjectif, cadreDecider, cadreStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterObjectifInput } from './ajouter-objectif.input';

/** Use case: add a node (pilier, orientation, objectif, priorité…) to the current version of a cadre (admin). */
@Resolver()
export class AjouterObjectifResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Add a node to the current version of a cadre stratégique. The payload id is the node id (given, else derived from commandId).',
  })
  @Permit('admin')
  ajouterObjectif(@Ctx() context: RequestContext, @Args('input') input: AjouterObjectifInput): Promise<CommandPayload> {
    const cadreId = idValide('cadreId', input.cadreId);
    const noeudId = nouvelId('noeudId', `noeud:${cadreId}`, context.tenantId, input.noeudId, input.commandId);
    const command: AjouterObjectif = {
      type: 'AjouterObjectif',
      data: {
        version: input.version,
        dimension: input.dimension,
        noeudId,
        parentId: input.parentId ?? null,
        ...(input.niveau !== undefined && input.niveau !== null ? { niveau: input.niveau } : {}),
        code: input.code ?? null,
        libelle: input.libelle,
        libelleAffiche: input.libelleAffiche ?? null,
        variantes: input.variantes ?? [],
        liens: input.liens ?? [],
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision },
      noeudId,
    );
  }
}
