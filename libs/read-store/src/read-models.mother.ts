import { streamName, type EventStore, type Projection, type ReadDocument, type RecordedEvent } from '@cdv/eventsourcing';
import { TenantNotStorable, type AnyReadDocument, type CommitBatch, type ReadStore, type TenantReadStore } from './read-store.port';

/**
 * Read models and event helpers for the read-store tests: a dossier list (one document per dossier, amounts per
 * financeur line) and totals per financeur (one document per financeur, several dossiers feeding it).
 */

export interface DossierData {
  dossierId: string;
  titre?: string;
  financeur?: string;
  montant?: number;
}

export interface DossierListDocument extends ReadDocument {
  titre: string;
  statut: 'depose' | 'vote';
  lignes: Record<string, { demande: number; vote: number }>;
  demande: number;
  vote: number;
  evenements: number;
}

const data = (event: RecordedEvent) => event.data as DossierData;

export const dossierList: Projection<DossierListDocument> = {
  name: 'dossiers',
  version: 1,
  eventTypes: ['DossierDepose', 'LigneDemandee', 'LigneVotee', 'DossierRetire'],
  documentIds: (event) => [data(event).dossierId],
  evolve(document, event) {
    const { titre, financeur, montant } = data(event);
    if (event.type === 'DossierDepose')
      return { _id: data(event).dossierId, titre: titre ?? '', statut: 'depose', lignes: {}, demande: 0, vote: 0, evenements: 1 };
    if (event.type === 'DossierRetire') return null;
    // a line on a dossier that was never deposed is a bug upstream: the projection refuses it (poison)
    if (!document) throw new Error(`${event.type} on unknown dossier ${data(event).dossierId}`);
    const key = financeur as string;
    const ligne = document.lignes[key] ?? { demande: 0, vote: 0 };
    const amount = montant ?? 0;
    const next = event.type === 'LigneDemandee' ? { ...ligne, demande: ligne.demande + amount } : { ...ligne, vote: ligne.vote + amount };
    return {
      ...document,
      statut: event.type === 'LigneVotee' ? 'vote' : document.statut,
      lignes: { ...document.lignes, [key]: next },
      demande: document.demande + (event.type === 'LigneDemandee' ? amount : 0),
      vote: document.vote + (event.type === 'LigneVotee' ? amount : 0),
      evenements: document.evenements + 1,
    };
  },
  indexes: [{ keys: { statut: 1 } }],
};

export interface FinanceurTotalDocument extends ReadDocument {
  demande: number;
  lignes: number;
}

export const totauxParFinanceur: Projection<FinanceurTotalDocument> = {
  name: 'financeurs',
  version: 1,
  eventTypes: ['LigneDemandee'],
  documentIds: (event) => [data(event).financeur as string],
  evolve: (document, event) => ({
    _id: data(event).financeur as string,
    demande: (document?.demande ?? 0) + (data(event).montant ?? 0),
    lignes: (document?.lignes ?? 0) + 1,
  }),
};

const metadata = (tenantId: string) => ({ tenantId, actor: { userId: 'user-agent', role: 'agent' as const }, source: 'api' as const });

/** Appends one dossier event to `{tenant}:dossier-{id}`; returns its position. */
export async function appendDossierEvent(store: EventStore, tenantId: string, type: string, payload: DossierData): Promise<number> {
  const result = await store.append(streamName(tenantId, 'dossier', payload.dossierId), [{ type, data: payload, metadata: metadata(tenantId) }], {
    expectedRevision: 'any',
  });
  return result.positions[0];
}

/** An event no projection here reads (the runners must still move their checkpoint past it). */
export async function appendOtherEvent(store: EventStore, tenantId: string): Promise<number> {
  const result = await store.append(streamName(tenantId, 'territoire'), [{ type: 'QpvAjoute', data: { code: 'QN059001' }, metadata: metadata(tenantId) }], {
    expectedRevision: 'any',
  });
  return result.positions[0];
}

