import { Field, InputType, Int } from '@nestjs/graphql';
import type { EtapePieceRequise, PorteurKind } from '@cdv/domain-programmation';
import { CommandInput } from '@cdv/graphql-common';
import { EtapePieceRequiseEnum } from '../../pieces/pieces.enums';
import { programmationScope } from '../../programmation.graphql-scope';
import { PorteurKindEnum } from '../../shared/programmation.enums';

@InputType({ ...programmationScope, description: 'A piece the appel asks for: a kind of the catalogue, when, and from which porteur kinds.' })
export class PieceRequiseInput {
  @Field({ description: 'A kind of the workspace’s catalogue (cataloguePieces) that can justify a dossier (depot) or a bilan (bilan).' })
  type: string;

  @Field(() => EtapePieceRequiseEnum)
  etape: EtapePieceRequise;

  @Field(() => [PorteurKindEnum], { nullable: true, description: 'Empty or absent: every porteur kind.' })
  porteurKinds?: PorteurKind[] | null;
}

@InputType({ ...programmationScope, description: 'The pieces the appel asks for (the whole list); changing a published list needs a reason.' })
export class DefinirPiecesRequisesInput extends CommandInput {
  @Field(() => Int)
  annee: number;

  @Field(() => [PieceRequiseInput])
  pieces: PieceRequiseInput[];
}
