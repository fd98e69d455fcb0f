import { DefinirPiecesRequisesResolver } from '../appel/definir-pieces-requises/definir-pieces-requises.resolver';
import { DefinirPiecesRequisesHandler } from '../appel/definir-pieces-requises/definir-pieces-requises.handler';
import { CataloguePieces } from './catalogue-pieces.service';
import { DefinirCataloguePiecesResolver } from './definir-catalogue-pieces/definir-catalogue-pieces.resolver';
import { DefinirCataloguePiecesHandler } from './definir-catalogue-pieces/definir-catalogue-pieces.handler';
import { DeposerPieceResolver } from './deposer-piece/deposer-piece.resolver';
import { DeposerPieceHandler } from './deposer-piece/deposer-piece.handler';
import { DetenteursPieces } from './detenteurs-pieces.service';
import { DocumentsController } from './http/documents.controller';
import { Telechargements } from './http/telechargement.service';
import { Televersements } from './http/televersement.service';
import { JetonsPieces } from './liens/jetons-pieces.service';
import { PiecesCommands } from './pieces-commands.service';
import { PiecesRequisesContexte } from './pieces-requises.service';
import { CataloguePiecesResolver, PieceResolver, PiecesDeConventionResolver, PiecesDuDossierResolver, VersionPieceResolver } from './pieces.resolver';
import { RemplacerPieceResolver } from './remplacer-piece/remplacer-piece.resolver';
import { RemplacerPieceHandler } from './remplacer-piece/remplacer-piece.handler';
import { RetirerPieceResolver } from './retirer-piece/retirer-piece.resolver';
import { RetirerPieceHandler } from './retirer-piece/retirer-piece.handler';

/**
 * The pièces justificatives of the programmation module (docs/adr/0022-pieces-justificatives.md): their services,
 * queries, mutations and the document endpoints. Declared in ProgrammationModule itself, whose subgraph serves them.
 */
export const PIECES_PROVIDERS = [
  DetenteursPieces,
  CataloguePieces,
  PiecesRequisesContexte,
  JetonsPieces,
  PiecesCommands,
  Televersements,
  Telechargements,
  PiecesDuDossierResolver,
  PiecesDeConventionResolver,
  PieceResolver,
  VersionPieceResolver,
  CataloguePiecesResolver,
  DeposerPieceResolver,
  DeposerPieceHandler,
  RemplacerPieceResolver,
  RemplacerPieceHandler,
  RetirerPieceResolver,
  RetirerPieceHandler,
  DefinirCataloguePiecesResolver,
  DefinirCataloguePiecesHandler,
  DefinirPiecesRequisesResolver,
  DefinirPiecesRequisesHandler,
];

export const PIECES_CONTROLLERS = [DocumentsController];
