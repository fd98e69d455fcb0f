import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { executable, pdf, xlsx } from '@cdv/testing';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant, refuser } from './programmation-fixture';
import { DocumentsHttp } from './support/documents-http';

/**
 * Pièces justificatives end to end (issue 19, docs/adr/0022-pieces-justificatives.md): a porteur uploads its
 * statuts and RIB, replaces the RIB with a reason, an agent downloads both, the dossier is refused for instruction
 * until the budget prévisionnel is there; another porteur and another workspace are refused, by id and by link;
 * bad files are refused with clear codes.
 */

const MAX_BYTES = 200_000;

const DOSSIER_PIECES = `query($id: String!) { dossier(id: $id) {
  id revision
  pieces { id cible statut type { id libelle } fichier { nom taille typeMedia sha256 } deposePar { role } lien { url expireLe }
           versions { fichier { nom sha256 } remplaceeLe motifRemplacement lien { url } } }
  piecesRequises { type { id libelle } etape fournie }
} }`;
const PIECES_AUDIT = `query($id: String!) { dossier(id: $id) { pieces(inclureRetirees: true) { id statut motifRetrait lien { url } } } }`;

interface PieceLue {
  id: string;
  cible: string;
  statut: string;
  type: { id: string; libelle: string };
  fichier: { nom: string; taille: number; typeMedia: string; sha256: string };
  deposePar: { role: string } | null;
  lien: { url: string; expireLe: string };
  versions: Array<{ fichier: { nom: string; sha256: string }; remplaceeLe: string | null; motifRemplacement: string | null; lien: { url: string } }>;
}
interface DossierLu {
  dossier: { id: string; revision: number; pieces: PieceLue[]; piecesRequises: Array<{ type: { id: string }; etape: string; fournie: boolean }> };
}

