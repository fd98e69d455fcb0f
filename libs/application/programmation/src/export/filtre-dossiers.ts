import { STATUTS_DOSSIER, type StatutDossier } from '@cdv/domain-programmation';
import type { Demandeur, ParametreExport, RequeteExport } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import {
  DOSSIER_SORT_FIELDS,
  dossierListQuery,
  porteurDossiersQuery,
  type DossierListArgs,
  type DossierListFilter,
  type DossierSortField,
  type MongoFilter,
} from '@cdv/projections-programmation';

/** The `dossiers(filter, tri)` arguments as export parameters: same names, same meaning (docs/exports.md). */
export const PARAMETRES_FILTRE_DOSSIERS: ParametreExport[] = [
  { nom: 'annee', description: 'Year of the appel à projets.' },
  { nom: 'statut', description: 'Dossier status(es), comma-separated.', valeurs: STATUTS_DOSSIER },
  { nom: 'pilier', description: 'Cadre stratégique node id of the pilier.' },
  { nom: 'thematique', description: 'Thématique id.' },
  { nom: 'qpv', description: 'QPV id.' },
  { nom: 'commune', description: 'INSEE code.' },
  { nom: 'intercommunal', description: 'true or false.' },
  { nom: 'porteur', description: 'Porteur (partenaire) id; a porteur may name only its own organisation.' },
  { nom: 'financeur', description: 'Financeur (partenaire) id: dossiers with a line of it.' },
  { nom: 'serie', description: 'Série id.' },
  { nom: 'texte', description: 'Words in title, porteur, description, communes and QPV (accents and case ignored).' },
  { nom: 'tri', description: 'Sort field (deposeLe by default).', valeurs: Object.keys(DOSSIER_SORT_FIELDS) },
  { nom: 'sens', description: 'asc (default) or desc.', valeurs: ['asc', 'desc'] },
];

/**
 * Reads the dossier filter and sort. A porteur sees only its organisation's dossiers: naming another one is
 * refused (FORBIDDEN) rather than silently narrowed, so that nobody takes an empty file for the other's dossiers.
 */
export function lireFiltreDossiers(requete: RequeteExport, demandeur: Demandeur): DossierListArgs {
  const filter: DossierListFilter = {};
  const annee = requete.entier('annee', { min: 2000, max: 2100 });
  if (annee !== undefined) filter.annee = annee;
  const statut = requete.liste('statut', { valeurs: STATUTS_DOSSIER });
  if (statut) filter.statut = statut as StatutDossier[];
  for (const [parametre, champ] of [
    ['pilier', 'pilierId'],
    ['thematique', 'thematiqueId'],
    ['qpv', 'qpvId'],
    ['commune', 'commune'],
  ] as const) {
    const valeur = requete.identifiant(parametre);
    if (valeur) filter[champ] = valeur;
  }
  const intercommunal = requete.booleen('intercommunal');
  if (intercommunal !== undefined) filter.intercommunal = intercommunal;
  const porteur = requete.identifiant('porteur');
  if (porteur) {
    if (demandeur.porteurId && porteur !== demandeur.porteurId) {
      throw new ApiError('FORBIDDEN', `a porteur exports its own organisation’s dossiers only (${demandeur.porteurId}), not ${porteur}`, { field: 'porteur' });
    }
    filter.porteurId = porteur;
  }
  for (const [parametre, champ] of [
    ['financeur', 'financeurId'],
    ['serie', 'serieId'],
  ] as const) {
    const valeur = requete.identifiant(parametre);
    if (valeur) filter[champ] = valeur;
  }
  const texte = requete.texte('texte');
  if (texte) filter.texte = texte;
  const tri = requete.choix('tri', Object.keys(DOSSIER_SORT_FIELDS) as DossierSortField[]);
  const sens = requete.choix('sens', ['asc', 'desc'] as const);
  return { filter, ...(tri || sens ? { sort: { field: tri ?? 'deposeLe', direction: sens ?? 'asc' } } : {}) };
}

/** The filter and sort of the mirrored query (a porteur's forced to its organisation), without its page size. */
export function requeteDossiers(args: DossierListArgs, porteurId: string | null): { filter: MongoFilter; sort: Record<string, 1 | -1> } {
  const { filter, sort } = porteurId ? porteurDossiersQuery(porteurId, args) : dossierListQuery(args);
  return { filter, sort };
}

/** What the filter says, for the « Paramètres » sheet. */
export function decrireFiltre(args: DossierListArgs): Array<[string, string]> {
  const lignes = Object.entries(args.filter ?? {}).map(([nom, valeur]): [string, string] => [nom, Array.isArray(valeur) ? valeur.join(', ') : String(valeur)]);
  if (args.sort) lignes.push(['tri', `${args.sort.field} ${args.sort.direction}`]);
  return lignes;
}
