import { FINANCEUR_CATEGORIES, NATURES_FINANCEMENT } from '@cdv/domain-programmation';
import { choisirColonnes, type ContexteExport, type DefinitionExport } from '@cdv/exports';
import { dossierListProjection, type DossierListArgs, type DossierListDocument, type LigneDocument } from '@cdv/projections-programmation';
import { LECTEURS_DOSSIERS } from '../shared/acces';
import { COLONNES_DOSSIER, COLONNES_DOSSIER_LIGNE, type LigneDeDossier } from './colonnes-dossier';
import { decrireFiltre, lireFiltreDossiers, PARAMETRES_FILTRE_DOSSIERS, requeteDossiers } from './filtre-dossiers';

const STATUTS_LIGNE = ['demande', 'propose', 'vote', 'refuse', 'engage', 'verse', 'justifie'] as const;
/** Search keys of the list document: never exported, not worth copying. */
const SANS_CLES_DE_RECHERCHE = { texte: 0, triTitre: 0 } as const;

/** The dossiers of the mirrored query, streamed from the `dossiers` read model in its sort order. */
export function dossiersLus(args: DossierListArgs, contexte: ContexteExport): AsyncIterable<DossierListDocument> {
  const { filter, sort } = requeteDossiers(args, contexte.porteurId);
  return contexte.readModels
    .readModel<DossierListDocument>(dossierListProjection.name)
    .stream(filter, { sort, projection: SANS_CLES_DE_RECHERCHE, readOnly: true });
}

/** Each dossier's lines that `garder` keeps; a porteur's rows carry no rule warning (its GraphQL view has none). */
async function* lignesDesDossiers(
  dossiers: AsyncIterable<DossierListDocument>,
  garder: (ligne: LigneDocument) => boolean,
  vuePorteur: boolean,
): AsyncGenerator<LigneDeDossier> {
  for await (const dossier of dossiers) {
    for (const ligne of dossier.lignes) if (garder(ligne)) yield { dossier, ligne: vuePorteur ? { ...ligne, avertissements: [] } : ligne };
  }
}

interface ParametresDossiers {
  args: DossierListArgs;
  par: 'dossier' | 'ligne';
}

/** `dossiers(filter, tri)`: one row per dossier, or per dossier × financing line (`par=ligne`). */
export const EXPORT_DOSSIERS: DefinitionExport<ParametresDossiers> = {
  nom: 'dossiers',
  titre: 'Dossiers',
  description:
    'The dossiers of the `dossiers` query with its filter and sort; par=ligne gives one row per dossier × ligne de financement (every line of each dossier).',
  miroir: 'dossiers(filter, tri, asOf)',
  roles: LECTEURS_DOSSIERS,
  parametres: [
    ...PARAMETRES_FILTRE_DOSSIERS,
    { nom: 'par', description: 'dossier (default): a row per dossier; ligne: a row per financing line.', valeurs: ['dossier', 'ligne'] },
  ],
  catalogues: { dossiers: COLONNES_DOSSIER as never, 'dossiers par ligne': COLONNES_DOSSIER_LIGNE as never },
  lire: (requete, demandeur) => ({ args: lireFiltreDossiers(requete, demandeur), par: requete.choix('par', ['dossier', 'ligne'] as const) ?? 'dossier' }),
  async preparer({ args, par }, contexte, colonnes) {
    const nomFichier = `dossiers${args.filter?.annee ? `-${args.filter.annee}` : ''}${par === 'ligne' ? '-par-ligne' : ''}`;
    const parametres: Array<[string, string]> = [['Une ligne par', par === 'ligne' ? 'ligne de financement' : 'dossier'], ...decrireFiltre(args)];
    if (par === 'ligne') {
      const choisies = choisirColonnes(COLONNES_DOSSIER_LIGNE, colonnes);
      const lignes = lignesDesDossiers(dossiersLus(args, contexte), () => true, contexte.porteurId !== null);
      return { tableaux: [{ nom: 'Dossiers par ligne', colonnes: choisies, lignes }], nomFichier, parametres };
    }
    const choisies = choisirColonnes(COLONNES_DOSSIER, colonnes);
    const { filter } = requeteDossiers(args, contexte.porteurId);
    const total = await contexte.readModels.readModel(dossierListProjection.name).count(filter);
    return { tableaux: [{ nom: 'Dossiers', colonnes: choisies, lignes: dossiersLus(args, contexte) }], nomFichier, parametres, total };
  },
};

