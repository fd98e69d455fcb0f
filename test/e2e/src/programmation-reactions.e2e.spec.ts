import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { comiteDecider, comiteStream, dossierCommandsFor, dossierDecider, type ArreterProgrammation } from '@cdv/domain-programmation';
import { createEventStore } from '@cdv/event-store';
import { CommandHandler, type CommandMetadata, type EventStore } from '@cdv/eventsourcing';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, DOSSIER, euros, executer, montant } from './programmation-fixture';

/**
 * The comité's decision is one event on the comité stream; the dossier commands it calls for are other appends.
 * A process that dies in between leaves dossiers behind: the catch-up reactor heals them at the next start (and
 * at once while running), without applying anything twice. The store is a SQLite file so that it outlives the
 * first app; the same file is reopened by the second (one app at a time).
 */

const TENANT = 'valenciennes-metropole';
const VOTE = montant(euros(4_000));

function decision(dossierId: string): ArreterProgrammation['data']['decisions'][number] {
  return { dossierId, decision: 'retenu', lignes: [{ ligneId: 'etat:credits_specifiques', financeurId: 'etat', resultat: 'vote', montant: euros(4_000) }] };
}

function metadata(commandId: string): CommandMetadata {
  return { tenantId: TENANT, actor: { userId: 'agent@crash', role: 'agent' }, now: new Date().toISOString(), source: 'api', commandId };
}

async function statut(client: GraphqlClient, id: string): Promise<{ statut: string; historique: Array<{ type: string; causationId: string | null }> }> {
  return (await client.ok<{ dossier: { statut: string; historique: Array<{ type: string; causationId: string | null }> } }>(DOSSIER, { id })).dossier;
}

/** Polls until the dossier reaches `attendu` (the reactor works in the background). */
async function attendre(client: GraphqlClient, id: string, attendu: string): Promise<void> {
  const limite = Date.now() + 5_000;
  while ((await statut(client, id)).statut !== attendu) {
    if (Date.now() > limite) throw new Error(`dossier ${id} is still ${(await statut(client, id)).statut}, expected ${attendu}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('programmation: the reactor heals a crash between the comité and its dossiers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdv-reactions-'));
  const env = { EVENT_STORE: 'sqlite', EVENT_STORE_FILE: join(dir, 'events.sqlite') };
  let app: TestApp | null = null;

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies at the next start what a crashed process left undone, exactly once, then heals live', async () => {
    // 1. A first process: référentiel, appel, three dossiers under instruction, a comité convened.
    app = await startTestApp('standalone', StandaloneModule.forRoot, env);
    await creerReferentiel(app, TENANT);
    const agent = await app.clientFor(TENANT, 'agent');
    const porteur = await app.clientFor(TENANT, 'porteur', 'asso-1');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    for (const id of ['r1', 'r2', 'r3']) {
      await executer(porteur, 'deposerDossier', depot(id, 'asso-1'));
      await executer(porteur, 'demanderFinancement', { dossierId: id, financeurId: 'etat', nature: 'credits_specifiques', montant: VOTE });
      await executer(agent, 'mettreEnInstruction', { dossierId: id });
    }
    await executer(agent, 'convoquerComite', {
      comiteId: 'c1',
      annee: 2025,
      date: '2025-03-15',
      libelle: 'Comité',
      membres: [{ organisationId: 'etat', qualite: 'financeur' }],
    });
    await app.close();
    app = null;

    // 2. The process that crashed: the comité's decision is stored, and only the first of its dossier commands.
    const store: EventStore = createEventStore({ kind: 'sqlite', file: env.EVENT_STORE_FILE });
    const handler = new CommandHandler(store);
    const arret = await handler.handle(comiteDecider, {
      stream: comiteStream(TENANT, 'c1'),
      command: { type: 'ArreterProgrammation', data: { comiteId: 'c1', decisions: [decision('r1'), decision('r2')] }, metadata: metadata('crash-1') },
    });
    if (!arret.ok) throw new Error(arret.refusal.message);
    const [premiere] = dossierCommandsFor(arret.events[0]);
    expect(premiere.command.type).toBe('VoterFinancement');
    expect((await handler.handle(dossierDecider, premiere)).ok).toBe(true);
    await store.close();

    // 3. The next start: the reactor catches up from its checkpoint and finishes the job.
    app = await startTestApp('standalone', StandaloneModule.forRoot, env);
    const relance = await app.clientFor(TENANT, 'agent');
    await attendre(relance, 'r1', 'retenu');
    await attendre(relance, 'r2', 'retenu');
    const r1 = await statut(relance, 'r1');
    // Nothing twice: one vote (applied before the crash) and one retenu, both caused by the comité's event.
    expect(r1.historique.map((entree) => entree.type)).toEqual([
      'DossierDepose',
      'FinancementDemande',
      'DossierMisEnInstruction',
      'FinancementVote',
      'DossierRetenu',
    ]);
    expect(r1.historique.slice(3).every((entree) => entree.causationId === arret.events[0].id)).toBe(true);
    expect((await statut(relance, 'r2')).historique.filter((entree) => entree.type === 'FinancementVote')).toHaveLength(1);

    // 4. While running, a decision appended behind the API's back is healed at once too.
    const vivant = app.app.get(CommandHandler);
    const live = await vivant.handle(comiteDecider, {
      stream: comiteStream(TENANT, 'c1'),
      command: { type: 'ArreterProgrammation', data: { comiteId: 'c1', decisions: [decision('r3')] }, metadata: metadata('crash-2') },
    });
    expect(live.ok).toBe(true);
    await attendre(relance, 'r3', 'retenu');

    // 5. Replaying the mutation through the API (same commandId, same input) re-dispatches: every effect is a
    // replay. The decision was recorded without a fingerprint, so the key is checked by the type of what it decides.
    const memeDecision = (dossierId: string) => ({
      dossierId,
      decision: 'retenu',
      lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: VOTE }],
    });
    const replay = await executer(relance, 'arreterProgrammation', {
      comiteId: 'c1',
      commandId: 'crash-1',
      decisions: [memeDecision('r1'), memeDecision('r2')],
    });
    expect(replay.replayed).toBe(true);
    expect(replay.effets!.map((effet) => [effet.dossierId, effet.commande, effet.ok, effet.replayed])).toEqual([
      ['r1', 'VoterFinancement', true, true],
      ['r1', 'RetenirDossier', true, true],
      ['r2', 'VoterFinancement', true, true],
      ['r2', 'RetenirDossier', true, true],
    ]);
  });
});
