import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, DOSSIER, euros, executer, montant, PILIERS, refuser } from './programmation-fixture';

/**
 * Who sees what (docs/design.md §6, ADR 0006): a porteur sees and acts on its organisation's dossiers only — another's
 * reads as NOT_FOUND, never with its data; an instructeur sees every dossier of the tenant and decides its own
 * lines; a lecteur reads dashboards, not dossiers; a token never reads another tenant.
 */

const DOSSIERS = `query($filter: DossiersFilter, $first: Int, $after: String, $sort: DossiersSort) {
  dossiers(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id titre porteur { id } avis { auteurId } lignes { id avertissements { regleId } } } }
  }
}`;
const PROGRAMMATION = `query { programmation(annee: 2025) { comptes { deposes } } }`;
const LEDGER = `query { lignesFinancement(annee: 2025, financeur: "etat") { financeurId demande } }`;
const COMITES = `query { comites(annee: 2025) { id decisions { dossierId titre dossier { id statut } } } }`;
const CONVENTION = `query($id: String!) { convention(id: $id) { id porteur { id } dossiers { dossierId dossier { statut } } } }`;
const ESPACE = `query($porteurId: String) { espacePorteur(porteurId: $porteurId) { porteur { id } dossiers { totalCount } } }`;
const ENTITES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier { id titre } ... on AppelAProjets { id titre } } }`;

interface Page {
  dossiers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; porteur: { id: string }; avis: unknown[]; lignes: Array<{ avertissements: unknown[] }> } }>;
  };
}

describe('programmation: who sees what', () => {
  let app: TestApp;
  let agent: GraphqlClient;
  let asso1: GraphqlClient;
  let asso2: GraphqlClient;
  let region: GraphqlClient;
  let etat: GraphqlClient;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, 'mel');
    await creerReferentiel(app, 'cahc');
    agent = await app.clientFor('mel', 'agent');
    asso1 = await app.clientFor('mel', 'porteur', 'asso-1');
    asso2 = await app.clientFor('mel', 'porteur', 'asso-2');
    region = await app.clientFor('mel', 'instructeur', 'region');
    etat = await app.clientFor('mel', 'instructeur', 'etat');
    const admin = await app.clientFor('mel', 'admin');
    await executer(admin, 'definirReglesFinancement', {
      regles: [
        {
          id: 'region-avert',
          libelle: 'Région : 1 000 € conseillés',
          type: 'plafond',
          application: 'avertissement',
          cible: { financeurIds: ['region'] },
          montantMax: montant(euros(1_000)),
        },
      ],
    });
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(asso1, 'deposerDossier', depot('p1-a', 'asso-1', { titre: 'Ateliers de robotique', classement: { pilier: PILIERS[0] } }));
    await executer(
      asso1,
      'deposerDossier',
      depot('p1-b', 'asso-1', { titre: 'Jardins partagés', communes: ['59512'], qpvIds: ['QN05951B'], classement: { pilier: PILIERS[1] } }),
    );
    await executer(asso2, 'deposerDossier', depot('p2-a', 'asso-2', { titre: 'Accompagnement scolaire' }));
    for (const [client, dossierId] of [
      [asso1, 'p1-a'],
      [asso1, 'p1-b'],
      [asso2, 'p2-a'],
    ] as const) {
      await executer(client, 'demanderFinancement', { dossierId, financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(4_000)) });
      await executer(client, 'demanderFinancement', { dossierId, financeurId: 'region', nature: 'droit_commun', montant: montant(euros(2_000)) });
      await executer(agent, 'mettreEnInstruction', { dossierId });
    }
    await executer(etat, 'emettreAvis', { dossierId: 'p1-a', avis: 'reserve', commentaire: 'Interne : budget fragile' });
    await executer(agent, 'convoquerComite', {
      comiteId: 'c1',
      annee: 2025,
      date: '2025-03-15',
      libelle: 'Comité',
      membres: [{ organisationId: 'etat', qualite: 'financeur' }],
    });
    await executer(agent, 'arreterProgrammation', {
      comiteId: 'c1',
      decisions: ['p1-a', 'p2-a'].map((dossierId) => ({
        dossierId,
        decision: 'retenu',
        lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: montant(euros(4_000)) }],
      })),
    });
    await executer(agent, 'signerConvention', {
      conventionId: 'conv-2',
      typeConvention: 'annuelle',
      objet: 'C',
      porteurId: 'asso-2',
      signataires: ['etat'],
      anneeDebut: 2025,
      anneeFin: 2025,
      dateSignature: '2025-04-01',
      dossiers: [{ dossierId: 'p2-a', annee: 2025 }],
    });
  });
  afterAll(() => app.close());

  it('a porteur lists only its own dossiers, whatever filter it sends, without the instruction’s notes', async () => {
    const own = await asso1.ok<Page>(DOSSIERS, { filter: { annee: 2025 } });
    expect(own.dossiers.totalCount).toBe(2);
    expect(own.dossiers.edges.map((edge) => edge.node.porteur.id)).toEqual(['asso-1', 'asso-1']);
    const forced = await asso1.ok<Page>(DOSSIERS, { filter: { porteur: 'asso-2' } });
    expect(forced.dossiers.edges.map((edge) => edge.node.id).sort()).toEqual(['p1-a', 'p1-b']);
    const noted = own.dossiers.edges.find((edge) => edge.node.id === 'p1-a')!.node;
    expect(noted.avis).toEqual([]);
    expect(noted.lignes.flatMap((ligne) => ligne.avertissements)).toEqual([]);
    const staff = await agent.ok<Page>(DOSSIERS, { filter: { porteur: 'asso-1' } });
    expect(staff.dossiers.edges.find((edge) => edge.node.id === 'p1-a')!.node.avis).toHaveLength(1);
    expect(staff.dossiers.edges.find((edge) => edge.node.id === 'p1-a')!.node.lignes.flatMap((ligne) => ligne.avertissements)).toHaveLength(1);
  });

  it('another porteur’s dossier, convention and space read as NOT_FOUND, with no data; its commands too', async () => {
    const response = await asso1.request(DOSSIER, { id: 'p2-a' });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(response.data).toBeNull();
    await asso1.fails(CONVENTION, { id: 'conv-2' }, 'NOT_FOUND');
    await asso1.fails(ESPACE, { porteurId: 'asso-2' }, 'NOT_FOUND');
    await refuser(asso1, 'modifierDossier', { dossierId: 'p2-a', titre: 'Pris' }, 'NOT_FOUND');
    await refuser(asso1, 'abandonnerDossier', { dossierId: 'p2-a' }, 'NOT_FOUND');
    await refuser(asso1, 'demanderFinancement', { dossierId: 'p2-a', financeurId: 'caf', nature: 'droit_commun', montant: '1.00' }, 'NOT_FOUND');
    const { dossier } = await asso2.ok<{ dossier: { historique: Array<{ actor: unknown }> } }>(DOSSIER, { id: 'p2-a' });
    expect(dossier.historique.every((entree) => entree.actor === null)).toBe(true);
    expect((await asso1.ok<{ espacePorteur: { porteur: { id: string }; dossiers: { totalCount: number } } }>(ESPACE, {})).espacePorteur).toEqual({
      porteur: { id: 'asso-1' },
      dossiers: { totalCount: 2 },
    });
    await asso1.fails(COMITES, {}, 'FORBIDDEN');
    await asso1.fails(PROGRAMMATION, {}, 'FORBIDDEN');
  });

  it('an instructeur sees every dossier and decides its own lines only', async () => {
    expect((await region.ok<Page>(DOSSIERS, {})).dossiers.totalCount).toBe(3);
    expect((await region.ok<{ dossier: { avis: unknown[] } }>(DOSSIER, { id: 'p1-a' })).dossier.avis).toHaveLength(1);
    await executer(region, 'proposerFinancement', { dossierId: 'p1-b', ligneId: 'region:droit_commun', montant: montant(euros(1_500)) });
    await refuser(region, 'proposerFinancement', { dossierId: 'p1-b', ligneId: 'etat:credits_specifiques', montant: '1.00' }, 'FORBIDDEN');
    await refuser(region, 'voterFinancement', { dossierId: 'p1-b', ligneId: 'etat:credits_specifiques', montant: '1.00' }, 'FORBIDDEN');
    await refuser(region, 'mettreEnInstruction', { dossierId: 'p1-b' }, 'FORBIDDEN');
    const comites = await region.ok<{ comites: Array<{ decisions: Array<{ dossier: { id: string; statut: string } }> }> }>(COMITES);
    expect(comites.comites[0].decisions.map((decision) => decision.dossier)).toEqual([
      { id: 'p1-a', statut: 'retenu' },
      { id: 'p2-a', statut: 'conventionne' },
    ]);
  });

  it('a lecteur reads the dashboards, not the dossiers; an auditeur reads everything and writes nothing', async () => {
    const lecteur = await app.clientFor('mel', 'lecteur');
    expect((await lecteur.ok<{ programmation: { comptes: { deposes: number } } }>(PROGRAMMATION)).programmation.comptes.deposes).toBe(3);
    expect((await lecteur.ok<{ lignesFinancement: Array<{ demande: string }> }>(LEDGER)).lignesFinancement).toEqual([
      { financeurId: 'etat', demande: '12000.00' },
    ]);
    await lecteur.fails(DOSSIERS, {}, 'FORBIDDEN');
    await lecteur.fails(DOSSIER, { id: 'p1-a' }, 'FORBIDDEN');
    const auditeur = await app.clientFor('mel', 'auditeur');
    expect((await auditeur.ok<Page>(DOSSIERS, {})).dossiers.totalCount).toBe(3);
    expect((await auditeur.ok<{ comites: unknown[] }>(COMITES)).comites).toHaveLength(1);
    await refuser(auditeur, 'abandonnerDossier', { dossierId: 'p1-a', reason: 'r' }, 'FORBIDDEN');
  });

  it('filters and pages the list with Relay cursors', async () => {
    const first = await agent.ok<Page>(DOSSIERS, { first: 2, sort: { field: 'titre', direction: 'asc' } });
    expect(first.dossiers.totalCount).toBe(3);
    expect(first.dossiers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await agent.ok<Page>(DOSSIERS, { first: 2, after: first.dossiers.pageInfo.endCursor, sort: { field: 'titre', direction: 'asc' } });
    expect(next.dossiers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.dossiers.edges, ...next.dossiers.edges].map((edge) => edge.node.id)).toEqual(['p2-a', 'p1-a', 'p1-b']);
    const ids = async (filter: Record<string, unknown>) => (await agent.ok<Page>(DOSSIERS, { filter })).dossiers.edges.map((edge) => edge.node.id).sort();
    expect(await ids({ texte: 'jardins' })).toEqual(['p1-b']);
    expect(await ids({ qpv: 'QN05951B' })).toEqual(['p1-b']);
    expect(await ids({ commune: '59512' })).toEqual(['p1-b']);
    expect(await ids({ pilier: PILIERS[1].id })).toEqual(['p1-b']);
    expect(await ids({ statut: ['retenu', 'conventionne'] })).toEqual(['p1-a', 'p2-a']);
    expect(await ids({ financeur: 'caf' })).toEqual([]);
    expect(await ids({ porteur: 'asso-2', annee: 2025 })).toEqual(['p2-a']);
    await agent.fails(DOSSIERS, { first: 2, after: 'not-a-cursor' }, 'VALIDATION_FAILED');
    await agent.fails(DOSSIERS, { first: 0 }, 'VALIDATION_FAILED');
    await agent.fails(DOSSIERS, { first: 2, after: first.dossiers.pageInfo.endCursor }, 'VALIDATION_FAILED');
  });

  it('never crosses tenants: another tenant’s dossier is NOT_FOUND, a tenant outside the token is TENANT_MISMATCH', async () => {
    const autre = await app.clientFor('cahc', 'agent');
    await autre.fails(DOSSIER, { id: 'p1-a' }, 'NOT_FOUND');
    expect((await autre.ok<Page>(DOSSIERS, {})).dossiers.totalCount).toBe(0);
    expect((await autre.ok<{ programmation: { comptes: { deposes: number } } }>(PROGRAMMATION)).programmation.comptes.deposes).toBe(0);
    await refuser(autre, 'mettreEnInstruction', { dossierId: 'p1-a' }, 'NOT_FOUND');
    const token = await app.token('cahc', 'agent');
    await app.client.as(token, 'mel').fails(DOSSIER, { id: 'p1-a' }, 'TENANT_MISMATCH');
  });

  it('resolves federation references with the same rules', async () => {
    const representations = [
      { __typename: 'Dossier', id: 'p2-a' },
      { __typename: 'AppelAProjets', id: '2025' },
    ];
    const staff = await agent.ok<{ _entities: Array<{ id: string; titre: string } | null> }>(ENTITES, { representations });
    expect(staff._entities).toEqual([
      { id: 'p2-a', titre: 'Accompagnement scolaire' },
      { id: '2025', titre: APPEL_2025.titre },
    ]);
    const other = await asso1.ok<{ _entities: Array<{ id: string } | null> }>(ENTITES, { representations });
    expect(other._entities[0]).toBeNull();
    const anonymous = await app.client.request(ENTITES, { representations });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
