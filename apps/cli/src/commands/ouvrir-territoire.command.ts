import { parseArgs } from 'node:util';
import {
  estCodeInseeValide,
  NATURES_EPCI,
  problemeSlugTerritoire,
  territoireDecider,
  territoireStream,
  type CommuneARattacher,
  type NatureEpci,
  type OuvrirTerritoire,
} from '@cdv/domain-territoire';
import { UsageError, type CliCommand } from '../cli-command';
import { openOrCreateEventStore } from './verify.command';
import { estSirenValide } from '@cdv/shared-kernel';
import { creerCommandHandler } from '@cdv/platform';

/**
 * Opens a new workspace (tenant) in the configured event store: the EPCI's identity and, optionally, its communes —
 * the `ouvrirTerritoire` mutation, for the operator who has no admin token of the workspace yet (a token names a
 * workspace; this creates it). Opening again with the same identity appends nothing.
 */
export const ouvrirTerritoireCommand: CliCommand = {
  name: 'ouvrir-territoire',
  summary: 'Open a new workspace: its EPCI (name, SIREN, nature) and communes; then mint an admin token for it',
  usage:
    'ouvrir-territoire --tenant <id> --nom <legal name> [--siren <9 digits>] [--nature metropole|cu|ca|cc|ept|autre] [--nom-usuel <name>] ' +
    '[--acronyme <A>] [--departement <D>] [--region <R>] [--commune <INSEE:Name> …] [--user <operator>] [--reason <why>]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        tenant: { type: 'string' },
        nom: { type: 'string' },
        siren: { type: 'string' },
        nature: { type: 'string' },
        'nom-usuel': { type: 'string' },
        acronyme: { type: 'string' },
        departement: { type: 'string' },
        region: { type: 'string' },
        commune: { type: 'string', multiple: true, default: [] },
        user: { type: 'string', default: 'cli:ouvrir-territoire' },
        reason: { type: 'string' },
      },
    });
    const slug = problemeSlugTerritoire(values.tenant);
    if (slug) throw new UsageError(`--tenant: ${slug}`);
    const tenant = values.tenant as string;
    if (!values.nom?.trim()) throw new UsageError('--nom is the legal name of the EPCI (e.g. "Communauté d’agglomération Valenciennes Métropole")');
    if (values.siren !== undefined && !estSirenValide(values.siren))
      throw new UsageError(`--siren: "${values.siren}" is not a SIREN (9 digits, Luhn checksum)`);
    if (values.nature !== undefined && !NATURES_EPCI.some((nature) => nature === values.nature)) {
      throw new UsageError(`--nature is one of ${NATURES_EPCI.join(', ')}`);
    }
    const communes = (values.commune ?? []).map(lireCommune);

    // Opening a workspace may be the first write of a new installation: the SQLite file may not exist yet.
    const store = openOrCreateEventStore(io);
    try {
      const command: OuvrirTerritoire = {
        type: 'OuvrirTerritoire',
        data: {
          siren: values.siren ?? null,
          nom: values.nom.trim(),
          nomUsuel: values['nom-usuel'] ?? null,
          acronyme: values.acronyme ?? null,
          nature: (values.nature as NatureEpci | undefined) ?? null,
          departement: values.departement ?? null,
          region: values.region ?? null,
          communes,
        },
        metadata: {
          tenantId: tenant,
          actor: { userId: values.user as string, role: 'admin' },
          source: 'system',
          now: new Date().toISOString(),
          ...(values.reason ? { reason: values.reason } : {}),
        },
      };
      const result = await creerCommandHandler(store).handle(territoireDecider, { stream: territoireStream(tenant), command });
      if (!result.ok) {
        const field = result.refusal.details.field;
        io.err(`workspace ${tenant} not opened: ${result.refusal.code}${field ? ` on ${String(field)}` : ''}: ${result.refusal.message}\n`);
        return 1;
      }
      const appended = result.events.length;
      io.out(
        [
          appended > 0 && !result.replayed
            ? `workspace ${tenant} opened: ${values.nom.trim()}${communes.length ? `, ${communes.length} commune${communes.length > 1 ? 's' : ''}` : ''} (${appended} events)`
            : `workspace ${tenant} was open already with this identity: nothing appended`,
          'next:',
          `  TOKEN=$(npm run --silent cli -- token --tenant ${tenant} --role admin)   # an admin token of the workspace`,
          '  then, through the API (docs/api.md « Opening a workspace »): partenaires (enregistrerPartenaire), QPV (declarerQpv,',
          `  or npm run cli -- import-qpv --tenant ${tenant} --siren <SIREN> <ANCT file.csv>), the cadre stratégique, an appel à projets.`,
          '',
        ].join('\n'),
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** `59350:Lille`, `59350` (the name is then the code, to be renamed) or `Lille` (no INSEE code yet). */
function lireCommune(value: string): CommuneARattacher {
  const [first, ...rest] = value.split(':');
  const code = first.trim().toUpperCase();
  if (rest.length > 0 || /^\d/.test(code)) {
    if (!estCodeInseeValide(code)) throw new UsageError(`--commune "${value}": "${first}" is not an INSEE code (5 characters, e.g. 59350 or 2A004)`);
    const nom = rest.join(':').trim() || code;
    return { codeInsee: code, nom };
  }
  if (!value.trim()) throw new UsageError('--commune needs an INSEE code and a name, e.g. 59350:Lille');
  return { codeInsee: null, nom: value.trim() };
}
