import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ApiError, AsOfArgs, MAX_PAGE_SIZE } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import {
  conventionProjection,
  dossierListFilter,
  dossierListProjection,
  InvalidCursor,
  porteurDossiersQuery,
  porteurSummaryPipeline,
  withExactSums,
  toConnection as toPage,
  type ConventionDocument,
  type DossierListDocument,
  type MongoFind,
} from '@cdv/projections-programmation';
import { partenairesProjection, type PartenaireDocument } from '@cdv/projections-territoire';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { conventionsQuery } from '../convention/convention.queries';
import { toConvention } from '../convention/convention.types';
import { LectureDossiers } from '../dossier/dossier.lecture';
import { porteurVu } from '../dossier/dossier.resolver';
import { LECTEURS_DOSSIERS } from '../shared/acces';
import { porteurDe } from '../shared/referentiel.service';
import { EspacePorteur, EspacePorteurAnnee } from './espace-porteur.types';

/**
 * The porteur's own space (porteur.queries.ts shapes: the porteur filter is forced). A porteur reads only its
 * organisation's; staff, instructeurs and auditors read any porteur's by id.
 */
@Resolver(() => EspacePorteur)
export class EspacePorteurResolver {
  constructor(private readonly readModels: ReadModelsService) {}

  @Query(() => EspacePorteur, { description: 'A porteur’s view: its years, dossiers (Relay) and conventions. A porteur gets its own.' })
  @Permit(...LECTEURS_DOSSIERS)
  async espacePorteur(
    @Ctx() context: RequestContext,
    @Args() at: AsOfArgs,
    @Args('porteurId', { type: () => String, nullable: true, description: 'Required for staff; a porteur’s own organisation otherwise.' })
    porteurId?: string | null,
    @Args('annee', { type: () => Int, nullable: true, description: 'Narrows the dossiers to one year.' }) annee?: number | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EspacePorteur> {
    const propre = porteurVu(context);
    if (propre && porteurId && porteurId !== propre) throw new ApiError('NOT_FOUND', `Porteur ${porteurId} not found`, { what: 'Porteur', id: porteurId });
    const id = propre ?? porteurId;
    if (!id) throw new ApiError('VALIDATION_FAILED', 'porteurId is required', { field: 'porteurId' });
    if (first !== undefined && first !== null && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)) {
      throw new ApiError('VALIDATION_FAILED', `first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    }
    const lecture = new LectureDossiers(await this.readModels.at(context.tenantId, at), id);
    const args = { filter: annee ? { annee } : {}, ...(first ? { first } : {}), ...(after ? { after } : {}) };
    let query: MongoFind;
    try {
      query = porteurDossiersQuery(id, args);
    } catch (error) {
      if (error instanceof InvalidCursor) throw new ApiError('VALIDATION_FAILED', error.message, { field: 'after' });
      throw error;
    }
    const dossiers = lecture.readModels.readModel<DossierListDocument>(dossierListProjection.name);
    const conventions = conventionsQuery({ porteurId: id });
    const [documents, totalCount, annees, partenaire, conventionDocuments] = await Promise.all([
      dossiers.find(query.filter, { sort: query.sort, limit: query.limit }),
      dossiers.count(dossierListFilter({ ...args.filter, porteurId: id })),
      dossiers.aggregate(porteurSummaryPipeline(id)).then((raw) => withExactSums<EspacePorteurAnnee[]>(raw)),
      lecture.readModels.readModel<PartenaireDocument>(partenairesProjection.name).findOne({ _id: id }),
      lecture.readModels.readModel<ConventionDocument>(conventionProjection.name).find(conventions.filter, { sort: conventions.sort }),
    ]);
    const page = toPage(documents, args);
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: lecture.versNoeud(edge.node) }));
    return {
      porteur: partenaire ? porteurDe(partenaire) : (documents[0]?.porteur ?? null),
      annees,
      dossiers: {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: page.pageInfo.hasNextPage,
          hasPreviousPage: Boolean(after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: page.pageInfo.endCursor,
        },
      },
      conventions: conventionDocuments.map((document) => toConvention(document, lecture)),
    };
  }
}