interface ParametresLignes {
  args: DossierListArgs;
  statuts?: string[];
  natures?: string[];
  categories?: string[];
}

/**
 * The lignes de financement: the dossiers of the `dossiers` query, one row per line; `financeur` keeps that
 * financeur's lines only (its ledger line by line: what an instructeur works through), and the line filters
 * narrow further.
 */
export const EXPORT_LIGNES_FINANCEMENT: DefinitionExport<ParametresLignes> = {
  nom: 'lignes-financement',
  titre: 'Lignes de financement',
  description: 'One row per financing line of the dossiers of the `dossiers` query; financeur= keeps that financeur’s lines only.',
  miroir: 'dossiers(filter, tri, asOf) { lignes }',
  roles: LECTEURS_DOSSIERS,
  parametres: [
    ...PARAMETRES_FILTRE_DOSSIERS.map((parametre) =>
      parametre.nom === 'financeur' ? { ...parametre, description: 'Financeur (partenaire) id: its lines only.' } : parametre,
    ),
    { nom: 'statutLigne', description: 'Line stage(s), comma-separated.', valeurs: STATUTS_LIGNE },
    { nom: 'nature', description: 'Nature(s) of the lines.', valeurs: NATURES_FINANCEMENT },
    { nom: 'categorie', description: 'Financeur categories.', valeurs: FINANCEUR_CATEGORIES },
  ],
  catalogues: { 'lignes de financement': COLONNES_DOSSIER_LIGNE as never },
  lire: (requete, demandeur) => {
    const args = lireFiltreDossiers(requete, demandeur);
    const statuts = requete.liste('statutLigne', { valeurs: STATUTS_LIGNE });
    const natures = requete.liste('nature', { valeurs: NATURES_FINANCEMENT });
    const categories = requete.liste('categorie', { valeurs: FINANCEUR_CATEGORIES });
    return { args, ...(statuts ? { statuts } : {}), ...(natures ? { natures } : {}), ...(categories ? { categories } : {}) };
  },
  async preparer({ args, statuts, natures, categories }, contexte, colonnes) {
    const choisies = choisirColonnes(COLONNES_DOSSIER_LIGNE, colonnes);
    const financeur = args.filter?.financeurId;
    const garder = (ligne: LigneDocument) =>
      (!financeur || ligne.financeurId === financeur) &&
      (!statuts || statuts.includes(ligne.statut)) &&
      (!natures || natures.includes(ligne.nature)) &&
      (!categories || categories.includes(ligne.categorie));
    const lignes = lignesDesDossiers(dossiersLus(args, contexte), garder, contexte.porteurId !== null);
    const parametres: Array<[string, string]> = [
      ...decrireFiltre(args),
      ...(statuts ? ([['statutLigne', statuts.join(', ')]] as Array<[string, string]>) : []),
      ...(natures ? ([['nature', natures.join(', ')]] as Array<[string, string]>) : []),
      ...(categories ? ([['categorie', categories.join(', ')]] as Array<[string, string]>) : []),
    ];
    const nomFichier = `lignes-financement${args.filter?.annee ? `-${args.filter.annee}` : ''}${financeur ? `-${financeur}` : ''}`;
    return { tableaux: [{ nom: 'Lignes de financement', colonnes: choisies, lignes }], nomFichier, parametres };
  },
};
