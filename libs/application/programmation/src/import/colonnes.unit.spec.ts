import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliser } from '@cdv/projections-programmation';
import { COLONNES, lireEntete, type Colonne } from './colonnes';

/**
 * docs/import-programmation.md documents the headers an import reads: every spelling it lists must be read, the
 * canonical header of a column as that very column (issue 12 §13: « Référence du dossier » and « Date de la
 * décision », the documented headers, were refused).
 */
function documentedHeaders(): Array<{ canonical: string[]; aliases: string[] }> {
  const doc = readFileSync(join(__dirname, '../../../../../docs/import-programmation.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| Column (canonical header)'));
  const rows = table.split('\n').slice(2);
  const end = rows.findIndex((row) => !row.startsWith('|'));
  const split = (cell: string) =>
    cell
      .split(/,(?![^(]*\))/)
      .map((part) => part.replace(/`/g, '').trim())
      .filter(Boolean);
  return rows.slice(0, end).map((row) => {
    const [canonical, aliases] = row.split(/(?<!\\)\|/).slice(1, 3);
    return { canonical: split(canonical), aliases: split(aliases) };
  });
}

const colonneDe = (header: string): Colonne | undefined => [...lireEntete([header]).colonnes.keys()][0];

describe('import columns: the documented headers are the ones read', () => {
  const documented = documentedHeaders();

  it('the documentation lists every column', () => {
    const canonical = documented.flatMap((row) => row.canonical).map(normaliser);
    expect(
      Object.values(COLONNES)
        .map((colonne) => colonne.libelle)
        .filter((libelle) => !canonical.includes(normaliser(libelle))),
    ).toEqual([]);
  });

  it.each(documented.flatMap((row) => row.canonical))('reads the canonical header « %s » as its own column', (header) => {
    const colonne = colonneDe(header);
    expect(colonne && normaliser(COLONNES[colonne].libelle)).toBe(normaliser(header));
  });

  it.each(documented.flatMap((row) => row.aliases))('reads the documented spelling « %s »', (header) => {
    expect(colonneDe(header)).toBeDefined();
  });

  it('reads headers whatever their case, accents and punctuation', () => {
    expect(colonneDe('REFERENCE DU DOSSIER')).toBe('reference');
    expect(colonneDe('date de la décision')).toBe('date_decision');
    expect(colonneDe('Quartier(s)')).toBe('qpv');
  });
});
