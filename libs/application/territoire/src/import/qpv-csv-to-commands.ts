import type { Actor, CommandMetadata } from '@cdv/eventsourcing';
import { generationDuCodeQpv, qpvStream, VALIDITE_GENERATION, type GenerationQpv, type LienQpv, type QpvCommand } from '@cdv/domain-territoire';
import { parseQpvCsv, type ErreurLigne, type LigneQpvCsv } from './qpv-csv.parser';

export interface ImportCommand {
  stream: string;
  command: QpvCommand;
}

export interface ImportQpvOptions {
  tenantId: string;
  /** SIREN of the tenant's EPCI: only its rows are imported. */
  siren: string;
  /** File name, recorded as provenance and in the commandIds. */
  document: string;
  /**
   * The tenant's quartiers already known, by code (from the qpvs read model). They are never re-declared or
   * rewritten; a successor link to a code that is neither known nor in the file is reported as an error.
   */
  connus: Record<string, { qpvId: string }>;
  /** When given, rows of another generation are errors (a 2024 file must not carry QP codes). */
  generation?: GenerationQpv;
  actor?: Actor;
  now?: string;
}

export interface ResultatImportQpv {
  commandes: ImportCommand[];
  erreurs: ErreurLigne[];
  /** Rows of other EPCIs. */
  ignorees: number;
  /** Codes of the tenant's rows that were known already. */
  dejaConnus: string[];
}

const IMPORT_ACTOR: Actor = { userId: 'import', role: 'system' };

/**
 * Turns the national QPV list into commands for one tenant. Loading a new generation adds its QPV and, where
 * the file says which earlier QPV each one succeeds, the links on both sides; it never deletes nor rewrites a
 * QPV of an earlier generation, so a 2015 code cited by an old record still resolves after the 2024 list.
 */
export function qpvCsvToCommands(csv: string, options: ImportQpvOptions): ResultatImportQpv {
  const { lignes, erreurs } = parseQpvCsv(csv);
  const metadata = (key: string, ligne: number): CommandMetadata => ({
    tenantId: options.tenantId,
    actor: options.actor ?? IMPORT_ACTOR,
    source: 'import',
    // Deciders of this context do not read the clock; the application passes the real time.
    now: options.now ?? '1970-01-01T00:00:00.000Z',
    commandId: `import:${options.tenantId}:${options.document}:${key}`,
    provenance: { document: options.document, lines: `L${ligne}` },
  });
  const commandes: ImportCommand[] = [];
  const dejaConnus: string[] = [];
  const successeurs = new Map<string, { liens: LienQpv[]; ligne: number; generation: GenerationQpv }>();
  const duFichier = new Map<string, string>();
  let ignorees = 0;

  const miennes = lignes.filter((ligne) => {
    const mine = ligne.sirenEpci.includes(options.siren);
    if (!mine) ignorees++;
    return mine;
  });
  const acceptees: LigneQpvCsv[] = [];
  for (const ligne of miennes) {
    const generation = generationDuCodeQpv(ligne.code) as GenerationQpv;
    if (options.generation !== undefined && generation !== options.generation) {
      erreurs.push({
        ligne: ligne.ligne,
        code: ligne.code,
        champ: 'code_qp',
        message: `${ligne.code} belongs to the ${generation} geography, not ${options.generation}`,
      });
      continue;
    }
    if (duFichier.has(ligne.code)) {
      erreurs.push({ ligne: ligne.ligne, code: ligne.code, champ: 'code_qp', message: `${ligne.code} is listed twice` });
      continue;
    }
    duFichier.set(ligne.code, options.connus[ligne.code]?.qpvId ?? ligne.code);
    acceptees.push(ligne);
  }
  const idDe = (code: string): string | null => options.connus[code]?.qpvId ?? duFichier.get(code) ?? null;

  for (const ligne of acceptees) {
    if (options.connus[ligne.code]) {
      dejaConnus.push(ligne.code);
      continue;
    }
    const generation = generationDuCodeQpv(ligne.code) as GenerationQpv;
    const predecesseurs: LienQpv[] = [];
    for (const code of ligne.predecesseurs) {
      if ((generationDuCodeQpv(code) as GenerationQpv) >= generation) {
        erreurs.push({
          ligne: ligne.ligne,
          code: ligne.code,
          champ: 'predecesseurs',
          message: `predecessor ${code} is not of an earlier geography than ${generation}`,
        });
        continue;
      }
      const qpvId = idDe(code);
      if (!qpvId) {
        erreurs.push({
          ligne: ligne.ligne,
          code: ligne.code,
          champ: 'predecesseurs',
          message: `predecessor ${code} is not a known quartier of this territoire`,
        });
        continue;
      }
      predecesseurs.push({ qpvId, code });
      const entry = successeurs.get(code) ?? { liens: [], ligne: ligne.ligne, generation };
      entry.liens.push({ qpvId: duFichier.get(ligne.code) as string, code: ligne.code });
      successeurs.set(code, entry);
    }
    const qpvId = duFichier.get(ligne.code) as string;
    commandes.push({
      stream: qpvStream(options.tenantId, qpvId),
      command: {
        type: 'DeclarerQpv',
        data: { qpvId, categorie: 'qpv', code: ligne.code, generation, nom: ligne.nom, communes: ligne.communes, predecesseurs },
        metadata: metadata(ligne.code, ligne.ligne),
      },
    });
  }
  // The earlier QPV record their successors too, so either side answers "what became of it".
  for (const [code, { liens, ligne, generation }] of successeurs) {
    const qpvId = idDe(code) as string;
    commandes.push({
      stream: qpvStream(options.tenantId, qpvId),
      command: {
        type: 'RemplacerQpv',
        data: { successeurs: liens, dateEffet: VALIDITE_GENERATION[generation].du as string },
        metadata: metadata(`${code}>${liens.map((l) => l.code).join('+')}`, ligne),
      },
    });
  }
  return { commandes, erreurs: erreurs.sort((a, b) => a.ligne - b.ligne), ignorees, dejaConnus };
}
