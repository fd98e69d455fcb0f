import JSZip from 'jszip';
import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import {
  ANNEE,
  DESTINATAIRES,
  educationCredits,
  executer,
  lireRapport,
  refuser,
  semerCabbalr,
  telecharger,
  TENANT,
  type RapportLu,
} from './support/rapport-annuel';

/**
 * The rapport annuel over GraphQL on the standalone app (issue 15, « Done when »): the whole life cycle of the
 * CABBALR 2019 report with the refusals of each command (bad input, wrong state, wrong role, wrong tenant, stale
 * revision, oversize input), an arrêté that keeps its figures after a later correction while the report assembled
 * now shows the new ones, and the DOCX/HTML downloads (a zip with word/document.xml, identical when downloaded again).
 */
describe('rapport annuel: life cycle, frozen figures and downloads (standalone)', () => {
  let app: TestApp;
  let agent: GraphqlClient;
  let admin: GraphqlClient;
  let avant: RapportLu;
  let fige: RapportLu;
  const role = (r: 'porteur' | 'auditeur' | 'instructeur' | 'lecteur', organisation?: string) => app.clientFor(TENANT, r, organisation);

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await semerCabbalr(app);
    agent = await app.clientFor(TENANT, 'agent');
    admin = await app.clientFor(TENANT, 'admin');
  }, 120_000);

  afterAll(() => app?.close());

  it('assembles the projet from the workspace now: section 3 under the rule that counts declared actions', async () => {
    avant = await lireRapport(agent);
    expect(avant).toMatchObject({ annee: ANNEE, statutCycle: 'brouillon', revision: -1, versionCourante: 0, etat: { statut: 'projet', version: null } });
    expect(avant.chiffres.regleComptage).toBe('action_declaree');
    expect(avant.chiffres.programmation.piliers.map((p) => [p.cle, p.projets.nombre])).toEqual([
      ['v1.P1', 96],
      ['v1.P2', 10],
      ['v1.P3', 24],
    ]);
    // a figure opens into its dossiers
    const education = avant.chiffres.programmation.piliers.flatMap((p) => p.thematiques).find((t) => t.cle === 'education')!;
    expect(education.projets).toMatchObject({ nombre: 23, regle: 'action_declaree' });
    expect(education.projets.dossiers).toHaveLength(16);
    expect(education.creditsSpecifiques).toMatchObject({ montant: '773782.00', nombre: null, regle: 'somme_vote_credits_specifiques' });
    expect(avant.chiffres.position).toBeGreaterThan(0);
  });

  it('writes the draft, refusing bad input, oversize text and the roles that do not write the report', async () => {
    await executer(agent, 'redigerSectionRapport', {
      annee: ANNEE,
      sectionId: 'introduction',
      titre: 'Introduction',
      texte: 'La politique de la ville en 2019.',
      ordre: 10,
    });
    await executer(agent, 'redigerSectionRapport', {
      annee: ANNEE,
      sectionId: 'a-retirer',
      titre: 'Brouillon',
      texte: 'À retirer.',
      ordre: 90,
      provenance: { document: 'seed-003', lignes: 'L1–L2' },
    });
    expect(
      (await refuser(agent, 'redigerSectionRapport', { annee: ANNEE, sectionId: 'Pas Un Slug', titre: 't', texte: 't', ordre: 1 }, 'VALIDATION_FAILED'))
        .extensions,
    ).toMatchObject({ field: 'section.sectionId' });
    await refuser(agent, 'redigerSectionRapport', { annee: 1999, sectionId: 'x', titre: 't', texte: 't', ordre: 1 }, 'VALIDATION_FAILED');
    const trop = await refuser(
      agent,
      'redigerSectionRapport',
      { annee: ANNEE, sectionId: 'long', titre: 't', texte: 'x'.repeat(50_001), ordre: 1 },
      'VALIDATION_FAILED',
    );
    expect(trop.extensions?.field).toMatch(/texte/);
    for (const client of [await role('porteur', 'asso-1'), await role('auditeur'), await role('instructeur', 'etat'), await role('lecteur')]) {
      await refuser(client, 'redigerSectionRapport', { annee: ANNEE, sectionId: 'intrus', titre: 't', texte: 't', ordre: 1 }, 'FORBIDDEN');
    }
    await refuser(agent, 'retirerSectionRapport', { annee: ANNEE, sectionId: 'inconnue' }, 'NOT_FOUND');
    await executer(agent, 'retirerSectionRapport', { annee: ANNEE, sectionId: 'a-retirer' });
    expect((await lireRapport(agent)).brouillon.map((s) => s.sectionId)).toEqual(['introduction']);
  });

  it('refuses the life cycle out of order: nothing is sent for avis, adopted or transmitted before an arrêté', async () => {
    await refuser(agent, 'soumettreRapportAConsultation', { annee: ANNEE, envoyeLe: '2020-10-01', destinataires: DESTINATAIRES }, 'INVALID_TRANSITION');
    await refuser(agent, 'adopterRapport', { annee: ANNEE, deliberation: { date: '2020-12-10', numero: 'D-1' } }, 'INVALID_TRANSITION');
    await refuser(agent, 'transmettreRapport', { annee: ANNEE, transmisLe: '2020-12-20' }, 'INVALID_TRANSITION');
    await refuser(agent, 'cloreConsultationRapport', { annee: ANNEE }, 'INVALID_TRANSITION');
  });

  it('arrête on the server: a porteur, an auditeur, an instructeur or a lecteur cannot, nor another workspace, nor a future instant', async () => {
    for (const client of [await role('porteur', 'asso-1'), await role('auditeur'), await role('instructeur', 'etat'), await role('lecteur')]) {
      await refuser(client, 'arreterRapport', { annee: ANNEE }, 'FORBIDDEN');
    }
    const ailleurs = agent.as(await app.token('cahc', 'agent'), TENANT);
    await refuser(ailleurs, 'arreterRapport', { annee: ANNEE }, 'TENANT_MISMATCH');
    await refuser(agent, 'arreterRapport', { annee: ANNEE, arreteAu: '2999-01-01T00:00:00Z' }, 'VALIDATION_FAILED');
    await refuser(agent, 'arreterRapport', { annee: ANNEE, arreteAu: 'hier' }, 'VALIDATION_FAILED');
    // a client cannot send figures: the input has no such field
    const chiffres = await agent.request(`mutation($input: ArreterRapportInput!) { arreterRapport(input: $input) { revision } }`, {
      input: { annee: ANNEE, chiffres: { format: 'rapport-annuel/1' } },
    });
    expect(chiffres.errors?.[0].message).toMatch(/chiffres/);
    expect(chiffres.data?.arreterRapport ?? null).toBeNull();

    const payload = await executer(agent, 'arreterRapport', {
      annee: ANNEE,
      effectiveAt: '2020-09-29T00:00:00Z',
      signataire: { nom: 'Eric EDOUARD', qualite: 'Le Président' },
      commandId: 'arrete-2019-v1',
    });
    expect(payload.eventTypes).toEqual(['RapportArrete']);
    const again = await executer(agent, 'arreterRapport', {
      annee: ANNEE,
      effectiveAt: '2020-09-29T00:00:00Z',
      signataire: { nom: 'Eric EDOUARD', qualite: 'Le Président' },
      commandId: 'arrete-2019-v1',
    });
    expect(again).toMatchObject({ replayed: true, revision: payload.revision });
    // a second arrêté is a new version: refused without a reason, and on a stale revision
    await refuser(agent, 'arreterRapport', { annee: ANNEE, reason: 'nouvelle version', expectedRevision: 0 }, 'CONFLICT');

    fige = await lireRapport(agent, { version: 1 });
    expect(fige).toMatchObject({ statutCycle: 'arrete', versionCourante: 1, etat: { statut: 'arrete', version: 1, arreteLe: '2020-09-29' } });
    expect(fige.etat.empreinte).toMatch(/^[0-9a-f]{64}$/);
    expect(fige.sections.map((s) => s.sectionId)).toEqual(['introduction']);
    // the server assembled what the workspace held: the same figures as the projet read before
    expect(educationCredits(fige)).toBe(educationCredits(avant));
    expect(fige.chiffres.programmation.entete).toEqual(avant.chiffres.programmation.entete);
  });

  it('keeps the arrêté figures after a later correction, while the report assembled now shows the new ones', async () => {
    const education = avant.chiffres.programmation.piliers.flatMap((p) => p.thematiques).find((t) => t.cle === 'education')!;
    const pre = education.actions.find((a) => a.titre === 'PRE')!;
    await executer(agent, 'corrigerMontant', {
      dossierId: pre.dossierId,
      ligneId: 'etat:credits_specifiques',
      etape: 'vote',
      montant: '390000.00',
      reason: 'erreur de saisie du vote du PRE',
    });
    // something changed since version 1: a new arrêté is a new version, which needs a reason
    expect((await refuser(agent, 'arreterRapport', { annee: ANNEE }, 'VALIDATION_FAILED')).extensions?.field).toBe('reason');
    const maintenant = await lireRapport(agent);
    expect(Number(educationCredits(maintenant))).toBe(Number(educationCredits(avant)) - 10_809);
    expect(maintenant.etat.statut).toBe('projet');
    expect(maintenant.chiffres.position).toBeGreaterThan(fige.chiffres.position);
    const version1 = await lireRapport(agent, { version: 1 });
    expect(educationCredits(version1)).toBe(educationCredits(avant));
    expect(version1.etat.empreinte).toBe(fige.etat.empreinte);
    // as of the arrêté's instant, the projet is the report the council was shown
    const auArrete = await lireRapport(agent, { asOf: fige.versions[0] && (await arreteAu()) });
    expect(educationCredits(auArrete)).toBe(educationCredits(avant));
    await agent.fails('query($v: Int) { rapportAnnuel(annee: 2019, version: $v) { annee } }', { v: 7 }, 'NOT_FOUND');
    const porteur = await role('porteur', 'asso-1');
    await porteur.fails('{ rapportAnnuel(annee: 2019) { annee } }', {}, 'FORBIDDEN');
    expect(
      (await (await role('lecteur')).ok<{ rapportAnnuel: { annee: number } }>('{ rapportAnnuel(annee: 2019, version: 1) { annee } }')).rapportAnnuel.annee,
    ).toBe(2019);
  });

  it('consults the communes: an avis after the deadline and an adoption during the consultation are refused', async () => {
    await refuser(agent, 'soumettreRapportAConsultation', { annee: ANNEE, envoyeLe: '2020-10-01', destinataires: [] }, 'VALIDATION_FAILED');
    await refuser(agent, 'soumettreRapportAConsultation', { annee: ANNEE, envoyeLe: '2020-09-01', destinataires: DESTINATAIRES }, 'VALIDATION_FAILED');
    await refuser(
      agent,
      'soumettreRapportAConsultation',
      { annee: ANNEE, envoyeLe: '2020-10-01', destinataires: [...DESTINATAIRES, DESTINATAIRES[0]] },
      'VALIDATION_FAILED',
    );
    await refuser(await role('auditeur'), 'soumettreRapportAConsultation', { annee: ANNEE, envoyeLe: '2020-10-01', destinataires: DESTINATAIRES }, 'FORBIDDEN');
    await executer(agent, 'soumettreRapportAConsultation', { annee: ANNEE, envoyeLe: '2020-10-01', destinataires: DESTINATAIRES });

    const avis = (destinataireId: string, seanceLe: string, sens = 'favorable') => ({
      annee: ANNEE,
      destinataireId,
      organe: `Conseil municipal (${destinataireId})`,
      seanceLe,
      sensAvis: sens,
      texte: 'EMET un avis favorable sur le rapport.',
      deliberation: { numero: '2020-42' },
    });
    await executer(agent, 'enregistrerAvisRapport', avis('marles-les-mines', '2020-10-20'));
    await refuser(agent, 'enregistrerAvisRapport', avis('marles-les-mines', '2020-10-21'), 'CONFLICT');
    await refuser(agent, 'enregistrerAvisRapport', avis('inconnu', '2020-10-21'), 'NOT_FOUND');
    await refuser(agent, 'enregistrerAvisRapport', { ...avis('bruay-la-buissiere', '2020-10-21'), sensAvis: 'peut-etre' }, 'VALIDATION_FAILED');
    // the deadline is one month after sending (2020-11-01): a later séance is late, its silence counts as favourable
    await refuser(agent, 'enregistrerAvisRapport', avis('bruay-la-buissiere', '2020-11-10', 'prend_acte'), 'INVALID_TRANSITION');
    await executer(agent, 'enregistrerAvisRapport', avis('bruay-la-buissiere', '2020-10-25', 'prend_acte'));
    // during the consultation (the conseils citoyens have not answered): adoption refused
    await refuser(agent, 'adopterRapport', { annee: ANNEE, deliberation: { date: '2020-10-28', numero: 'D-2020-1' } }, 'INVALID_TRANSITION');
    await refuser(agent, 'cloreConsultationRapport', { annee: ANNEE, effectiveAt: '2020-10-28T00:00:00Z' }, 'INVALID_TRANSITION');
    await refuser(await role('porteur', 'asso-1'), 'adopterRapport', { annee: ANNEE, deliberation: { date: '2020-12-10', numero: 'D' } }, 'FORBIDDEN');

    const consulte = await lireRapport(agent, { version: 1 });
    expect(consulte.consultation).toMatchObject({ envoyeLe: '2020-10-01', echeance: '2020-11-01', closeLe: null });
    expect(consulte.consultation!.avis.map((a) => [a.destinataireId, a.sens])).toEqual([
      ['marles-les-mines', 'favorable'],
      ['bruay-la-buissiere', 'prend_acte'],
    ]);
  });

  it('adopts after the deadline (closing the consultation, the silent counted favourable) and transmits to the préfet', async () => {
    const { revision } = await lireRapport(agent);
    await refuser(agent, 'adopterRapport', { annee: ANNEE, deliberation: { date: '2020-12-10', numero: '' } }, 'VALIDATION_FAILED');
    await refuser(agent, 'adopterRapport', { annee: ANNEE, deliberation: { date: '2020-12-10', numero: 'D' }, expectedRevision: revision - 1 }, 'CONFLICT');
    const adopte = await executer(admin, 'adopterRapport', {
      annee: ANNEE,
      deliberation: { date: '2020-12-10', numero: 'D-2020-12-10-04' },
      expectedRevision: revision,
    });
    expect(adopte.eventTypes).toEqual(['ConsultationClose', 'RapportAdopte']);
    await refuser(agent, 'transmettreRapport', { annee: ANNEE, transmisLe: '2020-12-01' }, 'VALIDATION_FAILED');
    await executer(agent, 'transmettreRapport', { annee: ANNEE, transmisLe: '2020-12-20', reference: 'AR-2020-1220' });
    const transmis = await lireRapport(agent, { version: 1 });
    expect(transmis).toMatchObject({
      statutCycle: 'transmis',
      etat: { statut: 'transmis', adoption: { numero: 'D-2020-12-10-04' }, transmission: { transmisLe: '2020-12-20' } },
    });
    expect(transmis.consultation).toMatchObject({ closeLe: '2020-12-10', avisTacites: ['conseils-citoyens'] });
    expect(educationCredits(transmis)).toBe(educationCredits(avant));
  });

  it('records the EPCI’s funds, checking their amount rule, and refusing a cancellation without a reason', async () => {
    const dispositif = {
      dispositifId: 'fonds-de-concours-test',
      libelle: 'Fonds de concours « Politique de la Ville »',
      nature: 'fonds_de_concours',
      financeurId: 'cabbalr',
      financeurNom: 'CABBALR',
      regles: [{ libelle: '40 % des dépenses éligibles, 70 000 € au plus', source: 'L406' }],
      calcul: { tauxMaxPourcentage: 40, plafond: '70000.00', assiette: 'montant_operation' },
      reglesFinancement: [],
    };
    await refuser(await role('lecteur'), 'definirDispositif', dispositif, 'FORBIDDEN');
    const nature = await agent.request(`mutation($input: DefinirDispositifInput!) { definirDispositif(input: $input) { revision } }`, {
      input: { ...dispositif, nature: 'inconnue' },
    });
    expect(nature.errors?.[0].message).toMatch(/nature/);
    await refuser(agent, 'definirDispositif', { ...dispositif, dispositifId: 'pas un id' }, 'VALIDATION_FAILED');
    await executer(agent, 'definirDispositif', dispositif);
    const operation = {
      dispositifId: dispositif.dispositifId,
      operationId: 'divion-2019',
      annee: ANNEE,
      beneficiaire: { nom: 'DIVION', codeInsee: '62270' },
      projet: 'Aménagement',
      montantOperation: '129935.00',
      montantAide: '60000.00',
    };
    expect((await refuser(agent, 'enregistrerOperationDispositif', operation, 'VALIDATION_FAILED')).extensions?.field).toBe('montantAide');
    await refuser(agent, 'enregistrerOperationDispositif', { ...operation, dispositifId: 'inconnu' }, 'NOT_FOUND');
    await executer(agent, 'enregistrerOperationDispositif', { ...operation, montantAide: '51974.00' });
    await refuser(agent, 'enregistrerOperationDispositif', { ...operation, montantAide: '51974.00' }, 'CONFLICT');
    expect(
      (await refuser(agent, 'annulerOperationDispositif', { dispositifId: dispositif.dispositifId, operationId: 'divion-2019' }, 'VALIDATION_FAILED'))
        .extensions?.field,
    ).toBe('reason');
    const projet = await lireRapport(agent);
    expect(projet.chiffres.dispositifs.find((d) => d.dispositifId === dispositif.dispositifId)).toMatchObject({ totalOperations: '51974.00' });
    await executer(agent, 'annulerOperationDispositif', { dispositifId: dispositif.dispositifId, operationId: 'divion-2019', reason: 'opération abandonnée' });
  });

  it('downloads a version as DOCX over HTTP: a zip with word/document.xml, the same bytes twice; the projet as HTML', async () => {
    const token = await app.token(TENANT, 'lecteur');
    const premier = await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?version=1`);
    expect(premier.status).toBe(200);
    expect(premier.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(premier.headers.get('content-disposition')).toContain(`rapport-annuel-${TENANT}-${ANNEE}-v1.docx`);
    const octets = Buffer.from(await premier.arrayBuffer());
    const zip = await JSZip.loadAsync(octets);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Introduction');
    expect(xml).toContain('773');
    const second = Buffer.from(await (await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?version=1`)).arrayBuffer());
    expect(second.equals(octets)).toBe(true);

    const html = await telecharger(app, token, `/documents/rapports/${ANNEE}/html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toMatch(/<html lang="fr"[\s\S]*data-dossiers/);
  });

  it('refuses a download without a token, to a porteur, for another workspace, an unknown format or version', async () => {
    expect((await telecharger(app, null, `/documents/rapports/${ANNEE}/docx`)).status).toBe(401);
    expect((await telecharger(app, await app.token(TENANT, 'porteur', 'asso-1'), `/documents/rapports/${ANNEE}/docx`)).status).toBe(403);
    expect((await telecharger(app, await app.token('cahc', 'agent'), `/documents/rapports/${ANNEE}/docx`)).status).toBe(403);
    const token = await app.token(TENANT, 'agent');
    const format = await telecharger(app, token, `/documents/rapports/${ANNEE}/pdf`);
    expect(format.status).toBe(404);
    expect(((await format.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?version=9`)).status).toBe(404);
    expect((await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?version=un`)).status).toBe(400);
    expect((await telecharger(app, token, `/documents/rapports/${ANNEE}/docx?asOf=hier`)).status).toBe(400);
  });

  it('after adoption, a new version only by a new arrêté with a reason: version 2 with today’s figures, version 1 kept', async () => {
    const transmis = await lireRapport(agent);
    expect(transmis).toMatchObject({ statutCycle: 'transmis', versionCourante: 1 });
    const sansMotif = await refuser(agent, 'arreterRapport', { annee: ANNEE, effectiveAt: '2021-01-15T00:00:00Z' }, 'VALIDATION_FAILED');
    expect(sansMotif.extensions?.field).toBe('reason');
    await refuser(agent, 'arreterRapport', { annee: ANNEE, reason: '   ' }, 'VALIDATION_FAILED');
    await refuser(await role('auditeur'), 'arreterRapport', { annee: ANNEE, reason: 'correction du vote du PRE' }, 'FORBIDDEN');
    expect((await lireRapport(agent)).revision).toBe(transmis.revision);

    const payload = await executer(agent, 'arreterRapport', { annee: ANNEE, effectiveAt: '2021-01-15T00:00:00Z', reason: 'correction du vote du PRE' });
    expect(payload.eventTypes).toEqual(['RapportArrete']);
    const version2 = await lireRapport(agent, { version: 2 });
    expect(version2).toMatchObject({ statutCycle: 'arrete', versionCourante: 2, etat: { statut: 'arrete', version: 2, arreteLe: '2021-01-15' } });
    expect(version2.versions.map((v) => [v.version, v.reason])).toEqual([
      [1, null],
      [2, 'correction du vote du PRE'],
    ]);
    expect(version2.etat.empreinte).not.toBe(fige.etat.empreinte);
    // version 2 froze the corrected figures; version 1 still gives the ones the council adopted
    expect(Number(educationCredits(version2))).toBe(Number(educationCredits(avant)) - 10_809);
    const version1 = await lireRapport(agent, { version: 1 });
    expect(educationCredits(version1)).toBe(educationCredits(avant));
    expect(version1.etat).toMatchObject({ version: 1, empreinte: fige.etat.empreinte, adoption: { numero: 'D-2020-12-10-04' } });
  });

  /** The instant the version was arrêtée at (the figures it froze describe it). */
  async function arreteAu(): Promise<string> {
    const data = await agent.ok<{ rapportAnnuel: { etat: { arreteAu: string } } }>('{ rapportAnnuel(annee: 2019, version: 1) { etat { arreteAu } } }');
    return data.rapportAnnuel.etat.arreteAu;
  }
});
