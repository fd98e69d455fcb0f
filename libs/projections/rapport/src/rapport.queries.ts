import type { RegleFinancement } from '@cdv/domain-programmation';
import { appelFilter, appelProjection, dossierDetailProjection, type AppelDocument } from '@cdv/projections-programmation';
import {
  cadreStrategiqueProjection,
  chiffresDeclaresProjection,
  engagementsProjection,
  indicateursProjection,
  qpvsProjection,
  territoireProjection,
  type CadreStrategiqueDocument,
  type ChiffresDeclaresDocument,
  type EngagementDocument,
  type IndicateurDocument,
  type QpvDocument,
  type TerritoireDocument,
} from '@cdv/projections-territoire';
import type { EntreesRapport } from './assembler-rapport';
import { dispositifsProjection, type DispositifDocument } from './dispositifs.projection';
import { rapportProjection, type RapportDocument } from './rapport.projection';
import type { DossierRapport } from './regles-rapport';

/**
 * Query shapes of the rapport annuel: plain MongoDB filters and projections, so they run on the embedded (mingo)
 * store, on MongoDB and on as-of views alike (no `$function`, no `$lookup`).
 */
export const rapportFilter = (annee: number) => ({ _id: String(annee) });

/** The year's dossiers without what the report never reads (history, avis, payments, corrections, search keys). */
export function dossiersDuRapportQuery(annee: number) {
  return {
    filter: { annee },
    options: { projection: { historique: 0, avis: 0, versements: 0, corrections: 0, texte: 0, triTitre: 0 }, sort: { _id: 1 as const } },
  };
}

export const CADRES_EN_VIGUEUR = { statut: 'courante' };

/** Dispositifs: every one (a fund with no operation this year may still have tagged lines). */
export const DISPOSITIFS_QUERY = { filter: {}, options: { sort: { _id: 1 as const } } };

/** The read models a report reads, by projection name (what an as-of view must rebuild). */
export const MODELES_DU_RAPPORT = [
  territoireProjection.name,
  qpvsProjection.name,
  cadreStrategiqueProjection.name,
  engagementsProjection.name,
  indicateursProjection.name,
  chiffresDeclaresProjection.name,
  appelProjection.name,
  dossierDetailProjection.name,
  dispositifsProjection.name,
  rapportProjection.name,
] as const;

/** The part of the read-store port the report needs (libs/read-store ReadModels satisfies it). */
export interface LectureModeles {
  readModel(name: string): {
    find<R>(filter?: Record<string, unknown>, options?: { sort?: Record<string, 1 | -1>; projection?: Record<string, unknown> }): Promise<R[]>;
    findOne<R>(filter?: Record<string, unknown>): Promise<R | null>;
  };
}

/** Reads the documents a report is assembled from, at the point the given read models stand. */
export async function lireEntreesRapport(
  modeles: LectureModeles,
  args: { tenantId: string; annee: number; etabliAu: EntreesRapport['etabliAu']; regles: readonly RegleFinancement[]; regle?: EntreesRapport['regle'] },
): Promise<EntreesRapport> {
  const dossiers = dossiersDuRapportQuery(args.annee);
  const [territoire, qpvs, cadres, engagements, indicateurs, chiffres, appel, dossierDocs, dispositifs] = await Promise.all([
    modeles.readModel(territoireProjection.name).findOne<TerritoireDocument>({ _id: args.tenantId }),
    modeles.readModel(qpvsProjection.name).find<QpvDocument>({}, { sort: { _id: 1 } }),
    modeles.readModel(cadreStrategiqueProjection.name).find<CadreStrategiqueDocument>(CADRES_EN_VIGUEUR, { sort: { _id: 1 } }),
    modeles.readModel(engagementsProjection.name).find<EngagementDocument>({}, { sort: { _id: 1 } }),
    modeles.readModel(indicateursProjection.name).find<IndicateurDocument>({}, { sort: { _id: 1 } }),
    modeles.readModel(chiffresDeclaresProjection.name).findOne<ChiffresDeclaresDocument>({ _id: args.tenantId }),
    modeles.readModel(appelProjection.name).findOne<AppelDocument>(appelFilter(args.annee)),
    modeles.readModel(dossierDetailProjection.name).find<DossierRapport>(dossiers.filter, dossiers.options),
    modeles.readModel(dispositifsProjection.name).find<DispositifDocument>(DISPOSITIFS_QUERY.filter, DISPOSITIFS_QUERY.options),
  ]);
  return {
    tenantId: args.tenantId,
    annee: args.annee,
    etabliAu: args.etabliAu,
    ...(args.regle ? { regle: args.regle } : {}),
    territoire,
    qpvs,
    cadres,
    engagements,
    indicateurs,
    chiffresDeclares: chiffres?.chiffres ?? [],
    appel,
    dossiers: dossierDocs,
    dispositifs,
    regles: args.regles,
  };
}

/** The report's life cycle document of a year. */
export function lireRapport(modeles: LectureModeles, annee: number): Promise<RapportDocument | null> {
  return modeles.readModel(rapportProjection.name).findOne<RapportDocument>(rapportFilter(annee));
}
