import { Args, Int, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { ApiError, AsOfArgs, DateScalar, DateTimeScalar, MAX_PAGE_SIZE, MontantScalar, type Connection } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import {
  dossierListFilter,
  dossierListProjection,
  dossierListQuery,
  InvalidCursor,
  porteurDossiersQuery,
  toConnection as toPage,
  type DossierListArgs,
  type DossierListDocument,
  type DossierListFilter,
  type MongoFind,
} from '@cdv/projections-programmation';
import { addCents, CommandHandler } from '@cdv/eventsourcing';
import { commandesPermises, dossierDecider, dossierStream } from '@cdv/domain-programmation';
import { commandMetadataFor, Ctx, Permit, type ApiRequest, type RequestContext } from '@cdv/tenancy';
import { LECTEURS_DOSSIERS } from '../shared/acces';
import { AccesEntites } from '../shared/acces-entites.service';
import { LECTURE, LectureDossiers, toActeur, type DossierSource } from './dossier.lecture';
import {
  AvisDossier,
  BilanDossier,
  CommandePermise,
  TotauxDossiers,
  ConventionDuDossier,
  CorrectionMontant,
  DecisionSurDossier,
  Dossier,
  DossierConnection,
  DossierEvenement,
  DossiersFilter,
  DossiersSort,
  DossierTri,
  IndicateurDossier,
  OrigineDossier,
  SoldeDossier,
  VersementDossier,
} from './dossier.types';

/**
 * `dossiers` and `dossier(id)`. A porteur reads only its organisation's dossiers, whatever filter it sends, and
 * another organisation's dossier reads as NOT_FOUND (docs/adr/0006). Detail fields come from `dossier_details`
 * through the request's DataLoader, at the same read point as the node.
 */
@Resolver(() => Dossier)
export class DossierResolver {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly acces: AccesEntites,
    private readonly handler: CommandHandler,
  ) {}

  @Query(() => DossierConnection, { description: 'Dossiers (Relay connection), filtered and sorted; a porteur sees its own only.' })
  @Permit(...LECTEURS_DOSSIERS)
  async dossiers(
    @Ctx() context: RequestContext,
    @Args() at: AsOfArgs,
    @Args('filter', { type: () => DossiersFilter, nullable: true }) filter?: DossiersFilter | null,
    @Args('first', { type: () => Int, nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (50 by default).` }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('sort', { type: () => DossiersSort, nullable: true, description: 'deposeLe ascending by default.' }) sort?: DossiersSort | null,
    @Args('tri', { type: () => DossierTri, nullable: true, deprecationReason: 'Use sort: { field, direction } (plumbing words are English).' })
    tri?: DossierTri | null,
  ): Promise<Connection<Dossier> & { [TOTAUX]: () => Promise<TotauxDossiers> }> {
    if (sort && tri) throw new ApiError('VALIDATION_FAILED', 'give sort (tri is its deprecated name), not both', { field: 'tri' });
    const ordre = sort ? { field: sort.field, direction: sort.direction ?? 'asc' } : tri ? { field: tri.champ, direction: tri.sens ?? 'asc' } : null;
    if (first !== undefined && first !== null && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)) {
      throw new ApiError('VALIDATION_FAILED', `first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    }
    const lecture = await this.lecture(context, at);
    const args: DossierListArgs = {
      filter: filtreDe(filter),
      ...(ordre ? { sort: ordre } : {}),
      ...(first ? { first } : {}),
      ...(after ? { after } : {}),
    };
    let query: MongoFind;
    try {
      query = lecture.porteurId ? porteurDossiersQuery(lecture.porteurId, args) : dossierListQuery(args);
    } catch (error) {
      if (error instanceof InvalidCursor) throw new ApiError('VALIDATION_FAILED', error.message, { field: 'after' });
      throw error;
    }
    const collection = lecture.readModels.readModel<DossierListDocument>(dossierListProjection.name);
    const visible = lecture.porteurId ? { ...args.filter, porteurId: lecture.porteurId } : args.filter;
    const [documents, totalCount] = await Promise.all([
      collection.find(query.filter, { sort: query.sort, limit: query.limit }),
      collection.count(dossierListFilter(visible)),
    ]);
    const page = toPage(documents, args);
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: lecture.versNoeud(edge.node) }));
    return {
      [TOTAUX]: () => totauxDe(collection.find(dossierListFilter(visible), { projection: { totaux: 1, coutTotal: 1 } })),
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: page.pageInfo.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: page.pageInfo.endCursor,
      },
    };
  }

  @Query(() => Dossier, {
    description:
      'One dossier with its lines, avis, versements, bilan, corrections and decisions, by id or by its reference in the source system (an import’s « Référence du dossier »). NOT_FOUND when it is not visible.',
  })
  @Permit(...LECTEURS_DOSSIERS)
  async dossier(
    @Ctx() context: RequestContext,
    @Args() at: AsOfArgs,
    @Args('id', { type: () => String, nullable: true }) id?: string | null,
    @Args('reference', { type: () => String, nullable: true, description: 'The `referenceExterne` (Dauphin number, spreadsheet reference).' })
    reference?: string | null,
    @Args('annee', { type: () => Int, nullable: true, description: 'With `reference`: the year, when the same reference was used in several years.' })
    annee?: number | null,
  ): Promise<DossierSource> {
    if (Boolean(id) === Boolean(reference)) throw new ApiError('VALIDATION_FAILED', 'give the dossier’s id or its reference (one of them)', { field: 'id' });
    const lecture = await this.lecture(context, at);
    const dossierId = id ?? (await this.parReference(lecture, reference as string, annee ?? undefined));
    const document = await lecture.detailUnique(dossierId);
    if (!document) throw new ApiError('NOT_FOUND', `Dossier ${dossierId} not found`, { what: 'Dossier', id: dossierId });
    return lecture.versNoeud(document);
  }

  /** The id of the visible dossier with this reference (and year); the years to choose from when several match. */
  private async parReference(lecture: LectureDossiers, reference: string, annee: number | undefined): Promise<string> {
    const filter = dossierListFilter({
      referenceExterne: reference,
      ...(annee ? { annee } : {}),
      ...(lecture.porteurId ? { porteurId: lecture.porteurId } : {}),
    });
    const found = await lecture.readModels
      .readModel<DossierListDocument>(dossierListProjection.name)
      .find(filter, { projection: { dossierId: 1, annee: 1 }, sort: { annee: 1 }, limit: 50 });
    if (found.length === 0)
      throw new ApiError('NOT_FOUND', `no dossier with the reference ${reference}${annee ? ` in ${annee}` : ''}`, { what: 'Dossier', reference });
    if (found.length > 1) {
      const annees = [...new Set(found.map((document) => document.annee))];
      throw new ApiError('VALIDATION_FAILED', `the reference ${reference} names ${found.length} dossiers (years ${annees.join(', ')}): give annee`, {
        field: 'annee',
        annees,
      });
    }
    return found[0].dossierId;
  }

  /** Federation entity resolution (authenticated by AccesEntites: the guard does not run on `_entities`). */
  @ResolveReference()
  async resolveReference(reference: { id: string }, graphqlContext: { req?: ApiRequest }): Promise<DossierSource | null> {
    const context = await this.acces.contexte(graphqlContext, LECTEURS_DOSSIERS, 'Dossier');
    return (await this.lecture(context, {})).dossier(reference.id);
  }

  @ResolveField(() => [String])
  async publics(@Parent() dossier: DossierSource): Promise<string[]> {
    return (await this.detail(dossier))?.publics ?? [];
  }

  @ResolveField(() => MontantScalar, { nullable: true, description: 'Base of rate rules; the total cost when null.' })
  async depensesEligibles(@Parent() dossier: DossierSource): Promise<Cents | null> {
    return (await this.detail(dossier))?.depensesEligibles ?? null;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async dateDebut(@Parent() dossier: DossierSource): Promise<string | null> {
    return (await this.detail(dossier))?.dateDebut ?? null;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async dateFin(@Parent() dossier: DossierSource): Promise<string | null> {
    return (await this.detail(dossier))?.dateFin ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Identifier in the source system (Dauphin…).' })
  async referenceExterne(@Parent() dossier: DossierSource): Promise<string | null> {
    return (await this.detail(dossier))?.referenceExterne ?? null;
  }

  @ResolveField(() => OrigineDossier, { nullable: true, description: 'The dossier ajourné the year before that this one carries on.' })
  async origine(@Parent() dossier: DossierSource): Promise<OrigineDossier | null> {
    return (await this.detail(dossier))?.origine ?? null;
  }

  @ResolveField(() => [AvisDossier], { description: 'Empty in a porteur’s view (the instruction’s internal content).' })
  async avis(@Parent() dossier: DossierSource): Promise<AvisDossier[]> {
    return (await this.detail(dossier))?.avis ?? [];
  }

  @ResolveField(() => [VersementDossier])
  async versements(@Parent() dossier: DossierSource): Promise<VersementDossier[]> {
    return (await this.detail(dossier))?.versements ?? [];
  }

  @ResolveField(() => [CorrectionMontant])
  async corrections(@Parent() dossier: DossierSource): Promise<CorrectionMontant[]> {
    return ((await this.detail(dossier))?.corrections ?? []).map((correction) => ({ ...correction, par: toActeur(correction.par) }));
  }

  @ResolveField(() => [DecisionSurDossier])
  async decisions(@Parent() dossier: DossierSource): Promise<DecisionSurDossier[]> {
    return (await this.detail(dossier))?.decisions ?? [];
  }

  @ResolveField(() => ConventionDuDossier, { nullable: true })
  async convention(@Parent() dossier: DossierSource): Promise<ConventionDuDossier | null> {
    const convention = (await this.detail(dossier))?.convention;
    return convention ? { ...convention, typeConvention: convention.typeConvention === 'pluriannuelle' ? 'pluriannuelle' : 'annuelle' } : null;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async actionDemarreeLe(@Parent() dossier: DossierSource): Promise<string | null> {
    return (await this.detail(dossier))?.actionDemarreeLe ?? null;
  }

  @ResolveField(() => BilanDossier, { nullable: true })
  async bilan(@Parent() dossier: DossierSource): Promise<BilanDossier | null> {
    return (await this.detail(dossier))?.bilan ?? null;
  }

  @ResolveField(() => [IndicateurDossier])
  async indicateurs(@Parent() dossier: DossierSource): Promise<IndicateurDossier[]> {
    return (await this.detail(dossier))?.indicateurs ?? [];
  }

  @ResolveField(() => SoldeDossier, { nullable: true })
  async solde(@Parent() dossier: DossierSource): Promise<SoldeDossier | null> {
    return (await this.detail(dossier))?.solde ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Revision of the dossier’s stream: send it as expectedRevision.' })
  async revision(@Parent() dossier: DossierSource): Promise<number | null> {
    return (await this.detail(dossier))?.revision ?? null;
  }

  @ResolveField(() => DateTimeScalar, { nullable: true })
  async creeLe(@Parent() dossier: DossierSource): Promise<string | null> {
    return (await this.detail(dossier))?.creeLe ?? null;
  }

  @ResolveField(() => [DossierEvenement], { description: 'The dossier’s events (actors hidden in a porteur’s view).' })
  async historique(@Parent() dossier: DossierSource): Promise<DossierEvenement[]> {
    return ((await this.detail(dossier))?.historique ?? []).map((entree) => ({ ...entree, actor: toActeur(entree.actor) }));
  }

  @ResolveField(() => [CommandePermise], {
    description:
      'The commands the caller may send now, judged by the dossier’s decider on its current state (empty when read as of a past point: history is read-only).',
  })
  async commandesPermises(@Parent() dossier: DossierSource, @Ctx() context: RequestContext): Promise<CommandePermise[]> {
    if (!dossier[LECTURE].enDirect) return [];
    const { state } = await this.handler.load(dossierDecider, dossierStream(context.tenantId, dossier.id));
    if (state.statut === 'inexistant') return [];
    return commandesPermises(state, commandMetadataFor(context)).map((permise) => ({
      mutation: permise.commande.charAt(0).toLowerCase() + permise.commande.slice(1),
      commande: permise.commande,
      ligneId: permise.ligneId ?? null,
      raisonRequise: permise.raisonRequise,
    }));
  }

  private detail(dossier: DossierSource) {
    return dossier[LECTURE].detail(dossier.id);
  }

  private async lecture(context: RequestContext, at: AsOfArgs): Promise<LectureDossiers> {
    const enDirect = !at.asOf && (at.asOfPosition === undefined || at.asOfPosition === null);
    return new LectureDossiers(await this.readModels.at(context.tenantId, at), porteurVu(context), enDirect);
  }
}

const TOTAUX = Symbol('totaux');

/** `totaux` of a dossier page: sums over the whole filtered set, computed only when asked. */
@Resolver(() => DossierConnection)
export class DossierConnectionResolver {
  @ResolveField(() => TotauxDossiers, { description: 'Sums over every dossier matching the filter (all pages).' })
  totaux(@Parent() page: { [TOTAUX]: () => Promise<TotauxDossiers> }): Promise<TotauxDossiers> {
    return page[TOTAUX]();
  }
}

async function totauxDe(documents: Promise<Array<Pick<DossierListDocument, 'totaux' | 'coutTotal'>>>): Promise<TotauxDossiers> {
  const totaux: TotauxDossiers = { coutTotal: 0, demande: 0, propose: 0, vote: 0, engage: 0, verse: 0, justifie: 0 };
  for (const document of await documents) {
    totaux.coutTotal = addCents(totaux.coutTotal, document.coutTotal);
    for (const etape of ['demande', 'propose', 'vote', 'engage', 'verse', 'justifie'] as const) totaux[etape] = addCents(totaux[etape], document.totaux[etape]);
  }
  return totaux;
}

/** The organisation whose view this is when the caller is a porteur; null for every other reader. */
export function porteurVu(context: RequestContext): string | null {
  if (context.role !== 'porteur') return null;
  const organisationId = context.membership.organisationId;
  if (!organisationId) throw new ApiError('FORBIDDEN', 'this porteur token names no organisation: it can see no dossier');
  return organisationId;
}

function filtreDe(filter: DossiersFilter | null | undefined): DossierListFilter {
  if (!filter) return {};
  const result: DossierListFilter = {};
  if (filter.annee !== undefined && filter.annee !== null) result.annee = filter.annee;
  if (filter.statut?.length) result.statut = filter.statut;
  if (filter.pilier) result.pilierId = filter.pilier;
  if (filter.thematique) result.thematiqueId = filter.thematique;
  if (filter.qpv) result.qpvId = filter.qpv;
  if (filter.commune) result.commune = filter.commune;
  if (filter.intercommunal !== undefined && filter.intercommunal !== null) result.intercommunal = filter.intercommunal;
  if (filter.porteur) result.porteurId = filter.porteur;
  if (filter.financeur) result.financeurId = filter.financeur;
  if (filter.serie) result.serieId = filter.serie;
  if (filter.reference) result.referenceExterne = filter.reference;
  if (filter.search && filter.texte) throw new ApiError('VALIDATION_FAILED', 'give search (texte is its deprecated name), not both', { field: 'texte' });
  if (filter.search || filter.texte) result.texte = filter.search ?? filter.texte ?? undefined;
  return result;
}
