import { applyProjection, type EventStore, type Projected, type Projection, type ReadDocument, type RecordedEvent } from '@cdv/eventsourcing';
import { APPEL_EVENT_TYPES, evolveAppel, initialAppelState, type AppelEvent, type AppelLu, type AppelState, type PorteurKind } from '@cdv/domain-programmation';
import type { NaturePartenaire } from '@cdv/domain-territoire';
import {
  cadreStrategiqueProjection,
  partenairesProjection,
  qpvsProjection,
  territoireProjection,
  type CadreStrategiqueDocument,
  type PartenaireDocument,
  type QpvDocument,
  type TerritoireDocument,
} from '@cdv/projections-territoire';
import type { ReferentielImport } from './import-programmation.types';

/** What an import needs to know of a tenant before it maps a file: its référentiel and the state of its appels. */
export interface ContexteImport {
  referentiel: ReferentielImport;
  appels: Record<number, AppelLu>;
}

const PAGE = 5_000;

/**
 * Reads the tenant's référentiel (partners, QPV, communes) and appels straight from its events, with the read
 * models' own projection code: an import also runs where no read model is served (the CLI), and its answer is
 * exact at the moment of the import.
 */
export async function lireContexteImport(store: EventStore, tenantId: string): Promise<ContexteImport> {
  const projections: ReadonlyArray<Projection<ReadDocument>> = [
    partenairesProjection,
    qpvsProjection,
    territoireProjection,
    cadreStrategiqueProjection,
  ] as unknown as ReadonlyArray<Projection<ReadDocument>>;
  const documents = new Map(projections.map((p) => [p.name, new Map<string, Projected<ReadDocument>>()]));
  const appels = new Map<number, AppelState>();
  const eventTypes = [...new Set([...projections.flatMap((p) => p.eventTypes), ...APPEL_EVENT_TYPES])];
  for (let after = 0; ;) {
    const page = await store.readAll({ tenant: tenantId, eventTypes, after, maxCount: PAGE });
    for (const event of page) {
      for (const projection of projections) appliquer(projection, documents.get(projection.name)!, event);
      if ((APPEL_EVENT_TYPES as readonly string[]).includes(event.type)) {
        const annee = (event.data as { annee: number }).annee;
        appels.set(annee, evolveAppel(appels.get(annee) ?? initialAppelState(), { type: event.type, data: event.data } as AppelEvent));
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  const partenaires = [...documents.get(partenairesProjection.name)!.values()] as unknown as PartenaireDocument[];
  const qpvs = [...documents.get(qpvsProjection.name)!.values()] as unknown as QpvDocument[];
  const territoire = documents.get(territoireProjection.name)!.get(tenantId) as unknown as TerritoireDocument | undefined;
  const communes = (territoire?.communes ?? []).filter((c) => c.rattachee);
  // The nodes of the cadre stratégique (every version: a tag keeps pointing to its version); none: free labels.
  const noeuds = ([...documents.get(cadreStrategiqueProjection.name)!.values()] as unknown as CadreStrategiqueDocument[]).flatMap((cadre) =>
    cadre.noeuds.map((noeud) => ({ id: noeud.noeudId, libelle: noeud.libelleAffiche ?? noeud.libelle })),
  );
  return {
    referentiel: {
      partenaires: partenaires.map((p) => ({
        id: p.partenaireId,
        nom: p.nom,
        ...(p.siret ? { siret: p.siret } : {}),
        aliases: p.alias,
        kind: PORTEUR_KIND[p.nature],
        porteur: p.roles.includes('porteur'),
        ...(p.categorieFinanceur ? { categorieFinanceur: p.categorieFinanceur } : {}),
      })),
      qpv: qpvs.map((q) => ({ id: q.qpvId, nom: q.nom, ...(q.code ? { code: q.code } : {}), aliases: [...q.alias, ...q.codes] })),
      communes: communes.filter((c) => c.codeInsee).map((c) => ({ insee: c.codeInsee as string, nom: c.nom, aliases: c.alias })),
      communesSansCodeInsee: communes.filter((c) => !c.codeInsee).flatMap((c) => [c.nom, ...c.alias]),
      ...(noeuds.length ? { classement: { pilier: noeuds, orientation: noeuds, objectif: noeuds, priorite: noeuds, sousPriorite: noeuds } } : {}),
    },
    appels: Object.fromEntries(
      [...appels].map(([annee, state]): [number, AppelLu] =>
        state.statut === 'inexistant'
          ? [annee, { annee, statut: 'inexistant' }]
          : [annee, { annee, statut: state.statut, ouvertureLe: state.ouvertureLe, clotureLe: state.clotureLe }],
      ),
    ),
  };
}

function appliquer(projection: Projection<ReadDocument>, documents: Map<string, Projected<ReadDocument>>, event: RecordedEvent): void {
  for (const write of applyProjection(projection, event, (id) => documents.get(id) ?? null)) {
    if (write.kind === 'upsert') documents.set(write.id, write.document);
    else documents.delete(write.id);
  }
}

/** A partner of the référentiel, seen as the porteur of a dossier. */
const PORTEUR_KIND: Record<NaturePartenaire, PorteurKind> = {
  association: 'association',
  commune: 'commune',
  ccas: 'ccas',
  epci: 'epci',
  etat_service: 'etat',
  region: 'region',
  departement: 'departement',
  caf: 'caf',
  bailleur: 'bailleur',
  conseil_citoyen: 'conseil_citoyen',
  chambre_consulaire: 'chambre_consulaire',
  autre: 'autre',
};
