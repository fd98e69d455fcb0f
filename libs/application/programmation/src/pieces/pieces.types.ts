import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CiblePiece, EtapePieceRequise, PorteurKind, TypeMediaPiece } from '@cdv/domain-programmation';
import { DateTimeScalar } from '@cdv/graphql-common';
import { ActeurProgrammation } from '../dossier/dossier.types';
import { programmationScope } from '../programmation.graphql-scope';
import { PorteurKindEnum } from '../shared/programmation.enums';
import { TagProgrammation } from '../shared/programmation.types';
import type { Detenteur } from './liens/jetons-pieces.service';
import { CiblePieceEnum, EtapePieceRequiseEnum, StatutPieceEnum } from './pieces.enums';

@ObjectType({ ...programmationScope, description: 'A file as the platform keeps it: its name is metadata only; its type was read from its bytes.' })
export class FichierPiece {
  @Field({ description: 'The name the file was sent with (sanitised).' })
  nom: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  taille: number;

  @Field(() => String, { description: 'Media type detected from the content (application/pdf, image/png…).' })
  typeMedia: TypeMediaPiece;

  @Field({ description: 'SHA-256 of the bytes (hex): recorded in the event, checked by `verification`, listed in evidence bundles.' })
  sha256: string;
}

@ObjectType({ ...programmationScope, description: 'A signed download link: GET it (no token needed) before it expires.' })
export class LienTelechargement {
  @Field({ description: 'Path to GET on this server, e.g. /documents/liens/<token>.' })
  url: string;

  @Field(() => DateTimeScalar)
  expireLe: string;
}

@ObjectType({ ...programmationScope, description: 'One file a piece has had (the first deposit, then each replacement).' })
export class VersionPiece {
  @Field(() => FichierPiece)
  fichier: FichierPiece;

  @Field(() => DateTimeScalar)
  deposeLe: string;

  @Field(() => ActeurProgrammation, { nullable: true, description: 'Null in a porteur’s view.' })
  deposePar: ActeurProgrammation | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a later version replaced it.' })
  remplaceeLe: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was replaced.' })
  motifRemplacement: string | null;
}

@ObjectType({ ...programmationScope, description: 'A pièce justificative of a dossier, of its bilan or of a convention.' })
export class Piece {
  @Field()
  id: string;

  @Field(() => CiblePieceEnum)
  cible: CiblePiece;

  @Field(() => TagProgrammation, { description: 'Its kind in the workspace’s catalogue, with the label it had when deposited.' })
  type: TagProgrammation;

  @Field(() => StatutPieceEnum)
  statut: 'active' | 'retiree';

  @Field(() => FichierPiece, { description: 'The current file.' })
  fichier: FichierPiece;

  @Field(() => DateTimeScalar)
  deposeLe: string;

  @Field(() => ActeurProgrammation, { nullable: true, description: 'Null in a porteur’s view.' })
  deposePar: ActeurProgrammation | null;

  @Field(() => DateTimeScalar)
  modifieLe: string;

  @Field(() => DateTimeScalar, { nullable: true })
  retireeLe: string | null;

  @Field(() => String, { nullable: true })
  motifRetrait: string | null;

  @Field(() => [VersionPiece], { description: 'Every file this piece has had, oldest first; the last one is the current file.' })
  versions: VersionPiece[];
}

/** A Piece node and where it belongs (the download link names them). */
export type PieceSource = Piece & { detenteur: Detenteur };

@ObjectType({ ...programmationScope, description: 'A piece the dossier’s appel asks for, and whether an active piece of that kind is there.' })
export class PieceRequiseDossier {
  @Field(() => TagProgrammation)
  type: TagProgrammation;

  @Field(() => EtapePieceRequiseEnum)
  etape: EtapePieceRequise;

  @Field()
  fournie: boolean;
}

@ObjectType({ ...programmationScope, description: 'A piece the appel asks for, from some porteur kinds (all when the list is empty).' })
export class PieceRequiseAppel {
  @Field(() => TagProgrammation)
  type: TagProgrammation;

  @Field(() => EtapePieceRequiseEnum)
  etape: EtapePieceRequise;

  @Field(() => [PorteurKindEnum])
  porteurKinds: PorteurKind[];
}

@ObjectType({ ...programmationScope, description: 'A kind of piece of the workspace’s catalogue.' })
export class TypePiece {
  @Field()
  id: string;

  @Field()
  libelle: string;

  @Field(() => [CiblePieceEnum], { description: 'What a piece of this kind may justify.' })
  cibles: CiblePiece[];
}

@ObjectType({ ...programmationScope, description: 'The kinds of pieces the workspace uses.' })
export class CataloguePieces {
  @Field(() => Int, { description: '0 while the workspace uses the default catalogue.' })
  version: number;

  @Field(() => [TypePiece])
  types: TypePiece[];
}
