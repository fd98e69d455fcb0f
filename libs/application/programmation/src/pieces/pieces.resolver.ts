import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { piecesManquantes, type CiblePiece, type PiecesState, type PorteurKind } from '@cdv/domain-programmation';
import { AsOfArgs } from '@cdv/graphql-common';
import {
  appelFilter,
  appelProjection,
  piecesDesDetenteursQuery,
  piecesProjection,
  type AppelDocument,
  type PieceDocument,
  type TypeDetenteur,
} from '@cdv/projections-programmation';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { Convention, type ConventionSource } from '../convention/convention.types';
import { LECTURE, toActeur, type DossierSource, type LectureDossiers } from '../dossier/dossier.lecture';
import { Dossier } from '../dossier/dossier.types';
import { TOUS_LECTEURS } from '../shared/acces';
import { CataloguePieces as CatalogueLu } from './catalogue-pieces.service';
import { JetonsPieces, type Detenteur } from './liens/jetons-pieces.service';
import { voitLesPiecesRetirees } from './pieces.acces';
import { CiblePieceEnum } from './pieces.enums';
import { CataloguePieces, LienTelechargement, Piece, PieceRequiseDossier, VersionPiece, type PieceSource } from './pieces.types';

/**
 * The pieces of a dossier (its deposit and its bilan) and of a convention, read from the `pieces` read model at the
 * node's read point, batched per request; what a dossier still lacks; the catalogue. The nodes were already
 * checked for the caller (a porteur reaches its own dossiers and conventions only).
 */
@Resolver(() => Dossier)
export class PiecesDuDossierResolver {
  @ResolveField(() => [Piece], { description: 'Its pièces justificatives (deposit and bilan); withdrawn ones for auditors only, when asked.' })
  async pieces(
    @Parent() dossier: DossierSource,
    @Ctx() context: RequestContext,
    @Args('cible', { type: () => CiblePieceEnum, nullable: true, description: 'dossier or bilan; both when absent.' }) cible?: CiblePiece | null,
    @Args('inclureRetirees', { nullable: true, defaultValue: false, description: 'Auditors only: withdrawn pieces too.' }) inclureRetirees?: boolean,
  ): Promise<PieceSource[]> {
    const documents = await piecesDe(dossier[LECTURE], 'dossier', dossier.id);
    return visibles(documents, context, { type: 'dossier', id: dossier.id }, dossier[LECTURE].porteurId !== null, Boolean(inclureRetirees)).filter(
      (piece) => !cible || piece.cible === cible,
    );
  }

  @ResolveField(() => [PieceRequiseDossier], { description: 'The pieces its appel asks for (its porteur’s kind), and whether each is there.' })
  async piecesRequises(@Parent() dossier: DossierSource): Promise<PieceRequiseDossier[]> {
    const lecture = dossier[LECTURE];
    const [appel, documents] = await Promise.all([
      lecture.readModels.readModel<AppelDocument>(appelProjection.name).findOne(appelFilter(dossier.annee)),
      piecesDe(lecture, 'dossier', dossier.id),
    ]);
    const requises = appel?.piecesRequises ?? [];
    const pieces: PiecesState = Object.fromEntries(
      documents.map((document) => [
        document.pieceId,
        { pieceId: document.pieceId, cible: document.cible, type: document.type, statut: document.statut, fichier: document.fichier, versionsPrecedentes: [] },
      ]),
    );
    const kind = dossier.porteur.kind as PorteurKind;
    return (['depot', 'bilan'] as const).flatMap((etape) => {
      const manquantes = new Set(piecesManquantes(pieces, requises, etape, kind).map((type) => type.id));
      return requises
        .filter((requise) => requise.etape === etape && (requise.porteurKinds.length === 0 || requise.porteurKinds.includes(kind)))
        .map((requise) => ({ type: requise.type, etape, fournie: !manquantes.has(requise.type.id) }));
    });
  }
}

@Resolver(() => Convention)
export class PiecesDeConventionResolver {
  @ResolveField(() => [Piece], { description: 'Its pièces justificatives (the signed convention…); withdrawn ones for auditors only, when asked.' })
  async pieces(
    @Parent() convention: ConventionSource,
    @Ctx() context: RequestContext,
    @Args('inclureRetirees', { nullable: true, defaultValue: false, description: 'Auditors only: withdrawn pieces too.' }) inclureRetirees?: boolean,
  ): Promise<PieceSource[]> {
    const lecture = convention[LECTURE];
    const documents = await piecesDe(lecture, 'convention', convention.id);
    return visibles(documents, context, { type: 'convention', id: convention.id }, lecture.porteurId !== null, Boolean(inclureRetirees));
  }
}

