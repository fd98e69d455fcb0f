import { CommandHandler, MemoryEventStore } from '@cdv/eventsourcing';
import { dossierDecider, type AppelLu } from '@cdv/domain-programmation';
import { parseCsv } from './csv';
import { importerProgrammation } from './import-programmation';
import type { ImportProgrammationInput, ReferentielImport } from './import-programmation.types';

const referentiel: ReferentielImport = {
  qpv: [{ id: 'cabbalr-qpv-mont-liebaud', nom: 'Mont-Liébaud', aliases: ['Mont Liébaut'] }],
  partenaires: [
    { id: 'ville-de-bethune', nom: 'Ville de Béthune', kind: 'commune', categorieFinanceur: 'communes' },
    { id: 'cabbalr', nom: 'CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE', kind: 'epci', categorieFinanceur: 'epci', aliases: ['CABBALR'] },
    {
      id: 'prefecture-pas-de-calais',
      nom: 'Préfecture du Pas-de-Calais',
      kind: 'etat',
      categorieFinanceur: 'etat_credits_specifiques',
      aliases: ['Etat BOP 147', 'CGET'],
    },
    { id: 'caf-pas-de-calais', nom: 'CAF du Pas-de-Calais', kind: 'caf', categorieFinanceur: 'caf' },
    { id: 'comite-departemental-natation', nom: 'Comité Départemental de Natation', kind: 'association' },
    { id: 'ligue-enseignement', nom: 'LIGUE ENSEIGNEMENT PAS CALAIS', kind: 'association', siret: '77560970300026' },
  ],
  communes: [{ insee: '62119', nom: 'Béthune' }],
};
const appels: Record<number, AppelLu> = { 2019: { annee: 2019, statut: 'clos', ouvertureLe: '2018-11-15', clotureLe: '2019-01-31' } };

const HEADER =
  "Référence;Année;Intitulé de l'action;Porteur;Commune(s);QPV;Pilier;Thématique;Coût total;Financeur;Catégorie du financeur;Nature;Montant demandé;Montant voté;Décision;Date du comité;Remarques";
const VALID = [
  HEADER,
  'PRE-2019;2019;Programme de Réussite Educative;Ville de Béthune;Béthune;Mont Liébaut;Cohésion sociale;Education;842 525 €;Etat BOP 147;;crédits spécifiques;400 809 €;400 809 €;Retenu;28/03/2019;à vérifier',
  'PRE-2019;2019;Programme de Réussite Educative;Ville de Béthune;Béthune;Mont Liébaut;;;;CAF du Pas-de-Calais;;droit commun;94.414 €;0;;;',
  "NAGE-2019;2019;J'apprends à nager;CABBALR;Interco;;Cohésion sociale;Sport;60 000;Etat BOP 147;;;20 000;;;;",
  "NAGE-2019;2019;J'apprends à nager;CABBALR;Interco;;;;;Comité Départemental de Natation;Autres;droit commun;technique;;;;",
  '',
].join('\r\n');

const input = (csv: string, overrides: Partial<ImportProgrammationInput> = {}): ImportProgrammationInput => ({
  tenantId: 'cabbalr',
  fileName: 'programmation-2019.csv',
  rows: parseCsv(csv),
  mode: 'apply',
  referentiel,
  appels,
  actor: { userId: 'agent-1', role: 'agent' },
  now: '2020-09-29T10:00:00.000Z',
  ...overrides,
});
const codes = (result: ReturnType<typeof importerProgrammation>) => result.errors.map((e) => [e.row, e.code]);

