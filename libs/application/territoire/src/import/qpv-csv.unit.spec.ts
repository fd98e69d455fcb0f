import { CommandHandler, MemoryEventStore } from '@cdv/eventsourcing';
import { qpvDecider } from '@cdv/domain-territoire';
import { qpvsProjection, qpvsQuery, successeursQuery, type QpvDocument } from '@cdv/projections-territoire';
import { project } from '@cdv/testing';
import { find } from 'mingo';
import { qpvCsvToCommands, type ImportCommand } from './qpv-csv-to-commands';
import { decouperLigne, parseQpvCsv } from './qpv-csv.parser';

const HEADER = 'code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci';
const EPCI = '732829320';
const AUTRE_EPCI = '552100554';

const LISTE_2015 = [
  HEADER,
  `QP059001;Alma Gare;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};Métropole Européenne de Lille`,
  `QP059002;"Epeule - Trichon";32;Hauts-de-France;59;Nord;"59512; 59599";"Roubaix; Tourcoing";${EPCI};Métropole Européenne de Lille`,
  `QP001001;Quartier de l'Ain;84;Auvergne-Rhône-Alpes;01;Ain;1053;Bourg-en-Bresse;${AUTRE_EPCI};CA du Bassin de Bourg-en-Bresse`,
].join('\n');

const LISTE_2024 = [
  `${HEADER};code_qp_2015`,
  `QN05901M;Alma;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};Métropole Européenne de Lille;QP059001`,
  // Unquoted list, as some producers write it: "; " (with a space) stays inside the field.
  `QN05902M;Epeule;32;Hauts-de-France;59;Nord;59512; 59599;Roubaix; Tourcoing;${EPCI};Métropole Européenne de Lille;QP059001; QP059002`,
  `QN05903N;Nouveau quartier;32;Hauts-de-France;59;Nord;59350;Lille;${EPCI};Métropole Européenne de Lille;`,
].join('\r\n');

async function executer(commandes: readonly ImportCommand[], store = new MemoryEventStore()) {
  const handler = new CommandHandler(store);
  const results = [];
  for (const { stream, command } of commandes) results.push(await handler.handle(qpvDecider, { stream, command }));
  return { store, results };
}

describe('national QPV list parser', () => {
  it('splits on ";" but keeps quoted fields and "; "-joined lists whole', () => {
    expect(decouperLigne('a;"b;c";d; e;"f ""g"""')).toEqual(['a', 'b;c', 'd; e', 'f "g"']);
    expect(decouperLigne('a;"b')).toBeNull();
  });

  it('reads multi-commune rows and restores the leading zero of INSEE codes', () => {
    const { lignes, erreurs } = parseQpvCsv(`\uFEFF${LISTE_2015}\n\n`);
    expect(erreurs).toEqual([]);
    expect(lignes.map((l) => [l.ligne, l.code])).toEqual([
      [2, 'QP059001'],
      [3, 'QP059002'],
      [4, 'QP001001'],
    ]);
    expect(lignes[1].communes).toEqual([
      { codeInsee: '59512', nom: 'Roubaix' },
      { codeInsee: '59599', nom: 'Tourcoing' },
    ]);
    expect(lignes[2].communes).toEqual([{ codeInsee: '01053', nom: 'Bourg-en-Bresse' }]);
  });

  it('reports errors per row and keeps the good rows', () => {
    const { lignes, erreurs } = parseQpvCsv(
      [
        HEADER,
        `QP59001;Mauvais code;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL`,
        `QP059003;Sans EPCI valide;32;HDF;59;Nord;59512;Roubaix;123456789;MEL`,
        `QP059004;Communes bancales;32;HDF;59;Nord;"59512; 59599";Roubaix;${EPCI};MEL`,
        `QP059005;;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL`,
        `QP059006;Trop court;32`,
        `QP059007;Commune inconnue;32;HDF;59;Nord;ABCDE;Roubaix;${EPCI};MEL`,
        `QP059008;Bonne ligne;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL`,
      ].join('\n'),
    );
    expect(lignes.map((l) => l.code)).toEqual(['QP059008']);
    expect(erreurs.map((e) => [e.ligne, e.champ])).toEqual([
      [2, 'code_qp'],
      [3, 'siren_epci'],
      [4, 'lib_com'],
      [5, 'lib_qp'],
      [6, 'ligne'],
      [7, 'insee_com'],
    ]);
  });

  it('refuses a file without the expected header', () => {
    expect(parseQpvCsv('code;nom\nQP059001;x').erreurs).toEqual([
      expect.objectContaining({ ligne: 1, champ: 'code_qp, lib_qp, insee_com, lib_com, siren_epci' }),
    ]);
  });
});

