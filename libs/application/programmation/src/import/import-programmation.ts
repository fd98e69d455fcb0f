import { createHash } from 'node:crypto';
import { canonicalJson } from '@cdv/eventsourcing';
import { grouperParDossier } from './grouper-lignes';
import type { ImportCommand, ImportProgrammationInput, ImportProgrammationResult } from './import-programmation.types';
import { lireDossier } from './lire-dossier';
import { planifierCommandes } from './planifier-commandes';
import { ProblemesImport } from './problemes-import';
import { Resolveur } from './resolveur-import';
import { lireTableau } from './tableau-import';

/**
 * Maps the spreadsheets EPCIs keep — one row per dossier × financeur line — to dossier commands. Pure: the rows are
 * already read into string cells, the référentiel (QPV, partenaires, communes) and the appels' state come in as
 * arguments. A dry run returns every row error and no command. Command ids derive from the file's hash and the
 * row, so importing the same file twice appends nothing the second time; dossier ids derive from the tenant,
 * year and reference, so a corrected file maps to the same dossiers.
 */
export function importerProgrammation(input: ImportProgrammationInput): ImportProgrammationResult {
  const fileHash = input.fileHash ?? createHash('sha256').update(canonicalJson(input.rows)).digest('hex');
  const problemes = new ProblemesImport();
  // read the header → group the rows by dossier → read each dossier → plan its commands
  const tableau = lireTableau(input, problemes);
  const result = (dossiers: number, commands: ImportCommand[] = []): ImportProgrammationResult => ({
    mode: input.mode,
    fileHash,
    rows: tableau.lignes.filter((cells) => cells.some((c) => c.trim())).length,
    dossiers,
    errors: problemes.errors,
    warnings: problemes.warnings,
    commands: input.mode === 'apply' && problemes.errors.length === 0 ? commands : [],
  });
  if (tableau.colonneManquante) return result(0);

  const groupes = grouperParDossier(tableau, input.anneeParDefaut, problemes);
  const lecture = { tableau, resolveur: new Resolveur(input.referentiel), referentiel: input.referentiel, appels: input.appels, problemes };
  const commands: ImportCommand[] = [];
  for (const [key, rows] of groupes) {
    const [anneeTexte, reference] = key.split('\u0000');
    const dossier = lireDossier(lecture, Number(anneeTexte), reference, rows);
    if (dossier) commands.push(...planifierCommandes(input, fileHash, dossier));
  }
  return result(groupes.size, commands);
}
