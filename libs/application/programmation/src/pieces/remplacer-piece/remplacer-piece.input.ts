import { Field, InputType } from '@nestjs/graphql';
import { programmationScope } from '../../programmation.graphql-scope';
import { PieceExistanteInput } from '../piece.input';

@InputType({
  ...programmationScope,
  description: 'Replaces a piece’s file with an uploaded one (reason required); the previous file stays in the audit trail.',
})
export class RemplacerPieceInput extends PieceExistanteInput {
  @Field({ description: 'The receipt of the new file (POST /documents/…/fichiers).' })
  fichier: string;
}
