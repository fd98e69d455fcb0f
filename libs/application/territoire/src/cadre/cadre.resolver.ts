import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApiError, AsOfArgs } from '@cdv/graphql-common';
import {
  arbre,
  cadreStrategiqueProjection,
  cadreStrategiqueQuery,
  versionsCadreQuery,
  type CadreStrategiqueDocument,
  type NoeudArbre,
} from '@cdv/projections-territoire';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { LecturesTerritoire, lectureDe, type Lecture } from '../shared/lecture';
import { CadreStrategique, CadreStrategiqueNoeud, CadreStrategiqueVersion } from './cadre.types';

/** Queries of the cadre stratégique: one version as a tree, its versions, its mappings. */
@Resolver(() => CadreStrategique)
export class CadreStrategiqueResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => CadreStrategique, {
    nullable: true,
    description: 'A version of a cadre stratégique (the current one unless version is given). cadreId may be left out when the territory has one cadre.',
  })
  @Permit(...READERS)
  async cadreStrategique(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('cadreId', { type: () => String, nullable: true }) cadreId?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<CadreStrategique | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const id = cadreId ?? (await seulCadre(lecture));
    if (!id) return null;
    const { filter } = cadreStrategiqueQuery(id, version ?? undefined);
    const document = await lecture.readModel<CadreStrategiqueDocument>(cadreStrategiqueProjection.name).findOne(filter);
    return document ? toCadre(lecture, document) : null;
  }

  @Query(() => [CadreStrategique], { description: 'The current version of every cadre stratégique of the territory.' })
  @Permit(...READERS)
  async cadresStrategiques(@Ctx() context: RequestContext, @Context('req') req: object, @Args() at: AsOfArgs): Promise<CadreStrategique[]> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const cadres = lecture.readModel<CadreStrategiqueDocument>(cadreStrategiqueProjection.name);
    const courants = await Promise.all((await cadreIds(lecture)).map((id) => cadres.findOne(cadreStrategiqueQuery(id).filter)));
    return courants.filter((d): d is CadreStrategiqueDocument => !!d).map((document) => toCadre(lecture, document));
  }

  @ResolveField(() => [CadreStrategiqueVersion], { description: 'Every version of this cadre, newest first.' })
  async versions(@Parent() cadre: CadreStrategique): Promise<CadreStrategiqueVersion[]> {
    const lecture = lectureDe(cadre);
    const { filter, sort } = versionsCadreQuery(cadre.cadreId);
    const documents = await lecture
      .readModel<CadreStrategiqueDocument>(cadreStrategiqueProjection.name)
      .find(filter, { sort, projection: { version: 1, intitule: 1, statut: 1, remplaceePar: 1 } });
    return documents.map((d) => ({ version: d.version, intitule: d.intitule, statut: d.statut, remplaceePar: d.remplaceePar }));
  }
}

async function cadreIds(lecture: Lecture): Promise<string[]> {
  const documents = await lecture
    .readModel<CadreStrategiqueDocument>(cadreStrategiqueProjection.name)
    .find({}, { projection: { cadreId: 1 }, sort: { cadreId: 1 } });
  return [...new Set(documents.map((d) => d.cadreId))];
}

/** Most territories have one cadre: it is the default; with several, the caller must say which. */
async function seulCadre(lecture: Lecture): Promise<string | null> {
  const ids = await cadreIds(lecture);
  if (ids.length > 1) throw new ApiError('VALIDATION_FAILED', `this territory has several cadres (${ids.join(', ')}): give cadreId`, { field: 'cadreId' });
  return ids[0] ?? null;
}

function toNoeud(noeud: NoeudArbre): CadreStrategiqueNoeud {
  return {
    id: noeud.noeudId,
    dimension: noeud.dimension,
    parentId: noeud.parentId,
    niveau: noeud.niveau,
    niveauLibelle: noeud.niveauLibelle,
    code: noeud.code,
    libelle: noeud.libelle,
    libelleAffiche: noeud.libelleAffiche,
    variantes: noeud.variantes,
    liens: noeud.liens,
    enfants: noeud.sousNoeuds.map(toNoeud),
    ordre: noeud.ordre,
  };
}

function aplatir(noeuds: readonly CadreStrategiqueNoeud[]): CadreStrategiqueNoeud[] {
  return noeuds.flatMap((noeud) => [noeud, ...aplatir(noeud.enfants)]);
}

export function toCadre(lecture: Lecture, document: CadreStrategiqueDocument): CadreStrategique {
  const dimensions = document.dimensions.map((dimension) => ({
    code: dimension.code,
    libelle: dimension.libelle,
    niveaux: dimension.niveaux,
    racines: arbre(document, dimension.code).map(toNoeud),
  }));
  return lecture.attacher<CadreStrategique>({
    id: document._id,
    cadreId: document.cadreId,
    version: document.version,
    intitule: document.intitule,
    contratId: document.contratId,
    validations: document.validations.map((v) => ({ ...v })),
    statut: document.statut,
    remplaceePar: document.remplaceePar,
    dimensions,
    noeuds: aplatir(dimensions.flatMap((d) => d.racines)).sort((a, b) => a.ordre - b.ordre),
    correspondancesSortantes: document.correspondancesSortantes.map((c) => ({
      versionSource: document.version,
      versionCible: c.versionCible,
      de: c.de,
      vers: c.vers,
    })),
    correspondancesEntrantes: document.correspondancesEntrantes.map((c) => ({
      versionSource: c.versionSource,
      versionCible: document.version,
      de: c.de,
      vers: c.vers,
    })),
  });
}
