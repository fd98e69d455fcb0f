import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ecrireScdlCsv, preparerFichierScdl, type ProblemeScdl } from '@cdv/application-programmation';
import { RequeteExport } from '@cdv/exports';
import { loadPlatformConfig } from '@cdv/platform';
import { UsageError, type CliCommand } from '../cli-command';
import { progressReporter } from '../progress';
import { ecrireFichier, refusCli } from './export.command';
import { lectureCli } from './lecture-cli';
import { requireTenant, withEventStore } from './verify.command';

/** Problems beyond this many are counted, not listed. */
const PROBLEMES_LISTES = 50;

export function formatProbleme(probleme: ProblemeScdl): string {
  const montant = (probleme.montant / 100).toFixed(2);
  return [
    `  ${probleme.dossierId} ${probleme.ligneId} « ${probleme.titre} » → ${probleme.beneficiaire}, ${montant} €`,
    ...probleme.raisons.map((r) => `      ${r.champ} [${r.code}]: ${r.message}`),
  ].join('\n');
}

export const exportScdlCommand: CliCommand = {
  name: 'export-scdl',
  summary: 'Write the SCDL « subventions » 2.1.1 file of a year for an attribuant (the EPCI by default); lists the lines left out and why',
  usage: 'export-scdl --tenant <id> --annee <aaaa> [--attribuant <partenaire id>] [--as-of <ISO instant>] [--out <file.csv>]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { tenant: { type: 'string' }, annee: { type: 'string' }, attribuant: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
    });
    const tenant = requireTenant(values.tenant);
    // the same checks as the API's parameters
    let demande: { annee: number; attribuant?: string; asOf?: string };
    try {
      const requete = new RequeteExport({ annee: values.annee, attribuant: values.attribuant, asOf: values['as-of'] });
      const annee = requete.entier('annee', { min: 2000, max: 2100 });
      if (annee === undefined) throw new UsageError('--annee is required (the year of the appel à projets, e.g. 2019)');
      const attribuant = requete.identifiant('attribuant');
      const asOf = requete.instant('asOf');
      demande = { annee, ...(attribuant ? { attribuant } : {}), ...(asOf ? { asOf } : {}) };
    } catch (error) {
      if (error instanceof UsageError) throw error;
      return refusCli(io, 'export-scdl', error);
    }
    const config = loadPlatformConfig('cli', io.env);
    return withEventStore(io, async (store) => {
      const lecture = lectureCli(config, store, tenant, io);
      try {
        const readModels = await lecture.ouvrir(demande.asOf ? { asOf: demande.asOf } : {});
        const fichier = await preparerFichierScdl(readModels, tenant, demande);
        const chemin = resolve(values.out ?? `scdl-subventions-${tenant}-${fichier.attribuant.id}-${demande.annee}.csv`);
        const progression = progressReporter(io, `export-scdl ${tenant} ${fichier.attribuant.id} ${demande.annee}`, 'rows');
        const lignes = await ecrireFichier(chemin, (sortie) => ecrireScdlCsv(fichier.lignes, sortie, (n) => progression(n, null)));
        const { problemes } = fichier;
        io.err(
          `${fichier.attribuant.nom} (${fichier.attribuant.id}), ${demande.annee}: ${lignes} rows written, each valid against SCDL « subventions » 2.1.1\n`,
        );
        if (problemes.length > 0) {
          io.err(
            `${problemes.length} voted line${problemes.length > 1 ? 's' : ''} left out (fix them in the référentiel or sign their convention, then export again):\n`,
          );
          for (const probleme of problemes.slice(0, PROBLEMES_LISTES)) io.err(`${formatProbleme(probleme)}\n`);
          if (problemes.length > PROBLEMES_LISTES)
            io.err(`  … and ${problemes.length - PROBLEMES_LISTES} more (the GraphQL query scdlSubventions lists them all)\n`);
        }
        io.out(`${chemin}\n`);
        return 0;
      } catch (error) {
        return refusCli(io, 'export-scdl', error);
      } finally {
        await lecture.fermer();
      }
    });
  },
};
