import { Field, InputType } from '@nestjs/graphql';
import type { CiblePiece } from '@cdv/domain-programmation';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';
import { CiblePieceEnum } from '../pieces.enums';

@InputType({ ...programmationScope, description: 'A kind of piece: an id (lower-case letters, digits, dashes), its label and what it may justify.' })
export class TypePieceInput {
  @Field()
  id: string;

  @Field()
  libelle: string;

  @Field(() => [CiblePieceEnum])
  cibles: CiblePiece[];
}

@InputType({ ...programmationScope, description: 'The whole catalogue of the workspace’s kinds of pieces; replacing a defined one needs a reason.' })
export class DefinirCataloguePiecesInput extends CommandInput {
  @Field(() => [TypePieceInput])
  types: TypePieceInput[];
}