/**
 * A deterministic workload over several tenants: dossiers deposed, lines requested and voted, some dossiers
 * withdrawn, and events other projections ignore. Same seed, same events.
 */
export async function appendWorkload(
  store: EventStore,
  options: { tenants: readonly string[]; events: number; seed?: number; dossiers?: number },
): Promise<void> {
  let seed = options.seed ?? 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const financeurs = ['etat', 'region', 'ville', 'caf'];
  const dossiers = options.dossiers ?? 40;
  const alive = new Map<string, Set<string>>(options.tenants.map((tenant) => [tenant, new Set()]));
  for (let i = 0; i < options.events; i++) {
    const tenant = options.tenants[Math.floor(random() * options.tenants.length)];
    const open = alive.get(tenant) as Set<string>;
    const dossierId = `d${Math.floor(random() * dossiers)}`;
    const roll = random();
    if (!open.has(dossierId)) {
      await appendDossierEvent(store, tenant, 'DossierDepose', { dossierId, titre: `Dossier ${dossierId} de ${tenant}` });
      open.add(dossierId);
    } else if (roll < 0.04) {
      await appendDossierEvent(store, tenant, 'DossierRetire', { dossierId });
      open.delete(dossierId);
    } else if (roll < 0.1) {
      await appendOtherEvent(store, tenant);
    } else {
      const type = roll < 0.7 ? 'LigneDemandee' : 'LigneVotee';
      const financeur = financeurs[Math.floor(random() * financeurs.length)];
      await appendDossierEvent(store, tenant, type, { dossierId, financeur, montant: 100 * (1 + Math.floor(random() * 50)) });
    }
  }
}

/** Documents of a physical collection of a tenant, sorted by id (what tests compare). */
export async function documentsOf(readStore: ReadStore, tenantId: string, collection: string): Promise<AnyReadDocument[]> {
  return readStore
    .forTenant(tenantId)
    .collection(collection)
    .find({}, { sort: { _id: 1 } });
}

export const silentLogger = { warn: () => undefined, error: () => undefined };

/**
 * A read store that fails on demand, to simulate a crash or an outage at a precise step: the n-th tenant commit
 * (0-based, counted across tenants) or the n-th global checkpoint write; or that refuses tenants as MongoDB refuses
 * a database name it cannot hold (MongoReadStore.forTenant). Everything else goes to `inner`.
 */
export class FaultyReadStore implements ReadStore {
  readonly kind: ReadStore['kind'];
  readonly atomicCommits: boolean;
  commits: Array<{ tenantId: string; position: number | undefined }> = [];
  globalWrites = 0;
  failCommit: (index: number, tenantId: string) => boolean = () => false;
  failGlobalCheckpoint: (index: number) => boolean = () => false;

  constructor(readonly inner: ReadStore) {
    this.kind = inner.kind;
    this.atomicCommits = inner.atomicCommits;
  }

  /** Tenants refused with TenantNotStorable. */
  refusedTenants = new Set<string>();

  forTenant(tenantId: string): TenantReadStore {
    if (this.refusedTenants.has(tenantId)) throw new TenantNotStorable(tenantId, 'simulated: its database name would be too long');
    const tenant = this.inner.forTenant(tenantId);
    const commit = async (batch: CommitBatch) => {
      const index = this.commits.length;
      this.commits.push({ tenantId, position: batch.checkpoint?.position });
      if (this.failCommit(index, tenantId)) throw new Error(`simulated outage on commit #${index} (${tenantId})`);
      await tenant.commit(batch);
    };
    return Object.assign(Object.create(tenant) as TenantReadStore, { commit });
  }

  tenants(): Promise<string[]> {
    return this.inner.tenants();
  }

  globalCheckpoint(name: string): Promise<number> {
    return this.inner.globalCheckpoint(name);
  }

  async saveGlobalCheckpoint(name: string, position: number): Promise<void> {
    const index = this.globalWrites++;
    if (this.failGlobalCheckpoint(index)) throw new Error(`simulated crash before global checkpoint #${index}`);
    await this.inner.saveGlobalCheckpoint(name, position);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
