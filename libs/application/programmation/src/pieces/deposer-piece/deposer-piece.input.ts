import { Field, InputType } from '@nestjs/graphql';
import type { CiblePiece } from '@cdv/domain-programmation';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';
import { CiblePieceEnum } from '../pieces.enums';

@InputType({ ...programmationScope, description: 'Attaches an uploaded file (its receipt) to a dossier, its bilan or a convention, as a kind of piece.' })
export class DeposerPieceInput extends CommandInput {
  @Field(() => CiblePieceEnum, { description: 'dossier (its deposit), bilan (the dossier’s bilan) or convention.' })
  cible: CiblePiece;

  @Field({ description: 'The dossier’s id (cibles dossier and bilan) or the convention’s.' })
  detenteurId: string;

  @Field({ description: 'A kind of the workspace’s catalogue (cataloguePieces), e.g. "rib".' })
  type: string;

  @Field({ description: 'The receipt the upload endpoint answered (POST /documents/…/fichiers): valid one hour, for its uploader.' })
  fichier: string;

  @Field(() => String, { nullable: true, description: 'The new piece’s id; derived from commandId, or new, when absent.' })
  pieceId?: string | null;
}
