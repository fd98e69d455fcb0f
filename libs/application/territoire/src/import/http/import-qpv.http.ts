import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { TokenVerifier, UserRole } from '@cdv/auth';
import type { GenerationQpv } from '@cdv/domain-territoire';
import { estSirenValide } from '@cdv/shared-kernel';
import { JsonLogger, parametreInvalide, PLATFORM_CONFIG, televersement, type PlatformConfig } from '@cdv/platform';
import { actorOf, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { QpvImporter } from '../qpv-importer';

/** The national list changes the référentiel: its administrators load it. */
export const ROLES_IMPORT_QPV: readonly UserRole[] = ['admin'];

/** `simulation=true` for the dry run; the SIREN of the workspace's EPCI (only its rows are read); the generation. */
export interface ParametresImportQpv {
  simulation?: unknown;
  siren?: unknown;
  generation?: unknown;
}

/**
 * `POST /imports/qpv?siren=…[&generation=2015|2024][&simulation=true]`, multipart with the ANCT CSV in `fichier`
 * (docs/api.md « Imports »): the same import as `cli import-qpv`, for an admin of the workspace, with progress lines
 * when the client asks for `application/x-ndjson`. The file's name is part of every commandId: importing the same
 * file again appends nothing.
 */
@Injectable()
export class ImportQpvHttp {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly importateur: QpvImporter,
    private readonly logger: JsonLogger,
  ) {}

  importer(request: IncomingMessage & ApiRequest, response: ServerResponse, parametres: ParametresImportQpv): Promise<void> {
    return televersement(
      request,
      response,
      { verifier: this.verifier, logger: this.logger },
      {
        roles: ROLES_IMPORT_QPV,
        operation: 'importing the national QPV list',
        maxBytes: this.config.imports.maxBytes,
        variable: 'IMPORT_MAX_BYTES',
        parametres: () => lireParametres(parametres),
        traiter: async ({ context, parametres: options, fichier, reponse }) => {
          const csv = texteCsv(fichier.octets, fichier.nom);
          reponse.commencer();
          const rapport = await this.importateur.importer({
            tenantId: context.tenantId,
            siren: options.siren,
            csv,
            document: fichier.nom,
            ...(options.generation ? { generation: options.generation } : {}),
            dryRun: options.simulation,
            actor: actorOf(context),
            onProgress: (progression) => reponse.progression(progression, progression.done === progression.total),
          });
          return { fichier: fichier.nom, ...rapport };
        },
      },
    );
  }
}

function lireParametres(parametres: ParametresImportQpv): { simulation: boolean; siren: string; generation: GenerationQpv | null } {
  const { simulation = 'false', siren, generation } = parametres ?? {};
  if (simulation !== 'true' && simulation !== 'false') throw parametreInvalide('simulation', 'simulation is true (dry run, nothing written) or false');
  if (typeof siren !== 'string' || !estSirenValide(siren))
    throw parametreInvalide('siren', 'siren is the SIREN of the workspace’s EPCI (9 digits, Luhn): only its rows of the national list are imported');
  if (generation !== undefined && generation !== '2015' && generation !== '2024') throw parametreInvalide('generation', 'generation is 2015 or 2024');
  return { simulation: simulation === 'true', siren, generation: generation ? (Number(generation) as GenerationQpv) : null };
}

/** The ANCT list is a UTF-8 CSV: anything else (a workbook, a PDF, another encoding) is refused with what to do. */
function texteCsv(octets: Buffer, nom: string): string {
  const zip = octets[0] === 0x50 && octets[1] === 0x4b;
  const binaire = octets.some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  if (zip || binaire || !/\.(csv|txt)$/i.test(nom))
    throw new GraphQLError(`${nom} is not a CSV file: download the list as CSV (listeqp…csv) and import it as it is`, {
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'fichier' },
    });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(octets);
  } catch {
    throw parametreInvalide('fichier', `${nom} is not UTF-8 text: save it as « CSV UTF-8 » and import it again`);
  }
}