describe('qpvCsvToCommands', () => {
  const options = { tenantId: 'mel', siren: EPCI, document: 'listeqp2024-cog2024.csv', connus: {} };

  it('declares the tenant’s QPV only, with the generation of their code', () => {
    const resultat = qpvCsvToCommands(LISTE_2015, { ...options, document: 'liste-2015.csv' });
    expect(resultat.ignorees).toBe(1);
    expect(resultat.erreurs).toEqual([]);
    expect(resultat.commandes.map((c) => [c.stream, c.command.type])).toEqual([
      ['mel:qpv-QP059001', 'DeclarerQpv'],
      ['mel:qpv-QP059002', 'DeclarerQpv'],
    ]);
    expect(resultat.commandes[1].command).toMatchObject({
      data: { qpvId: 'QP059002', code: 'QP059002', generation: 2015, nom: 'Epeule - Trichon' },
      metadata: { source: 'import', provenance: { document: 'liste-2015.csv', lines: 'L3' }, commandId: 'import:mel:liste-2015.csv:QP059002' },
    });
  });

  it('loading the 2024 list adds QN QPV and successor links, and never deletes or rewrites the 2015 QPV', async () => {
    const { store } = await executer(qpvCsvToCommands(LISTE_2015, { ...options, document: 'liste-2015.csv' }).commandes);
    const connus = { QP059001: { qpvId: 'QP059001' }, QP059002: { qpvId: 'QP059002' } };
    const import2024 = qpvCsvToCommands(LISTE_2024, { ...options, connus, generation: 2024 });
    expect(import2024.erreurs).toEqual([]);
    expect(import2024.commandes.map((c) => [c.stream, c.command.type])).toEqual([
      ['mel:qpv-QN05901M', 'DeclarerQpv'],
      ['mel:qpv-QN05902M', 'DeclarerQpv'],
      ['mel:qpv-QN05903N', 'DeclarerQpv'],
      ['mel:qpv-QP059001', 'RemplacerQpv'],
      ['mel:qpv-QP059002', 'RemplacerQpv'],
    ]);
    const { results } = await executer(import2024.commandes, store);
    expect(results.every((r) => r.ok)).toBe(true);

    const documents = project(qpvsProjection, await store.readAll());
    const all = [...documents.values()];
    const ids = (filter: object) => (find(all, filter).all() as unknown as QpvDocument[]).map((d) => d._id).sort();
    // The 2015 code still resolves, to the 2015 QPV, now replaced, and its successors are queryable.
    expect(ids(qpvsQuery({ code: 'QP059001' }).filter)).toEqual(['QP059001']);
    expect(documents.get('QP059001')).toMatchObject({ statut: 'remplace', nom: 'Alma Gare', generation: 2015, remplaceLe: '2024-01-01' });
    expect(ids(successeursQuery(documents.get('QP059001')!).filter)).toEqual(['QN05901M', 'QN05902M']);
    expect(documents.get('QN05902M')).toMatchObject({
      predecesseurs: [
        { qpvId: 'QP059001', code: 'QP059001' },
        { qpvId: 'QP059002', code: 'QP059002' },
      ],
    });
    expect(ids(qpvsQuery({ generation: 2015 }).filter)).toEqual(['QP059001', 'QP059002']);
    expect(ids(qpvsQuery({ generation: 2024, commune: '59599' }).filter)).toEqual(['QN05902M']);

    // Loading the same file again appends nothing.
    const before = (await store.readAll()).length;
    await executer(qpvCsvToCommands(LISTE_2024, { ...options, connus, generation: 2024 }).commandes, store);
    expect((await store.readAll()).length).toBe(before);
  });

  it('skips known codes, and reports unknown predecessors, generation mismatches and duplicates per row', () => {
    const resultat = qpvCsvToCommands(
      [
        `${HEADER};code_qp_2015`,
        `QN05901M;Alma;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;QP059099`,
        `QP059001;Alma Gare;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;`,
        `QN05902M;Epeule;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;`,
        `QN05902M;Epeule bis;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;`,
        `QN05904M;Lien de même génération;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;QN05902M`,
      ].join('\n'),
      { ...options, generation: 2024, connus: { QN05902M: { qpvId: 'local-epeule' } } },
    );
    expect(resultat.dejaConnus).toEqual(['QN05902M']);
    expect(resultat.erreurs.map((e) => [e.ligne, e.champ, e.code])).toEqual([
      [2, 'predecesseurs', 'QN05901M'],
      [3, 'code_qp', 'QP059001'],
      [5, 'code_qp', 'QN05902M'],
      [6, 'predecesseurs', 'QN05904M'],
    ]);
    expect(resultat.commandes.map((c) => c.stream)).toEqual(['mel:qpv-QN05901M', 'mel:qpv-QN05904M']);
  });
});
