import { estCodeQpvValide, normaliserCodeInsee, type CommuneRef } from '@cdv/domain-territoire';
import { estSirenValide } from '@cdv/shared-kernel';

/**
 * The ANCT list of QPV (`listeqp2024-cog2024.csv`, docs/domain/geographie-qpv.md):
 *   code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci
 * `;`-separated; a QPV on several communes carries `insee_com` and `lib_com` as "; "-joined lists (quoted or not);
 * INSEE codes of départements 01-09 lose their leading zero. Older exports name the code `code_quartier`.
 * An optional column lists the codes of earlier-generation QPV a QPV succeeds (the national file has none; a
 * correspondence table can add it): code_qp_2015, codes_qp_2015, code_qp_precedent or codes_qp_precedents.
 */
export interface LigneQpvCsv {
  /** 1-based line number in the file (the header is line 1). */
  ligne: number;
  code: string;
  nom: string;
  communes: CommuneRef[];
  sirenEpci: string[];
  libellesEpci: string[];
  departement: string | null;
  predecesseurs: string[];
}

export interface ErreurLigne {
  ligne: number;
  code: string | null;
  champ: string;
  message: string;
}

export interface ResultatCsv {
  lignes: LigneQpvCsv[];
  erreurs: ErreurLigne[];
}

const ALIASES: Record<string, string> = { code_quartier: 'code_qp', nom_qp: 'lib_qp', commune_qp: 'insee_com' };
const PREDECESSEURS = ['code_qp_2015', 'codes_qp_2015', 'code_qp_precedent', 'codes_qp_precedents'];
const REQUIS = ['code_qp', 'lib_qp', 'insee_com', 'lib_com', 'siren_epci'];

/**
 * Splits one line on ";" — except inside double quotes, and except "; " (semicolon then space), which joins the
 * values of a list inside a field when the producer did not quote it. Returns null on an unterminated quote.
 * Hand-written on purpose: those unquoted lists are not RFC 4180, and csv-parse would split them (the
 * programmation import reads its files with csv-parse; docs/adr/0031-one-write-path-shared-kernel-and-demo-libraries.md « Libraries »).
 */
export function decouperLigne(line: string): string[] | null {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (char === ';' && line[i + 1] !== ' ') {
      fields.push(current);
      current = '';
    } else current += char;
  }
  if (quoted) return null;
  fields.push(current);
  return fields.map((field) => field.trim());
}

function liste(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function parseQpvCsv(text: string): ResultatCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const erreurs: ErreurLigne[] = [];
  const header = decouperLigne(lines[0] ?? '')?.map((name) => ALIASES[name.toLowerCase()] ?? name.toLowerCase()) ?? [];
  const missing = REQUIS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return {
      lignes: [],
      erreurs: [{ ligne: 1, code: null, champ: missing.join(', '), message: `the header lacks ${missing.join(', ')} (expected ${REQUIS.join(';')}…)` }],
    };
  }
  const colonnePredecesseurs = header.find((name) => PREDECESSEURS.includes(name));
  const lignes: LigneQpvCsv[] = [];
  for (let index = 1; index < lines.length; index++) {
    const ligne = index + 1;
    if (!lines[index].trim()) continue;
    const fields = decouperLigne(lines[index]);
    const erreur = (champ: string, message: string, code: string | null = null) => erreurs.push({ ligne, code, champ, message });
    if (!fields) {
      erreur('ligne', 'unterminated quote');
      continue;
    }
    if (fields.length !== header.length) {
      erreur('ligne', `${fields.length} fields where the header has ${header.length}`);
      continue;
    }
    const row = Object.fromEntries(header.map((name, i) => [name, fields[i]]));
    const code = row.code_qp.toUpperCase();
    if (!estCodeQpvValide(code)) {
      erreur('code_qp', `"${row.code_qp}" is not a QPV code (QP + 6 digits or QN + 5 digits + 1 character)`, row.code_qp || null);
      continue;
    }
    if (!row.lib_qp) {
      erreur('lib_qp', 'the QPV has no name', code);
      continue;
    }
    const insee = liste(row.insee_com);
    const noms = liste(row.lib_com);
    const codes = insee.map(normaliserCodeInsee);
    const bad = insee.find((_value, i) => codes[i] === null);
    if (insee.length === 0 || bad !== undefined) {
      erreur('insee_com', bad !== undefined ? `"${bad}" is not an INSEE commune code` : 'no commune', code);
      continue;
    }
    if (noms.length !== insee.length) {
      erreur('lib_com', `${insee.length} INSEE codes but ${noms.length} commune names`, code);
      continue;
    }
    const sirens = liste(row.siren_epci);
    const badSiren = sirens.find((siren) => !estSirenValide(siren));
    if (sirens.length === 0 || badSiren !== undefined) {
      erreur('siren_epci', badSiren !== undefined ? `"${badSiren}" is not a valid SIREN` : 'no EPCI', code);
      continue;
    }
    const predecesseurs = colonnePredecesseurs ? liste(row[colonnePredecesseurs]).map((c) => c.toUpperCase()) : [];
    const badPredecessor = predecesseurs.find((c) => !estCodeQpvValide(c));
    if (badPredecessor !== undefined) {
      erreur(colonnePredecesseurs as string, `"${badPredecessor}" is not a QPV code`, code);
      continue;
    }
    lignes.push({
      ligne,
      code,
      nom: row.lib_qp,
      communes: codes.map((codeInsee, i) => ({ codeInsee, nom: noms[i] })),
      sirenEpci: sirens,
      libellesEpci: liste(row.lib_epci),
      departement: row.insee_dep || null,
      predecesseurs,
    });
  }
  return { lignes, erreurs };
}
