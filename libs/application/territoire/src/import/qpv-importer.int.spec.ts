import { CommandHandler, MemoryEventStore } from '@cdv/eventsourcing';
import { qpvDecider } from '@cdv/domain-territoire';
import { QpvImporter } from './qpv-importer';

const HEADER = 'code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci';
const EPCI = '732829320';
const LISTE_2015 = [
  HEADER,
  `QP059001;Alma Gare;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL`,
  `QP059002;Epeule;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL`,
  `QP59003;Mauvais;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL`,
].join('\n');
const LISTE_2024 = [
  `${HEADER};code_qp_2015`,
  `QN05901M;Alma;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;QP059001`,
  `QN05902M;Epeule;32;HDF;59;Nord;59512;Roubaix;${EPCI};MEL;QP059002`,
].join('\n');

function importer() {
  const store = new MemoryEventStore();
  return { store, importer: new QpvImporter(new CommandHandler(store), store) };
}

describe('QpvImporter', () => {
  it('imports the good rows, reports the bad ones by line, and appends nothing the second time', async () => {
    const { store, importer: i } = importer();
    const progress: number[] = [];
    const report = await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2015, document: 'l2015.csv', onProgress: ({ done }) => progress.push(done) });
    expect(report).toMatchObject({
      declarations: 2,
      evenements: 2,
      refus: [],
      dryRun: false,
      erreurs: [expect.objectContaining({ ligne: 4, champ: 'code_qp' })],
    });
    expect(progress).toEqual([1, 2]);
    expect(await i.connus('mel')).toEqual({ QP059001: { qpvId: 'QP059001' }, QP059002: { qpvId: 'QP059002' } });
    expect(await i.connus('cahc')).toEqual({});
    const again = await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2015, document: 'l2015.csv' });
    expect(again).toMatchObject({ declarations: 0, evenements: 0, dejaConnus: ['QP059001', 'QP059002'] });
    expect((await store.readAll()).length).toBe(2);
  });

  it('a dry run decides every command on the current state (links to QPV of the same file included) and writes nothing', async () => {
    const { store, importer: i } = importer();
    await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2015, document: 'l2015.csv' });
    const before = (await store.readAll()).length;
    const dry = await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2024, document: 'l2024.csv', generation: 2024, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, declarations: 2, remplacements: 2, evenements: 4, refus: [], lastPosition: 0 });
    expect((await store.readAll()).length).toBe(before);
    const real = await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2024, document: 'l2024.csv', generation: 2024 });
    expect(real.evenements).toBe(4);
    // Done already: a dry run now foresees nothing.
    expect(await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2024, document: 'l2024.csv', generation: 2024, dryRun: true })).toMatchObject({
      evenements: 0,
      refus: [],
    });
  });

  it('reports the commands the deciders refuse, with their line, and runs the others', async () => {
    const { store, importer: i } = importer();
    await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2015, document: 'l2015.csv' });
    // QP059001 left the geography before 2024: recording it as replaced is refused.
    const handler = new CommandHandler(store);
    const retrait = await handler.handle(qpvDecider, {
      stream: 'mel:qpv-QP059001',
      command: {
        type: 'RetirerQpv',
        data: { dateEffet: '2020-01-01' },
        metadata: { tenantId: 'mel', actor: { userId: 'u', role: 'admin' }, source: 'api', now: '2020-01-01T00:00:00Z', reason: 'Sorti' },
      },
    });
    expect(retrait.ok).toBe(true);
    for (const dryRun of [true, false]) {
      const report = await i.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2024, document: 'l2024.csv', generation: 2024, dryRun });
      expect(report.refus).toEqual([
        { stream: 'mel:qpv-QP059001', type: 'RemplacerQpv', ligne: 'L2', code: 'INVALID_TRANSITION', message: expect.any(String) },
      ]);
      expect(report.evenements).toBe(3);
    }
    // Unknown predecessors are mapping errors, reported by line before anything is decided.
    const report = await i.importer({
      tenantId: 'mel',
      siren: EPCI,
      csv: LISTE_2024.replace('QN05901M', 'QN05909M').replace(';QP059001', ';QP059099'),
      document: 'autre.csv',
      generation: 2024,
    });
    expect(report.erreurs).toEqual([expect.objectContaining({ ligne: 2, champ: 'predecesseurs' })]);
  });
});
