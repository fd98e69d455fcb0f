import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Cents } from '@cdv/eventsourcing';
import { vidange } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import {
  conventionProjection,
  dossierDetailProjection,
  type ConventionDocument,
  type DossierDetailDocument,
  type LigneDocument,
} from '@cdv/projections-programmation';
import { partenairesProjection, territoireProjection, territoireQuery, type PartenaireDocument, type TerritoireDocument } from '@cdv/projections-territoire';
import { ligneScdl, STATUTS_VOTES, type PartieScdl, type ProblemeScdl, type SourceLigneScdl } from './ligne-scdl';
import type { ModelesLus as ReadModels } from '../shared/read-models';
import { CHAMPS_SCDL, type LigneScdl } from './schema-scdl';

/** A row written, with where it comes from (the API reports it beside the row). */
export interface LigneScdlEcrite {
  ligne: LigneScdl;
  dossierId: string;
  ligneId: string;
  montant: Cents;
  synthetique: boolean;
}

/** A year's SCDL file for one attribuant, ready to be read: valid rows as they stream, problems gathered meanwhile. */
export interface FichierScdl {
  annee: number;
  attribuant: PartieScdl;
  /** The valid rows, read from the store as they are asked for; each invalid line goes to `problemes` instead. */
  lignes: AsyncIterable<LigneScdlEcrite>;
  /** Filled as `lignes` is read: complete once it has been read to the end. */
  problemes: ProblemeScdl[];
}

const partie = (document: Pick<PartenaireDocument, 'partenaireId' | 'nom' | 'siret' | 'rna'>): PartieScdl => ({
  id: document.partenaireId,
  nom: document.nom,
  siret: document.siret,
  rna: document.rna,
});

/**
 * The EPCI of the workspace as a partenaire: the one whose SIREN is the territoire's, else the one named like the
 * workspace (the demo's `cabbalr`), else the only EPCI financeur. Null when none can be told apart.
 */
async function epciDuTerritoire(readModels: ReadModels, tenantId: string): Promise<PartenaireDocument | null> {
  const partenaires = readModels.readModel<PartenaireDocument>(partenairesProjection.name);
  const territoire = await readModels.readModel<TerritoireDocument>(territoireProjection.name).findOne(territoireQuery(tenantId).filter);
  if (territoire?.siren) {
    const parSiren = await partenaires.findOne({ nature: 'epci', siren: territoire.siren });
    if (parSiren) return parSiren;
  }
  const homonyme = await partenaires.findOne({ _id: tenantId, nature: 'epci' });
  if (homonyme) return homonyme;
  const epcis = await partenaires.find({ nature: 'epci', roles: 'financeur' }, { limit: 2 });
  return epcis.length === 1 ? epcis[0] : null;
}

/** The attribuant asked for (a partenaire id), or the workspace's EPCI. */
export async function attribuantScdl(readModels: ReadModels, tenantId: string, attribuantId?: string): Promise<PartenaireDocument> {
  if (attribuantId) {
    const document = await readModels.readModel<PartenaireDocument>(partenairesProjection.name).findOne({ _id: attribuantId });
    if (!document)
      throw new ApiError('NOT_FOUND', `no partenaire ${attribuantId} in this workspace`, { what: 'Partenaire', id: attribuantId, field: 'attribuant' });
    return document;
  }
  const epci = await epciDuTerritoire(readModels, tenantId);
  if (!epci) {
    throw new ApiError('VALIDATION_FAILED', 'the workspace’s EPCI cannot be told from its partenaires: name the attribuant (a partenaire id)', {
      field: 'attribuant',
    });
  }
  return epci;
}

/** What SCDL rows need of a dossier's detail: not its history, avis, corrections or search keys. */
const CHAMPS_UTILES = { historique: 0, avis: 0, corrections: 0, texte: 0, triTitre: 0, indicateurs: 0, bilan: 0 } as const;

/**
 * A year's SCDL « subventions » file of one attribuant (the workspace's EPCI by default): one row per line of
 * the attribuant voted in that year's dossiers, checked against the schema; lines that cannot be valid are
 * gathered in `problemes` with their reasons and left out. Dossiers are streamed; conventions and partenaires
 * are read once each.
 */