@Resolver(() => Piece)
export class PieceResolver {
  constructor(private readonly jetons: JetonsPieces) {}

  @ResolveField(() => LienTelechargement, {
    description: 'A link to download the current file, signed for the caller, valid a few minutes (DOCUMENT_LINK_TTL_SECONDS).',
  })
  lien(@Parent() piece: PieceSource, @Ctx() context: RequestContext): Promise<LienTelechargement> {
    return lienPour(this.jetons, context, piece, piece.fichier.sha256);
  }
}

@Resolver(() => VersionPiece)
export class VersionPieceResolver {
  constructor(private readonly jetons: JetonsPieces) {}

  @ResolveField(() => LienTelechargement, { description: 'A link to download this version’s file (signed, short-lived).' })
  lien(@Parent() version: VersionPiece & { piece: PieceSource }, @Ctx() context: RequestContext): Promise<LienTelechargement> {
    return lienPour(this.jetons, context, version.piece, version.fichier.sha256);
  }
}

@Resolver(() => CataloguePieces)
export class CataloguePiecesResolver {
  constructor(private readonly catalogue: CatalogueLu) {}

  @Query(() => CataloguePieces, {
    description: 'The kinds of pieces of the workspace (the default catalogue until admins define one), now or as of a past point.',
  })
  @Permit(...TOUS_LECTEURS)
  async cataloguePieces(@Ctx() context: RequestContext, @Args() at: AsOfArgs): Promise<CataloguePieces> {
    const { types, version } = await this.catalogue.au(context.tenantId, at);
    return { version, types: types.map((type) => ({ ...type, cibles: [...type.cibles] })) };
  }
}

function lienPour(jetons: JetonsPieces, context: RequestContext, piece: PieceSource, sha256: string): Promise<LienTelechargement> {
  return jetons.lien({
    tenant: context.tenantId,
    detenteur: piece.detenteur,
    pieceId: piece.id,
    sha256,
    vue: voitLesPiecesRetirees(context) ? 'auditeur' : 'standard',
    sub: context.identity.sub,
  });
}

/** What the caller may see: active pieces, withdrawn ones too for auditors who ask; actors hidden from porteurs. */
function visibles(
  documents: readonly PieceDocument[],
  context: RequestContext,
  detenteur: Detenteur,
  vuePorteur: boolean,
  inclureRetirees: boolean,
): PieceSource[] {
  const retirees = inclureRetirees && voitLesPiecesRetirees(context);
  return documents
    .filter((document) => document.statut === 'active' || retirees)
    .map((document) => {
      const piece: PieceSource = {
        detenteur,
        id: document.pieceId,
        cible: document.cible,
        type: document.type,
        statut: document.statut,
        fichier: document.fichier,
        deposeLe: document.deposeLe,
        deposePar: vuePorteur ? null : toActeur(document.deposePar),
        modifieLe: document.modifieLe,
        retireeLe: document.retrait?.le ?? null,
        motifRetrait: document.retrait?.motif ?? null,
        versions: [],
      };
      piece.versions = document.versions.map((version) => ({
        fichier: version.fichier,
        deposeLe: version.deposeLe,
        deposePar: vuePorteur ? null : toActeur(version.deposePar),
        remplaceeLe: version.remplaceeLe,
        motifRemplacement: version.motifRemplacement,
        piece,
      }));
      return piece;
    });
}

/** One DataLoader per reading (a request's read point) and kind of holder: a page of dossiers costs one query. */
const chargeurs = new WeakMap<LectureDossiers, Map<TypeDetenteur, DataLoader<string, PieceDocument[]>>>();

function piecesDe(lecture: LectureDossiers, type: TypeDetenteur, id: string): Promise<PieceDocument[]> {
  let parType = chargeurs.get(lecture);
  if (!parType) chargeurs.set(lecture, (parType = new Map()));
  let chargeur = parType.get(type);
  if (!chargeur) {
    chargeur = new DataLoader(async (ids: readonly string[]) => {
      const { filter, sort } = piecesDesDetenteursQuery(type, ids, { inclureRetirees: true });
      const documents = await lecture.readModels.readModel<PieceDocument>(piecesProjection.name).find(filter, { sort });
      return ids.map((candidate) => documents.filter((document) => document.detenteur.id === candidate));
    });
    parType.set(type, chargeur);
  }
  return chargeur.load(id);
}