describe('importerProgrammation', () => {
  it('dry run: no command, the warnings of a clean file', () => {
    const result = importerProgrammation(input(VALID, { mode: 'dry-run' }));
    expect(result).toMatchObject({ mode: 'dry-run', rows: 4, dossiers: 2, errors: [], commands: [] });
    expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
      [1, 'UNKNOWN_COLUMN'],
      [2, 'DEFAULT_DATES'],
      [3, 'AMOUNT_READ_AS_THOUSANDS'],
      [4, 'DEFAULT_DATES'],
    ]);
  });

  it('maps each dossier to a deposit, its lines, instruction, votes and decision, with provenance', () => {
    const { commands } = importerProgrammation(input(VALID));
    expect(commands.map((c) => [c.row, c.command.type])).toEqual([
      [2, 'DeposerDossier'],
      [2, 'DemanderFinancement'],
      [3, 'DemanderFinancement'],
      [2, 'MettreEnInstruction'],
      [2, 'VoterFinancement'],
      [3, 'RefuserFinancement'],
      [2, 'RetenirDossier'],
      [4, 'DeposerDossier'],
      [4, 'DemanderFinancement'],
      [5, 'DemanderFinancement'],
    ]);
    const [deposit] = commands;
    expect(deposit.command).toMatchObject({
      data: {
        annee: 2019,
        porteur: { id: 'ville-de-bethune', kind: 'commune' },
        perimetre: { type: 'communes', communes: [{ insee: '62119', nom: 'Béthune' }] },
        qpv: [{ id: 'cabbalr-qpv-mont-liebaud', nom: 'Mont-Liébaud' }],
        classement: { pilier: { id: 'cohesion-sociale', libelle: 'Cohésion sociale' }, thematique: { id: 'education', libelle: 'Education' } },
        coutTotal: 842_525_00,
        dateDebut: '2019-01-01',
        dateFin: '2019-12-31',
        referenceExterne: 'PRE-2019',
      },
      metadata: { source: 'import', provenance: { document: 'programmation-2019.csv', lines: '2-3' }, reason: expect.stringContaining('Reprise') },
    });
    expect(commands[4].command).toMatchObject({ type: 'VoterFinancement', data: { montant: 400_809_00 }, metadata: { effectiveAt: '2019-03-28' } });
    expect(commands[9].command).toMatchObject({ data: { modalite: 'technique', montant: 0, financeur: { categorie: 'autres' } } });
    expect(commands[7].command).toMatchObject({ data: { perimetre: { type: 'intercommunal' }, porteur: { id: 'cabbalr' } } });
  });

  it('commands pass the deciders; importing the same file again appends nothing', async () => {
    const store = new MemoryEventStore();
    const handler = new CommandHandler(store);
    for (let round = 0; round < 2; round++) {
      for (const { stream, command } of importerProgrammation(input(VALID)).commands) {
        const result = await handler.handle(dossierDecider, { stream, command });
        if (!result.ok) throw new Error(`${command.type}: ${result.refusal.message}`);
        expect(result.replayed).toBe(round === 1);
      }
    }
    expect(await store.headPosition()).toBe(10);
  });

  it('derives dossier ids from tenant, year and reference, and command ids from the fact, not the file or the row', () => {
    const a = importerProgrammation(input(VALID)).commands;
    const [header, ...rows] = VALID.split('\r\n').filter(Boolean);
    // Another file: a title line above the table, the dossiers in another order, one more dossier, one amount corrected.
    const other = [
      'Programmation 2019;;',
      header,
      'AUTRE;2019;Autre;CABBALR;Interco;;;;1000;CAF du Pas-de-Calais;;droit commun;100;;;;',
      rows[2],
      rows[3],
      rows[0],
      rows[1].replace('94.414 €', '94 415 €'),
    ].join('\n');
    const b = importerProgrammation(input(other, { fileName: 'autre.csv' }));
    expect(b.errors).toEqual([]);
    const ids = (commands: typeof a) => new Map(commands.map((c) => [c.command.metadata.commandId, c]));
    const idsA = ids(a);
    const idsB = ids(b.commands);
    expect(b.commands.find((c) => c.command.type === 'DeposerDossier' && c.row === 6)!.stream).toBe(a[0].stream);
    const changed = a.filter((c) => !idsB.has(c.command.metadata.commandId!));
    expect(changed.map((c) => [c.row, c.command.type])).toEqual([[3, 'DemanderFinancement']]);
    expect(b.commands.filter((c) => !idsA.has(c.command.metadata.commandId!)).map((c) => [c.row, c.command.type])).toEqual([
      [3, 'DeposerDossier'],
      [3, 'DemanderFinancement'],
      [7, 'DemanderFinancement'],
    ]);
    expect(a[0].command.metadata.commandId).toMatch(/^import:[0-9a-f-]{36}:DeposerDossier:[0-9a-f]{16}$/);
    expect(a[1].command.metadata.commandId).toMatch(/^import:[0-9a-f-]{36}:DemanderFinancement:prefecture-pas-de-calais:credits_specifiques:[0-9a-f]{16}$/);
    expect(importerProgrammation(input(VALID, { fileHash: 'abc' })).commands[0].command.metadata).toMatchObject({
      commandId: a[0].command.metadata.commandId,
      correlationId: 'import:abc',
    });
  });

  it('skips title rows above the header and names rows by the numbers the file gives', () => {
    const rows = parseCsv(VALID);
    const result = importerProgrammation(input('', { rows: [['Programmation 2019'], [], ...rows], rowNumbers: [1, 2, 3, 4, 5, 6, 7], mode: 'dry-run' }));
    expect(result).toMatchObject({ rows: 4, dossiers: 2, errors: [] });
    expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
      [3, 'UNKNOWN_COLUMN'],
      [4, 'DEFAULT_DATES'],
      [5, 'AMOUNT_READ_AS_THOUSANDS'],
      [6, 'DEFAULT_DATES'],
    ]);
  });

  describe('row errors', () => {
    const row = (
      cells: Partial<
        Record<
          'ref' | 'annee' | 'titre' | 'porteur' | 'commune' | 'qpv' | 'cout' | 'financeur' | 'categorie' | 'nature' | 'demande' | 'vote' | 'decision',
          string
        >
      >,
    ) =>
      [
        cells.ref ?? 'X-1',
        cells.annee ?? '2019',
        cells.titre ?? 'Action',
        cells.porteur ?? 'Ville de Béthune',
        cells.commune ?? 'Béthune',
        cells.qpv ?? '',
        '',
        '',
        cells.cout ?? '10 000',
        cells.financeur ?? 'Etat BOP 147',
        cells.categorie ?? '',
        cells.nature ?? '',
        cells.demande ?? '5 000',
        cells.vote ?? '',
        cells.decision ?? '',
        '',
        '',
      ].join(';');
    const file = (...rows: string[]) => [HEADER, ...rows].join('\n');

    it.each([
      ['an ambiguous amount', row({ demande: '1,234' }), 'AMOUNT_AMBIGUOUS'],
      ['a bad amount', row({ cout: 'dix mille' }), 'AMOUNT_INVALID'],
      ['an unknown QPV', row({ qpv: 'Mont-Liébaud, Quartier Inconnu' }), 'QPV_UNKNOWN'],
      ['a missing porteur', row({ porteur: '' }), 'PORTEUR_MISSING'],
      ['an unknown porteur', row({ porteur: 'Association Fantôme' }), 'PORTEUR_UNKNOWN'],
      ['an unknown financeur', row({ financeur: 'Fondation X' }), 'FINANCEUR_UNKNOWN'],
      ['a financeur of unknown category', row({ financeur: 'Comité Départemental de Natation', nature: 'droit commun' }), 'FINANCEUR_CATEGORY_MISSING'],
      ['a line without nature', row({ financeur: 'CAF du Pas-de-Calais' }), 'NATURE_UNKNOWN'],
      ['an unknown commune', row({ commune: 'Lens' }), 'COMMUNE_UNKNOWN'],
      ['a bad year', row({ annee: '19' }), 'YEAR_INVALID'],
      ['more asked than the cost', row({ cout: '4 000' }), 'SUM_EXCEEDS_COST'],
      ['a vote above the demand', row({ vote: '6 000' }), 'AMOUNT_INVALID'],
      ['a retained dossier without vote', row({ decision: 'Retenu' }), 'DECISION_INCONSISTENT'],
      ['an unknown decision', row({ decision: 'peut-être' }), 'DECISION_UNKNOWN'],
      ['a year without appel', row({ annee: '2020' }), 'APPEL_UNKNOWN'],
    ])('reports %s with its row and no command', (_label, line, code) => {
      const result = importerProgrammation(input(file(line)));
      expect(codes(result)).toContainEqual([2, code]);
      expect(result.commands).toEqual([]);
    });

    it('reports every error of the file in a dry run, per row and column', () => {
      const result = importerProgrammation(
        input(file(row({ demande: '1,234' }), row({ ref: 'X-2', qpv: 'Inconnu' }), row({ ref: 'X-3', porteur: '' })), { mode: 'dry-run' }),
      );
      expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'Montant demandé', 'AMOUNT_AMBIGUOUS'],
        [3, 'QPV', 'QPV_UNKNOWN'],
        [4, 'Porteur', 'PORTEUR_MISSING'],
      ]);
      expect(result.errors[0].value).toBe('1,234');
    });

    it('reports rows of one dossier that disagree, and duplicate lines', () => {
      const result = importerProgrammation(
        input(file(row({}), row({ titre: 'Autre titre', financeur: 'CAF du Pas-de-Calais', nature: 'droit commun', demande: '1 000' }), row({}))),
      );
      expect(codes(result)).toEqual([
        [3, 'INCONSISTENT_DOSSIER'],
        [4, 'DUPLICATE_LINE'],
      ]);
    });

    it('reads a financeur line with the dossier cells left blank as its dossier’s; not a row that starts another', () => {
      const blank = (financeur: string, demande: string) =>
        ['', '', '', '', '', '', '', '', '', financeur, '', 'droit commun', demande, '', '', '', ''].join(';');
      const result = importerProgrammation(
        input(file(row({ cout: '20 000' }), blank('CAF du Pas-de-Calais', '3 000'), row({ ref: 'X-2' }), blank('Ville de Béthune', '1 000'))),
      );
      expect(result.errors).toEqual([]);
      expect(result.commands.filter((c) => c.command.type === 'DemanderFinancement').map((c) => [c.row, c.stream === result.commands[0].stream])).toEqual([
        [2, true],
        [3, true],
        [4, false],
        [5, false],
      ]);
      const orphan = importerProgrammation(input(file(blank('CAF du Pas-de-Calais', '3 000'), row({ titre: '', ref: '' }))));
      expect(codes(orphan)).toEqual([
        [2, 'MISSING_VALUE'],
        [3, 'MISSING_VALUE'],
      ]);
    });

    it('refuses a file without the required columns; accepts a default year', () => {
      const result = importerProgrammation(input('Intitulé;Porteur\nA;B'));
      expect(result.errors.map((e) => e.code)).toEqual(Array(5).fill('MISSING_COLUMN'));
      const noYear = importerProgrammation(
        input('Référence;Intitulé;Porteur;Coût total;Financeur;Montant demandé\nR1;Action;CABBALR;1000;Etat BOP 147;500', { anneeParDefaut: 2019 }),
      );
      expect(noYear.errors).toEqual([]);
      expect(noYear.commands[0].command.data).toMatchObject({ annee: 2019 });
    });

    it('reads a file headed with the canonical headers of docs/import-programmation.md (« Référence du dossier », « Date de la décision »)', () => {
      const csv = [
        'Référence du dossier;Année;Intitulé de l’action;Porteur;Coût total;Financeur;Montant demandé;Montant voté;Décision;Date de la décision',
        'PRE-2019;2019;Programme de Réussite Educative;Ville de Béthune;842 525 €;Etat BOP 147;400 809 €;400 809 €;Retenu;28/03/2019',
      ].join('\n');
      const result = importerProgrammation(input(csv));
      expect(result.errors).toEqual([]);
      expect(result.warnings.map((w) => w.code)).not.toContain('UNKNOWN_COLUMN');
      expect(result.commands[0].command.data).toMatchObject({ referenceExterne: 'PRE-2019' });
      expect(result.commands.find((c) => c.command.type === 'VoterFinancement')?.command.metadata.effectiveAt).toMatch(/^2019-03-28/);
    });

    it('says which headers a missing column may have', () => {
      const [error] = importerProgrammation(
        input('N° de la demande;Année;Intitulé;Porteur;Coût total;Financeur;Montant demandé\nR1;2019;A;CABBALR;1;CGET;1'),
      ).errors;
      expect(error).toMatchObject({ code: 'MISSING_COLUMN', column: 'Référence du dossier' });
      expect(error.message).toMatch(/« Référence du dossier », « reference »/);
    });

    it('refuses a financeur-only partner as porteur (PORTEUR_NOT_PORTEUR)', () => {
      const financeurs = {
        ...referentiel,
        partenaires: referentiel.partenaires.map((p) => (p.id === 'prefecture-pas-de-calais' ? { ...p, porteur: false } : p)),
      };
      const csv = 'Référence;Année;Intitulé;Porteur;Coût total;Financeur;Montant demandé\nR1;2019;Action;Préfecture du Pas-de-Calais;1000;CGET;500';
      expect(codes(importerProgrammation(input(csv, { referentiel: financeurs })))).toEqual([[2, 'PORTEUR_NOT_PORTEUR']]);
    });

    it('finds a porteur by SIRET', () => {
      const csv =
        'Référence;Année;Intitulé;Porteur;SIRET;Coût total;Financeur;Montant demandé\nR1;2019;Citoyenneté numérique;Ligue de l’enseignement;77560970300026;30 000;CGET;14 553';
      const result = importerProgrammation(input(csv));
      expect(result.errors).toEqual([]);
      expect(result.commands[0].command.data).toMatchObject({ porteur: { id: 'ligue-enseignement' } });
    });
  });
});