export async function preparerFichierScdl(readModels: ReadModels, tenantId: string, demande: { annee: number; attribuant?: string }): Promise<FichierScdl> {
  const attribuant = partie(await attribuantScdl(readModels, tenantId, demande.attribuant));
  const problemes: ProblemeScdl[] = [];
  const conventions = new Map<string, Promise<ConventionDocument | null>>();
  const partenaires = new Map<string, Promise<PartenaireDocument | null>>();
  const convention = (id: string) => {
    if (!conventions.has(id)) conventions.set(id, readModels.readModel<ConventionDocument>(conventionProjection.name).findOne({ _id: id }));
    return conventions.get(id) as Promise<ConventionDocument | null>;
  };
  const partenaire = (id: string) => {
    if (!partenaires.has(id)) partenaires.set(id, readModels.readModel<PartenaireDocument>(partenairesProjection.name).findOne({ _id: id }));
    return partenaires.get(id) as Promise<PartenaireDocument | null>;
  };
  /** A conseil citoyen carried by an association receives through it: the association is the beneficiary. */
  const beneficiaire = async (dossier: DossierDetailDocument): Promise<PartieScdl> => {
    const porteur = await partenaire(dossier.porteur.id);
    if (!porteur) return { id: dossier.porteur.id, nom: dossier.porteur.nom, siret: null, rna: null };
    const porteuse = porteur.nature === 'conseil_citoyen' && porteur.associationPorteuseId ? await partenaire(porteur.associationPorteuseId) : null;
    return partie(porteuse ?? porteur);
  };

  async function* lignes(): AsyncGenerator<LigneScdlEcrite> {
    const dossiers = readModels
      .readModel<DossierDetailDocument>(dossierDetailProjection.name)
      .stream({ annee: demande.annee, financeurIds: attribuant.id }, { sort: { _id: 1 }, projection: CHAMPS_UTILES, readOnly: true });
    for await (const dossier of dossiers) {
      const votees = dossier.lignes.filter((ligne: LigneDocument) => ligne.financeurId === attribuant.id && STATUTS_VOTES.includes(ligne.statut));
      for (const ligne of votees) {
        const conventionId = ligne.conventionId ?? dossier.conventionId;
        const source: SourceLigneScdl = {
          dossier,
          ligne,
          convention: conventionId ? await convention(conventionId) : null,
          attribuant,
          beneficiaire: await beneficiaire(dossier),
        };
        const resultat = ligneScdl(source);
        if (resultat.ok) yield resultat;
        else problemes.push(resultat.probleme);
      }
    }
  }

  return { annee: demande.annee, attribuant, lignes: lignes(), problemes };
}

/** Euros as the schema writes numbers: a point, no grouping, two decimals when there are cents. */
function nombre(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/**
 * The CSV the schema's tools read (ADR « exports and SCDL »): the 16 field names as header, `,` between cells,
 * `.` in numbers, ISO dates, UTF-8 without BOM, CRLF lines, empty cells for missing values. Written in batches
 * that wait for the output; ends it. Returns the rows written.
 */
export async function ecrireScdlCsv(lignes: AsyncIterable<LigneScdlEcrite>, sortie: Writable, onProgress?: (lignes: number) => void): Promise<number> {
  const dialecte = { delimiter: ',', record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
  sortie.write(stringify([[...CHAMPS_SCDL]], dialecte));
  let lot: string[][] = [];
  let ecrites = 0;
  const vider = async () => {
    if (lot.length === 0) return;
    sortie.write(stringify(lot, dialecte));
    ecrites += lot.length;
    lot = [];
    onProgress?.(ecrites);
    await vidange(sortie);
  };
  for await (const { ligne } of lignes) {
    lot.push(
      CHAMPS_SCDL.map((champ) => {
        const valeur = ligne[champ];
        return valeur === undefined ? '' : typeof valeur === 'number' ? nombre(valeur) : valeur;
      }),
    );
    if (lot.length >= 500) await vider();
  }
  await vider();
  await new Promise<void>((resolve, reject) => sortie.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return ecrites;
}
