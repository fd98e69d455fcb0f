import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { TokenVerifier, UserRole } from '@cdv/auth';
import { JsonLogger, parametreInvalide, PLATFORM_CONFIG, ReadModelsService, televersement, type PlatformConfig } from '@cdv/platform';
import { actorOf, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { ProgrammationImporter, type RapportImport } from '../programmation-importer';
import { FichierIllisible } from '../tableur';

/** Who imports a programmation: the EPCI's staff (the same roles as the dossier commands it sends). */
export const ROLES_IMPORT_PROGRAMMATION: readonly UserRole[] = ['admin', 'agent'];

/** The query string of the endpoint: `simulation=true` for the dry run, the sheet of a workbook, the year of rows without one. */
export interface ParametresImport {
  simulation?: unknown;
  feuille?: unknown;
  annee?: unknown;
}

/** An organisation the file names as porteur and the référentiel does not know: the rows that name it. */
export interface PorteurInconnu {
  nom: string;
  lignes: number[];
}

/** What the endpoint answers: the importer's report without its commands, and the porteurs to register. */
export type RapportImportHttp = Omit<RapportImport, 'analyse'> & {
  fichier: string;
  analyse: Omit<RapportImport['analyse'], 'commands'>;
  porteursInconnus: PorteurInconnu[];
};

/**
 * `POST /imports/programmation?simulation=true|false[&feuille=…][&annee=aaaa]`, multipart with the file in `fichier`
 * (docs/api.md « Imports », docs/import-programmation.md): the caller's token and workspace checked as for GraphQL,
 * the file bounded by IMPORT_MAX_BYTES, then the dry run or the import through the deciders, with progress lines
 * when the client asks for `application/x-ndjson`.
 */
@Injectable()
export class ImportProgrammationHttp {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly importateur: ProgrammationImporter,
    private readonly readModels: ReadModelsService,
    private readonly logger: JsonLogger,
  ) {}

  importer(request: IncomingMessage & ApiRequest, response: ServerResponse, parametres: ParametresImport): Promise<void> {
    return televersement(
      request,
      response,
      { verifier: this.verifier, logger: this.logger },
      {
        roles: ROLES_IMPORT_PROGRAMMATION,
        operation: 'importing a programmation spreadsheet',
        maxBytes: this.config.imports.maxBytes,
        variable: 'IMPORT_MAX_BYTES',
        parametres: () => lireParametres(parametres),
        traiter: async ({ context, parametres: options, fichier, reponse }) => {
          reponse.commencer();
          const rapport = await this.importateur.importer(
            {
              tenantId: context.tenantId,
              fileName: fichier.nom,
              bytes: fichier.octets,
              actor: actorOf(context),
              ...(options.feuille ? { feuille: options.feuille } : {}),
              ...(options.annee ? { anneeParDefaut: options.annee } : {}),
            },
            {
              dryRun: options.simulation,
              onProgress: (progression) => reponse.progression(progression, progression.commandsDone === progression.commandsTotal),
            },
          );
          // The screens read right after: the read models include the import before the answer ends.
          if (rapport.ecriture?.lastPosition) await this.readModels.afterWrite(rapport.ecriture.lastPosition);
          return rapportHttp(fichier.nom, rapport);
        },
        traduire: (error) => (error instanceof FichierIllisible ? refusDuFichier(error) : error),
      },
    );
  }
}

function lireParametres(parametres: ParametresImport): { simulation: boolean; feuille: string | null; annee: number | null } {
  const { simulation = 'false', feuille, annee } = parametres ?? {};
  if (simulation !== 'true' && simulation !== 'false') throw parametreInvalide('simulation', 'simulation is true (dry run, nothing written) or false');
  if (feuille !== undefined && (typeof feuille !== 'string' || feuille.length === 0 || feuille.length > 100))
    throw parametreInvalide('feuille', 'feuille is the name of a sheet of the workbook (at most 100 characters)');
  if (annee !== undefined && (typeof annee !== 'string' || !/^\d{4}$/.test(annee) || Number(annee) < 2000 || Number(annee) > 2100))
    throw parametreInvalide('annee', 'annee is a year (aaaa), used for the rows without one');
  return { simulation: simulation === 'true', feuille: typeof feuille === 'string' ? feuille : null, annee: typeof annee === 'string' ? Number(annee) : null };
}

function refusDuFichier(error: FichierIllisible): GraphQLError {
  if (error.raison === 'pasUnTableur') return new GraphQLError(error.message, { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'fichier' } });
  return parametreInvalide(error.raison === 'feuille' ? 'feuille' : 'fichier', error.message);
}

export function rapportHttp(fichier: string, rapport: RapportImport): RapportImportHttp {
  const { commands: _commands, ...analyse } = rapport.analyse;
  const inconnus = new Map<string, PorteurInconnu>();
  for (const erreur of analyse.errors) {
    if (erreur.code !== 'PORTEUR_UNKNOWN' || !erreur.value) continue;
    const porteur = inconnus.get(erreur.value) ?? { nom: erreur.value, lignes: [] };
    porteur.lignes.push(erreur.row);
    inconnus.set(erreur.value, porteur);
  }
  return { ...rapport, fichier, analyse, porteursInconnus: [...inconnus.values()] };
}
