import type { RegleFinancement } from '@cdv/domain-programmation';
import type { AppelDocument, RegleComptage } from '@cdv/projections-programmation';
import type {
  CadreStrategiqueDocument,
  ChiffreDeclareVue,
  EngagementDocument,
  IndicateurDocument,
  QpvDocument,
  TerritoireDocument,
} from '@cdv/projections-territoire';
import { comparer } from './comparaisons-rapport';
import { assemblerDispositifs } from './dispositifs-rapport';
import type { DispositifDocument } from './dispositifs.projection';
import { assemblerProgrammation } from './programmation-rapport';
import { FORMAT_RAPPORT, type RapportAnnuel } from './rapport-annuel.types';
import { assemblerBeneficiaires, assemblerCadre, assemblerEngagements, assemblerGeographie, assemblerIndicateurs, feuilleDeRoute } from './referentiel-rapport';
import { parId, REGLE_PAR_DEFAUT, REGLES_RAPPORT, type DossierRapport } from './regles-rapport';

/** The read-model documents a report is assembled from (rapport.queries.ts `lireEntreesRapport` reads them). */
export interface EntreesRapport {
  tenantId: string;
  annee: number;
  /** The point of the log the documents stand at. */
  etabliAu: { position: number; asOf: string | null };
  /** Counting rule of the projects (default: declared actions, as section 3 of seed 003 counts). */
  regle?: RegleComptage;
  territoire: TerritoireDocument | null;
  qpvs: readonly QpvDocument[];
  cadres: readonly CadreStrategiqueDocument[];
  engagements: readonly EngagementDocument[];
  indicateurs: readonly IndicateurDocument[];
  chiffresDeclares: readonly ChiffreDeclareVue[];
  appel: AppelDocument | null;
  /** The year's dossiers. */
  dossiers: readonly DossierRapport[];
  dispositifs: readonly DispositifDocument[];
  /** The tenant's financing rules (those that enforce a dispositif are named with it). */
  regles: readonly RegleFinancement[];
}

/**
 * Assembles every block of the rapport annuel from read-model documents: a pure function, so the same documents
 * give the same report (and the same bytes once rendered), now or as of any instant.
 */
export function assemblerRapport(entrees: EntreesRapport): RapportAnnuel {
  const regle = entrees.regle ?? REGLE_PAR_DEFAUT;
  const dossiers = entrees.dossiers.filter((d) => d.annee === entrees.annee).sort((a, b) => parId(a.dossierId, b.dossierId));
  const prioritesAppel = entrees.appel?.priorites ?? [];
  const t = entrees.territoire;
  const sansComparaisons: Omit<RapportAnnuel, 'comparaisons'> = {
    format: FORMAT_RAPPORT,
    tenantId: entrees.tenantId,
    annee: entrees.annee,
    etabliAu: entrees.etabliAu,
    regleComptage: regle,
    regles: REGLES_RAPPORT,
    territoire: {
      nom: t?.nomUsuel ?? t?.nom ?? null,
      acronyme: t?.acronyme ?? null,
      nature: t?.nature ?? null,
      departement: t?.departement ?? null,
      region: t?.region ?? null,
    },
    geographie: assemblerGeographie(t, entrees.qpvs),
    cadreStrategique: assemblerCadre(entrees.cadres, prioritesAppel),
    programmation: assemblerProgrammation(dossiers, regle, { feuilleDeRoute: feuilleDeRoute(entrees.cadres, dossiers), prioritesAppel }),
    dispositifs: assemblerDispositifs(entrees.dispositifs, dossiers, entrees.regles, entrees.annee),
    beneficiaires: assemblerBeneficiaires(dossiers),
    indicateurs: assemblerIndicateurs(entrees.indicateurs, dossiers, entrees.annee),
    engagements: assemblerEngagements(entrees.engagements),
  };
  return { ...sansComparaisons, comparaisons: comparer(entrees.chiffresDeclares, sansComparaisons, dossiers, regle) };
}
