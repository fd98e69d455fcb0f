import JSZip from 'jszip';
import { startDistributedTestApps, type DistributedTestApps, type GraphqlClient } from '@cdv/app-harness';
import { AuditServiceModule, GatewayModule, ProgrammationServiceModule, TerritoireServiceModule } from '@cdv/topologies';
import { ANNEE, educationCredits, executer, lireRapport, refuser, semerCabbalr, telecharger, TENANT } from './support/rapport-annuel';

/**
 * The rapport annuel's main path through the gateway (distributed topology): the programmation service serves the
 * report beside the read models it is assembled from; the gateway composes its types and streams its downloads.
 * The whole life cycle with every refusal runs on the standalone app (rapport-annuel.e2e.spec.ts).
 */
describe('rapport annuel through the gateway (distributed topology)', () => {
  let app: DistributedTestApps;
  let agent: GraphqlClient;

  beforeAll(async () => {
    app = await startDistributedTestApps({
      territoire: TerritoireServiceModule.forRoot,
      programmation: ProgrammationServiceModule.forRoot,
      audit: AuditServiceModule.forRoot,
      gateway: GatewayModule.forRoot,
    });
    await semerCabbalr(app.services.programmation);
    agent = await app.clientFor(TENANT, 'agent');
  }, 180_000);

  afterAll(() => app?.close());

  it('arrêtes on the server, keeps the frozen figures after a correction, and downloads the same DOCX twice', async () => {
    const avant = await lireRapport(agent);
    expect(avant.etat.statut).toBe('projet');
    await refuser(await app.clientFor(TENANT, 'porteur', 'asso-1'), 'arreterRapport', { annee: ANNEE }, 'FORBIDDEN');
    await refuser(await app.clientFor(TENANT, 'auditeur'), 'arreterRapport', { annee: ANNEE }, 'FORBIDDEN');
    const arrete = await executer(agent, 'arreterRapport', { annee: ANNEE, effectiveAt: '2020-09-29T00:00:00Z' });
    expect(arrete.eventTypes).toEqual(['RapportArrete']);
    const v1 = await lireRapport(agent, { version: 1 });
    expect(educationCredits(v1)).toBe(educationCredits(avant));

    const pre = avant.chiffres.programmation.piliers
      .flatMap((p) => p.thematiques)
      .flatMap((t) => t.actions)
      .find((a) => a.titre === 'PRE')!;
    await executer(agent, 'corrigerMontant', {
      dossierId: pre.dossierId,
      ligneId: 'etat:credits_specifiques',
      etape: 'vote',
      montant: '390000.00',
      reason: 'erreur de saisie du vote du PRE',
    });
    expect(Number(educationCredits(await lireRapport(agent)))).toBe(Number(educationCredits(avant)) - 10_809);
    expect(educationCredits(await lireRapport(agent, { version: 1 }))).toBe(educationCredits(avant));

    const token = await app.token(TENANT, 'agent');
    const premier = await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?version=1`);
    expect(premier.status).toBe(200);
    const octets = Buffer.from(await premier.arrayBuffer());
    expect(await (await JSZip.loadAsync(octets)).file('word/document.xml')!.async('string')).toContain('Rapport');
    const second = Buffer.from(await (await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?version=1`)).arrayBuffer());
    expect(second.equals(octets)).toBe(true);
    expect((await telecharger(app, await app.token(TENANT, 'porteur', 'asso-1'), `/documents/rapports/${ANNEE}/html`)).status).toBe(403);
  });
});
