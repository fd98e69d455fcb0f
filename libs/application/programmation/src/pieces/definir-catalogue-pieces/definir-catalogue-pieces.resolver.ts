import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { cataloguePiecesDecider, cataloguePiecesStream, type DefinirCataloguePieces } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CONFIGURATION } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { DefinirCataloguePiecesInput } from './definir-catalogue-pieces.input';

/** Use case: the workspace's kinds of pieces (admin); pieces already deposited keep their label. */
@Resolver()
export class DefinirCataloguePiecesResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly gateway: CommandGateway,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Define the workspace’s catalogue of kinds of pieces (the whole list).' })
  @Permit(...CONFIGURATION)
  definirCataloguePieces(@Ctx() context: RequestContext, @Args('input') input: DefinirCataloguePiecesInput): Promise<CommandPayload> {
    const command: DefinirCataloguePieces = {
      type: 'DefinirCataloguePieces',
      data: { types: input.types.map((type) => ({ id: type.id, libelle: type.libelle, cibles: type.cibles })) },
      metadata: this.commands.metadata(context, input),
    };
    return this.gateway.execute(
      { decider: cataloguePiecesDecider, stream: cataloguePiecesStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      'catalogue-pieces',
    );
  }
}
