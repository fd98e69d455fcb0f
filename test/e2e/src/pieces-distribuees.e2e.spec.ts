import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDistributedTestApps, type DistributedTestApps } from '@cdv/app-harness';
import { pdf } from '@cdv/testing';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant } from './programmation-fixture';
import { DocumentsHttp } from './support/documents-http';
import { AuditServiceModule, GatewayModule, ProgrammationServiceModule, TerritoireServiceModule } from '@cdv/topologies';

/**
 * The pièces justificatives in the distributed topology: the gateway streams /documents/… to the programmation
 * service (uploads and downloads), GraphQL goes through the composed schema, and the audit service checks the
 * same files against their events.
 */
describe('pièces justificatives through the gateway', () => {
  let app: DistributedTestApps;
  let http: DocumentsHttp;
  beforeAll(async () => {
    app = await startDistributedTestApps({
      territoire: TerritoireServiceModule.forRoot,
      programmation: ProgrammationServiceModule.forRoot,
      audit: AuditServiceModule.forRoot,
      gateway: GatewayModule.forRoot,
    });
    http = new DocumentsHttp(app);
    await creerReferentiel(app, 'mel');
    const agent = await app.clientFor('mel', 'agent');
    const porteur = await app.clientFor('mel', 'porteur', 'asso-1');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(porteur, 'deposerDossier', depot('d1', 'asso-1'));
    await executer(porteur, 'demanderFinancement', { dossierId: 'd1', financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(4_000)) });
  }, 120_000);
  afterAll(() => app.close());

  it('uploads, attaches, lists and downloads a piece, by link and by id; verification names a changed file', async () => {
    const porteurToken = await app.token('mel', 'porteur', 'asso-1');
    const bytes = pdf(40_000, 'Statuts');
    const upload = await http.televerser(porteurToken, 'mel', 'dossiers/d1', bytes, 'statuts.pdf');
    expect(upload.status).toBe(201);
    const porteur = await app.clientFor('mel', 'porteur', 'asso-1');
    const { id } = await executer(porteur, 'deposerPiece', { cible: 'dossier', detenteurId: 'd1', type: 'statuts', fichier: upload.body.recu });

    const agent = await app.clientFor('mel', 'agent');
    const { dossier } = await agent.ok<{ dossier: { pieces: Array<{ id: string; fichier: { sha256: string }; lien: { url: string } }> } }>(
      'query { dossier(id: "d1") { pieces { id fichier { sha256 } lien { url } } } }',
    );
    expect(dossier.pieces.map((piece) => piece.id)).toEqual([id]);
    const parLien = await http.telecharger(dossier.pieces[0].lien.url);
    expect(parLien.status).toBe(200);
    expect(parLien.bytes).toEqual(bytes);
    expect(parLien.headers.get('content-disposition')).toBe(`attachment; filename="statuts.pdf"; filename*=UTF-8''statuts.pdf`);
    expect((await http.telecharger(`/documents/dossiers/d1/pieces/${id}`, await app.token('mel', 'agent'), 'mel')).bytes).toEqual(bytes);
    expect((await http.telecharger(`/documents/dossiers/d1/pieces/${id}`, await app.token('mel', 'porteur', 'asso-2'), 'mel')).code).toBe('NOT_FOUND');
    expect((await http.telecharger(`/documents/dossiers/d1/pieces/${id}`)).code).toBe('UNAUTHENTICATED');

    const verification = 'query { verification { ok documentsVerifies premierMaillonRompu { probleme } } }';
    const admin = await app.clientFor('mel', 'admin');
    expect((await admin.ok<{ verification: { ok: boolean; documentsVerifies: number } }>(verification)).verification).toMatchObject({
      ok: true,
      documentsVerifies: 1,
    });
    const store = app.services.programmation.config.documents?.store;
    if (store?.kind !== 'embedded') throw new Error('the test services share one document folder');
    const sha = dossier.pieces[0].fichier.sha256;
    writeFileSync(join(store.dir, 'mel', sha.slice(0, 2), sha), pdf(40_000, 'Statuts modifiés'));
    expect((await admin.ok<{ verification: { ok: boolean; premierMaillonRompu: { probleme: string } } }>(verification)).verification).toMatchObject({
      ok: false,
      premierMaillonRompu: { probleme: 'document_altered' },
    });
  });
});
