import { Field, InputType } from '@nestjs/graphql';
import type { CiblePiece } from '@cdv/domain-programmation';
import { CommandInput } from '@cdv/graphql-common';
import { CiblePieceEnum } from './pieces.enums';

/** What names an existing piece: the holder (by cible and id) and the piece's id. */
@InputType({ isAbstract: true })
export abstract class PieceExistanteInput extends CommandInput {
  @Field(() => CiblePieceEnum, { description: 'dossier or bilan (the piece is on the dossier), or convention.' })
  cible: CiblePiece;

  @Field({ description: 'The dossier’s id (cibles dossier and bilan) or the convention’s.' })
  detenteurId: string;

  @Field()
  pieceId: string;
}
