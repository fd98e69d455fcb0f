import type { Actor, EventStore, RecordedEvent } from '@cdv/eventsourcing';

const AGENT: Actor = { userId: 'u-agent', role: 'agent' };

/** Appends one event as a writer would (no decider: these tests are about what happens to stored events). */
export async function appendEvent(
  store: EventStore,
  stream: string,
  type: string,
  data: unknown,
  metadata: { actor?: Actor; effectiveAt?: string; reason?: string } = {},
): Promise<RecordedEvent> {
  const tenantId = stream.slice(0, stream.indexOf(':'));
  const result = await store.append(stream, [{ type, data, metadata: { tenantId, actor: metadata.actor ?? AGENT, source: 'api', ...metadata } }], {
    expectedRevision: 'any',
  });
  return result.events[0];
}

/**
 * A small programmation in `mel` (2023 and 2024), with events of a third tenant (`autre`) interleaved:
 * appel-2024, dossier-1 and dossier-2 (2024), a comité and a convention naming them, appel-2023 and dossier-3 (2023).
 */
export async function seedProgrammation(store: EventStore, tenant = 'mel'): Promise<void> {
  const s = (name: string) => `${tenant}:${name}`;
  await appendEvent(store, s('appel-2023'), 'AppelAProjetsOuvert', { annee: 2023 });
  await appendEvent(store, s('dossier-3'), 'DossierDepose', { dossierId: '3', annee: 2023, titre: 'Jardins partagés' });
  await appendEvent(store, 'autre:dossier-1', 'DossierDepose', { dossierId: '1', annee: 2024, titre: 'Autre territoire' });
  await appendEvent(store, s('appel-2024'), 'AppelAProjetsOuvert', { annee: 2024 });
  await appendEvent(store, s('dossier-1'), 'DossierDepose', { dossierId: '1', annee: 2024, titre: 'Ateliers numériques' });
  await appendEvent(store, s('dossier-1'), 'FinancementDemande', { dossierId: '1', financeurId: 'etat-bop147', montant: 500000 });
  await appendEvent(store, s('dossier-2'), 'DossierDepose', { dossierId: '2', annee: 2024, titre: 'Médiation' });
  await appendEvent(store, s('dossier-2'), 'FinancementDemande', { dossierId: '2', financeurId: 'region', montant: 200000 });
  await appendEvent(store, 'autre:dossier-1', 'FinancementDemande', { dossierId: '1', financeurId: 'etat-bop147', montant: 1 });
  await appendEvent(store, s('comite-2024-1'), 'ComiteConvoque', { date: '2024-04-12', dossierIds: ['1', '2'] });
  await appendEvent(
    store,
    s('dossier-1'),
    'FinancementVote',
    { dossierId: '1', financeurId: 'etat-bop147', montant: 450000 },
    {
      actor: { userId: 'u-etat', role: 'instructeur', organisationId: 'etat' },
      effectiveAt: '2024-04-12',
    },
  );
  await appendEvent(store, s('convention-9'), 'ConventionSignee', { dossierIds: ['1'], montant: 450000 });
  await appendEvent(store, s('dossier-3'), 'DossierRetenu', { dossierId: '3' });
}
