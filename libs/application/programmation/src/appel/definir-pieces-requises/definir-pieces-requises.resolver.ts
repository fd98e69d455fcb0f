import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { cibleDeLEtape, type DefinirPiecesRequises } from '@cdv/domain-programmation';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CataloguePieces, typeDuCatalogue } from '../../pieces/catalogue-pieces.service';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { DefinirPiecesRequisesInput } from './definir-pieces-requises.input';

const MAX_PIECES = 100;

/** Use case: the pieces a deposit and a bilan need (EPCI staff); the instruction and the solde check them. */
@Resolver()
export class DefinirPiecesRequisesResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly catalogue: CataloguePieces,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Name the pieces a deposit and a bilan need, per porteur kind (the whole list).' })
  @Permit(...EPCI)
  async definirPiecesRequises(@Ctx() context: RequestContext, @Args('input') input: DefinirPiecesRequisesInput): Promise<CommandPayload> {
    if (input.pieces.length > MAX_PIECES) throw new ApiError('VALIDATION_FAILED', `at most ${MAX_PIECES} required pieces`, { field: 'pieces' });
    const catalogue = await this.catalogue.maintenant(context.tenantId);
    const pieces = input.pieces.map((piece, index) => ({
      type: typeDuCatalogue(catalogue, piece.type, cibleDeLEtape(piece.etape), `pieces[${index}].type`),
      etape: piece.etape,
      porteurKinds: piece.porteurKinds ?? [],
    }));
    const command: DefinirPiecesRequises = {
      type: 'DefinirPiecesRequises',
      data: { annee: input.annee, pieces },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.appel(context, input, input.annee, command);
  }
}