describe('pièces justificatives', () => {
  let app: TestApp;
  let http: DocumentsHttp;
  let agent: GraphqlClient;
  let asso1: GraphqlClient;
  let asso2: GraphqlClient;
  let auditeur: GraphqlClient;
  const statuts = pdf(30_000, 'Statuts');
  const rib = pdf(5_000, 'RIB 2023');
  const ribNouveau = pdf(6_000, 'RIB 2025');
  const budget = xlsx();
  /** Where the RIB was replaced: the dossier as of just before shows the first RIB. */
  let avantRemplacement = 0;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot, { DOCUMENT_MAX_BYTES: String(MAX_BYTES) });
    http = new DocumentsHttp(app);
    await creerReferentiel(app, 'mel');
    await creerReferentiel(app, 'cahc');
    agent = await app.clientFor('mel', 'agent');
    asso1 = await app.clientFor('mel', 'porteur', 'asso-1');
    asso2 = await app.clientFor('mel', 'porteur', 'asso-2');
    auditeur = await app.clientFor('mel', 'auditeur');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(agent, 'definirPiecesRequises', {
      annee: 2025,
      pieces: [
        { type: 'statuts', etape: 'depot', porteurKinds: ['association'] },
        { type: 'rib', etape: 'depot' },
        { type: 'budget-previsionnel', etape: 'depot' },
        { type: 'compte-rendu-financier', etape: 'bilan' },
      ],
    });
    for (const [client, dossierId, porteurId] of [
      [asso1, 'd1', 'asso-1'],
      [asso1, 'd3', 'asso-1'],
      [asso2, 'd2', 'asso-2'],
    ] as const) {
      await executer(client, 'deposerDossier', depot(dossierId, porteurId));
      await executer(client, 'demanderFinancement', { dossierId, financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(4_000)) });
    }
  });
  afterAll(() => app.close());

  /** Uploads then attaches a file; returns the new piece's id. */
  async function deposer(client: GraphqlClient, token: string, dossierId: string, type: string, bytes: Buffer, nom: string): Promise<string> {
    const upload = await http.televerser(token, 'mel', `dossiers/${dossierId}`, bytes, nom);
    expect(upload.status).toBe(201);
    const payload = await executer(client, 'deposerPiece', { cible: 'dossier', detenteurId: dossierId, type, fichier: upload.body.recu });
    expect(payload.eventTypes).toEqual(['PieceDeposee']);
    return payload.id;
  }

  it('a porteur uploads its statuts and RIB, replaces the RIB with a reason; an agent reads and downloads both', async () => {
    const porteur = await app.token('mel', 'porteur', 'asso-1');
    const upload = await http.televerser(porteur, 'mel', 'dossiers/d1', statuts, 'Statuts de l’association.pdf');
    expect(upload.status).toBe(201);
    expect(upload.body.fichier).toEqual({ nom: 'Statuts de l’association.pdf', taille: statuts.length, typeMedia: 'application/pdf', sha256: sha256(statuts) });
    const statutsId = (await executer(asso1, 'deposerPiece', { cible: 'dossier', detenteurId: 'd1', type: 'statuts', fichier: upload.body.recu })).id;
    const ribId = await deposer(asso1, porteur, 'd1', 'rib', rib, 'rib.pdf');

    await refuser(
      asso1,
      'remplacerPiece',
      {
        cible: 'dossier',
        detenteurId: 'd1',
        pieceId: ribId,
        fichier: (await http.televerser(porteur, 'mel', 'dossiers/d1', ribNouveau, 'rib-2025.pdf')).body.recu,
      },
      'VALIDATION_FAILED',
    );
    const nouveau = await http.televerser(porteur, 'mel', 'dossiers/d1', ribNouveau, 'rib-2025.pdf');
    const remplacement = await executer(asso1, 'remplacerPiece', {
      cible: 'dossier',
      detenteurId: 'd1',
      pieceId: ribId,
      fichier: nouveau.body.recu,
      reason: 'changement de banque',
    });
    expect(remplacement.eventTypes).toEqual(['PieceRemplacee']);
    avantRemplacement = remplacement.position - 1;

    const { dossier } = await agent.ok<DossierLu>(DOSSIER_PIECES, { id: 'd1' });
    expect(dossier.revision).toBe(remplacement.revision);
    const lues = Object.fromEntries(dossier.pieces.map((piece) => [piece.id, piece]));
    expect(lues[statutsId]).toMatchObject({
      statut: 'active',
      type: { id: 'statuts', libelle: 'Statuts' },
      fichier: { sha256: sha256(statuts) },
      deposePar: { role: 'porteur' },
    });
    expect(lues[ribId].fichier).toMatchObject({ nom: 'rib-2025.pdf', sha256: sha256(ribNouveau) });
    expect(lues[ribId].versions.map((version) => [version.fichier.nom, version.motifRemplacement])).toEqual([
      ['rib.pdf', 'changement de banque'],
      ['rib-2025.pdf', null],
    ]);

    const agentToken = await app.token('mel', 'agent');
    for (const [piece, bytes] of [
      [lues[statutsId], statuts],
      [lues[ribId], ribNouveau],
    ] as const) {
      const parLien = await http.telecharger(piece.lien.url);
      expect(parLien.status).toBe(200);
      expect(parLien.bytes).toEqual(bytes);
      expect(parLien.headers.get('content-type')).toBe('application/pdf');
      expect(parLien.headers.get('x-content-type-options')).toBe('nosniff');
      expect(parLien.headers.get('content-disposition')).toMatch(/^attachment; filename=".*"; filename\*=UTF-8''/);
      const parId = await http.telecharger(`/documents/dossiers/d1/pieces/${piece.id}`, agentToken, 'mel');
      expect(parId.bytes).toEqual(bytes);
    }
    expect((await http.telecharger(lues[statutsId].lien.url)).headers.get('content-disposition')).toBe(
      `attachment; filename="Statuts de l_association.pdf"; filename*=UTF-8''Statuts%20de%20l%E2%80%99association.pdf`,
    );
    // The replaced RIB stays readable (its version's link), for the audit trail.
    expect((await http.telecharger(lues[ribId].versions[0].lien.url)).bytes).toEqual(rib);
  });

  it('reads the pieces as of a past point: before its replacement, the RIB was the first file', async () => {
    const query = `query($id: String!, $at: Int) { dossier(id: $id, asOfPosition: $at) { pieces { type { id } fichier { nom sha256 } versions { fichier { nom } } } } }`;
    const avant = await agent.ok<DossierLu>(query, { id: 'd1', at: avantRemplacement });
    const ribAvant = avant.dossier.pieces.find((piece) => piece.type.id === 'rib') as PieceLue;
    expect(ribAvant.fichier).toEqual({ nom: 'rib.pdf', sha256: sha256(rib) });
    expect(ribAvant.versions.map((version) => version.fichier.nom)).toEqual(['rib.pdf']);
  });

  it('refuses the instruction until the budget prévisionnel is there, naming what is missing', async () => {
    const avant = await agent.ok<DossierLu>(DOSSIER_PIECES, { id: 'd1' });
    expect(avant.dossier.piecesRequises).toEqual([
      { type: { id: 'statuts', libelle: 'Statuts' }, etape: 'depot', fournie: true },
      { type: { id: 'rib', libelle: 'RIB' }, etape: 'depot', fournie: true },
      { type: { id: 'budget-previsionnel', libelle: 'Budget prévisionnel' }, etape: 'depot', fournie: false },
      { type: { id: 'compte-rendu-financier', libelle: 'Compte rendu financier (CERFA n° 15059)' }, etape: 'bilan', fournie: false },
    ]);
    const refus = await refuser(agent, 'mettreEnInstruction', { dossierId: 'd1' }, 'VALIDATION_FAILED');
    expect(refus.message).toMatch(/« Budget prévisionnel »/);
    expect(refus.extensions).toMatchObject({ field: 'pieces', manquantes: [{ id: 'budget-previsionnel', libelle: 'Budget prévisionnel' }] });

    await deposer(asso1, await app.token('mel', 'porteur', 'asso-1'), 'd1', 'budget-previsionnel', budget, 'Budget prévisionnel 2025.xlsx');
    expect((await executer(agent, 'mettreEnInstruction', { dossierId: 'd1' })).eventTypes).toEqual(['DossierMisEnInstruction']);
  });

  it('refuses another porteur, by id and by link: its dossier reads as not found', async () => {
    const autre = await app.token('mel', 'porteur', 'asso-2');
    const { dossier } = await agent.ok<DossierLu>(DOSSIER_PIECES, { id: 'd1' });
    const piece = dossier.pieces[0];
    await asso2.fails(DOSSIER_PIECES, { id: 'd1' }, 'NOT_FOUND');
    expect((await http.telecharger(`/documents/dossiers/d1/pieces/${piece.id}`, autre, 'mel')).code).toBe('NOT_FOUND');
    expect((await http.televerser(autre, 'mel', 'dossiers/d1', pdf(), 'x.pdf')).body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    // asso-2's own link, pointed at asso-1's piece: the signature no longer holds.
    await deposer(asso2, autre, 'd2', 'rib', pdf(3_000), 'rib.pdf');
    const sien = (await asso2.ok<DossierLu>(DOSSIER_PIECES, { id: 'd2' })).dossier.pieces[0];
    const detourne = http.lienModifie(sien.lien.url, { d: { type: 'dossier', id: 'd1' }, p: piece.id, h: piece.fichier.sha256 });
    expect(await http.telecharger(detourne)).toMatchObject({ status: 403, code: 'LINK_INVALID' });
    // A receipt of asso-1 cannot be used by asso-2, and not for another dossier.
    const recu = (await http.televerser(await app.token('mel', 'porteur', 'asso-1'), 'mel', 'dossiers/d3', pdf(), 'rib.pdf')).body.recu;
    await refuser(asso2, 'deposerPiece', { cible: 'dossier', detenteurId: 'd2', type: 'rib', fichier: recu }, 'VALIDATION_FAILED');
    await refuser(asso1, 'deposerPiece', { cible: 'dossier', detenteurId: 'd1', type: 'rib', fichier: recu }, 'VALIDATION_FAILED');
    await refuser(asso2, 'retirerPiece', { cible: 'dossier', detenteurId: 'd1', pieceId: piece.id, reason: 'x' }, 'NOT_FOUND');
  });

  it('an instructeur of the workspace reads a dossier’s pieces and downloads them, by id and by link', async () => {
    const instructeur = await app.clientFor('mel', 'instructeur', 'etat');
    const token = await app.token('mel', 'instructeur', 'etat');
    const { dossier } = await instructeur.ok<DossierLu>(DOSSIER_PIECES, { id: 'd1' });
    const attendus = new Map([
      ['statuts', statuts],
      ['rib', ribNouveau],
      ['budget-previsionnel', budget],
    ]);
    expect(dossier.pieces.map((piece) => piece.type.id).sort()).toEqual([...attendus.keys()].sort());
    for (const piece of dossier.pieces) {
      const bytes = attendus.get(piece.type.id)!;
      const parId = await http.telecharger(`/documents/dossiers/d1/pieces/${piece.id}`, token, 'mel');
      expect({ type: piece.type.id, status: parId.status, sha256: sha256(parId.bytes) }).toEqual({ type: piece.type.id, status: 200, sha256: sha256(bytes) });
      expect((await http.telecharger(piece.lien.url)).bytes).toEqual(bytes);
    }
    // reading is not writing: the same instructeur cannot upload to the dossier (its test below) nor withdraw a piece
    await refuser(instructeur, 'retirerPiece', { cible: 'dossier', detenteurId: 'd1', pieceId: dossier.pieces[0].id, reason: 'essai' }, 'FORBIDDEN');
  });

  it('refuses another workspace, by id and by link', async () => {
    const { dossier } = await agent.ok<DossierLu>(DOSSIER_PIECES, { id: 'd1' });
    const piece = dossier.pieces[0];
    const cahc = await app.token('cahc', 'agent');
    expect((await http.telecharger(`/documents/dossiers/d1/pieces/${piece.id}`, cahc, 'cahc')).code).toBe('NOT_FOUND');
    expect(await http.telecharger(`/documents/dossiers/d1/pieces/${piece.id}`, cahc, 'mel')).toMatchObject({ status: 403, code: 'TENANT_MISMATCH' });
    expect((await http.televerser(cahc, 'mel', 'dossiers/d1', pdf(), 'x.pdf')).body.errors?.[0].extensions.code).toBe('TENANT_MISMATCH');
    const ailleurs = http.lienModifie(piece.lien.url, { t: 'cahc' });
    expect(await http.telecharger(ailleurs)).toMatchObject({ status: 403, code: 'LINK_INVALID' });
    expect(await http.telecharger(`${piece.lien.url.slice(0, -3)}abc`)).toMatchObject({ status: 403, code: 'LINK_INVALID' });
  });

  it('refuses a file over the limit, an executable named .pdf, an empty file and a path-like name, with clear codes', async () => {
    const porteur = await app.token('mel', 'porteur', 'asso-1');
    const cas: Array<[Buffer, string, number, string]> = [
      [pdf(MAX_BYTES + 1), 'gros.pdf', 413, 'FILE_TOO_LARGE'],
      [pdf(MAX_BYTES + 100_000), 'tres-gros.pdf', 413, 'FILE_TOO_LARGE'],
      [executable(), 'statuts.pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [Buffer.alloc(0), 'vide.pdf', 400, 'EMPTY_FILE'],
      [pdf(), '../../etc/passwd.pdf', 400, 'INVALID_FILENAME'],
      [pdf(), 'C:\\Users\\asso\\rib.pdf', 400, 'INVALID_FILENAME'],
    ];
    for (const [bytes, nom, status, code] of cas) {
      const answer = await http.televerser(porteur, 'mel', 'dossiers/d3', bytes, nom);
      expect({ nom, status: answer.status, code: answer.body.errors?.[0].extensions.code }).toEqual({ nom, status, code });
    }
    expect((await http.televerser(porteur, 'mel', 'dossiers/d3', pdf(MAX_BYTES), 'juste.pdf')).status).toBe(201);
  });

  it('refuses the endpoints without a token, to readers, to instructeurs uploading; the malformed requests', async () => {
    expect((await http.televerser(undefined, 'mel', 'dossiers/d3', pdf(), 'x.pdf')).status).toBe(401);
    expect((await http.televerser(await app.token('mel', 'lecteur'), 'mel', 'dossiers/d3', pdf(), 'x.pdf')).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await http.televerser(await app.token('mel', 'instructeur', 'etat'), 'mel', 'dossiers/d3', pdf(), 'x.pdf')).status).toBe(403);
    expect((await http.telecharger('/documents/dossiers/d1/pieces/x', await app.token('mel', 'lecteur'), 'mel')).code).toBe('FORBIDDEN');
    expect((await http.telecharger('/documents/dossiers/d1/pieces/x')).code).toBe('UNAUTHENTICATED');
    const porteur = await app.token('mel', 'porteur', 'asso-1');
    expect((await http.brut(porteur, 'mel', 'dossiers/d3', 'application/json', '{}')).code).toBe('VALIDATION_FAILED');
    expect((await http.televerser(porteur, 'mel', 'dossiers/d3', pdf(), 'x.pdf', 'document')).code).toBe('VALIDATION_FAILED');
    expect((await http.televerser(porteur, 'mel', 'dossiers/d3', pdf(), 'x.pdf', 'fichier', 2)).code).toBe('VALIDATION_FAILED');
    expect((await http.televerser(porteur, 'mel', 'dossiers/inconnu', pdf(), 'x.pdf')).status).toBe(404);
    expect((await http.televerser(porteur, 'mel', 'dossiers/..%2F..%2Fetc', pdf(), 'x.pdf')).code).toBe('VALIDATION_FAILED');
  });

  it('withdraws a piece with a reason: gone for the porteur and the agent, kept for auditors, who download it', async () => {
    const porteur = await app.token('mel', 'porteur', 'asso-1');
    const bytes = pdf(4_000, 'Ancien RIB');
    const pieceId = await deposer(asso1, porteur, 'd3', 'rib', bytes, 'ancien-rib.pdf');
    const avant = (await asso1.ok<DossierLu>(DOSSIER_PIECES, { id: 'd3' })).dossier.pieces.find((piece) => piece.id === pieceId) as PieceLue;
    await refuser(asso1, 'retirerPiece', { cible: 'dossier', detenteurId: 'd3', pieceId }, 'VALIDATION_FAILED');
    await executer(asso1, 'retirerPiece', { cible: 'dossier', detenteurId: 'd3', pieceId, reason: 'mauvais fichier' });
    await refuser(asso1, 'retirerPiece', { cible: 'dossier', detenteurId: 'd3', pieceId, reason: 'encore' }, 'CONFLICT');

    expect((await asso1.ok<DossierLu>(DOSSIER_PIECES, { id: 'd3' })).dossier.pieces.map((piece) => piece.id)).not.toContain(pieceId);
    expect((await agent.ok<DossierLu>(PIECES_AUDIT, { id: 'd3' })).dossier.pieces.map((piece) => piece.id)).not.toContain(pieceId);
    expect((await http.telecharger(avant.lien.url)).code).toBe('NOT_FOUND');
    expect((await http.telecharger(`/documents/dossiers/d3/pieces/${pieceId}`, await app.token('mel', 'agent'), 'mel')).code).toBe('NOT_FOUND');

    const vue = (
      await auditeur.ok<{ dossier: { pieces: Array<{ id: string; statut: string; motifRetrait: string; lien: { url: string } }> } }>(PIECES_AUDIT, { id: 'd3' })
    ).dossier.pieces;
    const retiree = vue.find((piece) => piece.id === pieceId);
    expect(retiree).toMatchObject({ statut: 'retiree', motifRetrait: 'mauvais fichier' });
    expect((await http.telecharger(retiree?.lien.url as string)).bytes).toEqual(bytes);
    expect((await http.telecharger(`/documents/dossiers/d3/pieces/${pieceId}`, await app.token('mel', 'auditeur'), 'mel')).bytes).toEqual(bytes);
  });

  it('takes the bilan’s pieces once the action is under way, refuses the solde until its compte rendu is there; a convention holds its signed copy', async () => {
    const porteur = await app.token('mel', 'porteur', 'asso-1');
    await executer(asso1, 'deposerDossier', depot('d4', 'asso-1'));
    await executer(asso1, 'demanderFinancement', { dossierId: 'd4', financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(4_000)) });
    for (const [type, bytes] of [
      ['statuts', pdf()],
      ['rib', pdf()],
      ['budget-previsionnel', xlsx()],
    ] as const)
      await deposer(asso1, porteur, 'd4', type, bytes, `${type}.pdf`);
    await executer(agent, 'mettreEnInstruction', { dossierId: 'd4' });
    await executer(agent, 'voterFinancement', { dossierId: 'd4', ligneId: 'etat:credits_specifiques', montant: montant(euros(4_000)) });
    await executer(agent, 'retenirDossier', { dossierId: 'd4' });
    await executer(agent, 'signerConvention', {
      conventionId: 'conv-d4',
      typeConvention: 'annuelle',
      objet: 'Ateliers',
      porteurId: 'asso-1',
      signataires: ['etat'],
      anneeDebut: 2025,
      anneeFin: 2025,
      dateSignature: '2025-04-10',
      dossiers: [{ dossierId: 'd4', annee: 2025 }],
    });
    await executer(agent, 'engagerFinancement', { dossierId: 'd4', ligneId: 'etat:credits_specifiques', montant: montant(euros(4_000)) });

    // The signed convention, uploaded by its porteur to the convention.
    const scan = pdf(8_000, 'Convention signée');
    const upload = await http.televerser(porteur, 'mel', 'conventions/conv-d4', scan, 'convention signée.pdf');
    await executer(asso1, 'deposerPiece', { cible: 'convention', detenteurId: 'conv-d4', type: 'convention-signee', fichier: upload.body.recu });
    const { convention } = await asso1.ok<{ convention: { pieces: Array<{ id: string; lien: { url: string } }> } }>(
      'query { convention(id: "conv-d4") { pieces { id lien { url } } } }',
    );
    expect((await http.telecharger(convention.pieces[0].lien.url)).bytes).toEqual(scan);
    expect(
      (await http.telecharger(`/documents/conventions/conv-d4/pieces/${convention.pieces[0].id}`, await app.token('mel', 'porteur', 'asso-2'), 'mel')).code,
    ).toBe('NOT_FOUND');

    const crf = await http.televerser(porteur, 'mel', 'dossiers/d4', pdf(6_000, 'Compte rendu'), 'cerfa-15059.pdf');
    await refuser(asso1, 'deposerPiece', { cible: 'bilan', detenteurId: 'd4', type: 'compte-rendu-financier', fichier: crf.body.recu }, 'INVALID_TRANSITION');
    await executer(asso1, 'demarrerAction', { dossierId: 'd4', dateDebut: '2025-05-01' });
    await executer(asso1, 'deposerBilan', {
      dossierId: 'd4',
      coutRealise: montant(euros(19_000)),
      beneficiaires: { total: 10, femmes: 5, hommes: 5, nonRenseigne: 0, parTrancheAge: [], residentsQpv: 8 },
      indicateurs: [],
      recit: 'Dix ateliers.',
    });
    const refus = await refuser(agent, 'solderDossier', { dossierId: 'd4' }, 'VALIDATION_FAILED');
    expect(refus.message).toMatch(/the bilan lacks required pieces: « Compte rendu financier \(CERFA n° 15059\) »/);
    await executer(asso1, 'deposerPiece', { cible: 'bilan', detenteurId: 'd4', type: 'compte-rendu-financier', fichier: crf.body.recu });
    const bilan = await agent.ok<DossierLu>(DOSSIER_PIECES, { id: 'd4' });
    expect(bilan.dossier.pieces.filter((piece) => piece.cible === 'bilan').map((piece) => piece.type.id)).toEqual(['compte-rendu-financier']);
    // 4 000 € engaged and not paid: the solde says why (ADR 0025)
    expect((await executer(agent, 'solderDossier', { dossierId: 'd4', reason: 'action réalisée, solde non demandé' })).eventTypes).toEqual([
      'ReliquatsConstates',
      'DossierSolde',
    ]);
    // A soldé dossier is read-only.
    expect((await http.televerser(porteur, 'mel', 'dossiers/d4', pdf(), 'x.pdf')).code).toBe('INVALID_TRANSITION');
  });

  it('verification names a file whose bytes changed in the document store', async () => {
    const admin = await app.clientFor('mel', 'admin');
    const avant = await admin.ok<{ verification: { ok: boolean; documentsVerifies: number } }>(VERIFICATION);
    expect(avant.verification.ok).toBe(true);
    expect(avant.verification.documentsVerifies).toBeGreaterThanOrEqual(5);

    const { dossier } = await agent.ok<DossierLu>(DOSSIER_PIECES, { id: 'd1' });
    const statutsLu = dossier.pieces.find((piece) => piece.type.id === 'statuts') as PieceLue;
    const store = app.config.documents?.store;
    if (store?.kind !== 'embedded') throw new Error('the e2e app keeps its documents in a folder');
    const sha = statutsLu.fichier.sha256;
    writeFileSync(join(store.dir, 'mel', sha.slice(0, 2), sha), pdf(30_000, 'Statuts modifiés'));

    const apres = await admin.ok<{ verification: { ok: boolean; premierMaillonRompu: { streamId: string; probleme: string; message: string } } }>(VERIFICATION);
    expect(apres.verification.ok).toBe(false);
    expect(apres.verification.premierMaillonRompu).toMatchObject({ streamId: 'dossier-d1', probleme: 'document_altered' });
    expect(apres.verification.premierMaillonRompu.message).toContain(
      `sha256 ${sha}, ${statuts.length} bytes (« Statuts de l’association.pdf », piece ${statutsLu.id})`,
    );
    // The altered file is still what the store serves; its hash no longer matches its event, which verify says.
    writeFileSync(join(store.dir, 'mel', sha.slice(0, 2), sha), statuts);
    expect((await admin.ok<{ verification: { ok: boolean } }>(VERIFICATION)).verification.ok).toBe(true);
  });

  it('checks what the catalogue and the appel allow', async () => {
    const porteur = await app.token('mel', 'porteur', 'asso-1');
    const recu = (await http.televerser(porteur, 'mel', 'dossiers/d3', pdf(), 'x.pdf')).body.recu;
    const inconnu = await refuser(asso1, 'deposerPiece', { cible: 'dossier', detenteurId: 'd3', type: 'passeport', fichier: recu }, 'VALIDATION_FAILED');
    expect(inconnu.extensions).toMatchObject({ field: 'type' });
    const mauvaiseCible = await refuser(
      asso1,
      'deposerPiece',
      { cible: 'dossier', detenteurId: 'd3', type: 'convention-signee', fichier: recu },
      'VALIDATION_FAILED',
    );
    expect(mauvaiseCible.message).toMatch(/not a piece of a dossier/);
    await refuser(asso1, 'deposerPiece', { cible: 'bilan', detenteurId: 'd3', type: 'compte-rendu-financier', fichier: recu }, 'INVALID_TRANSITION');
    await refuser(agent, 'definirPiecesRequises', { annee: 2025, pieces: [{ type: 'inconnu', etape: 'depot' }], reason: 'r' }, 'VALIDATION_FAILED');
    await refuser(asso1, 'definirPiecesRequises', { annee: 2025, pieces: [] }, 'FORBIDDEN');
    await refuser(agent, 'definirCataloguePieces', { types: [{ id: 'rib', libelle: 'RIB', cibles: ['dossier'] }] }, 'FORBIDDEN');
  });
});

const VERIFICATION = `query { verification { ok documentsVerifies nombreProblemes premierMaillonRompu { streamId revision probleme message } } }`;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
