import { choisirColonnes, type Colonne, type ContexteExport, type DefinitionExport } from '@cdv/exports';
import {
  dossierDetailProjection,
  type DossierDetailDocument,
  type DossierListArgs,
  type LigneDocument,
  type VersementDocument,
} from '@cdv/projections-programmation';
import { LECTEURS_DOSSIERS } from '../shared/acces';
import { decrireFiltre, lireFiltreDossiers, PARAMETRES_FILTRE_DOSSIERS, requeteDossiers } from './filtre-dossiers';
import { libelle, LIBELLES_CATEGORIE, LIBELLES_NATURE, LIBELLES_TYPE_VERSEMENT } from './libelles';

/** A payment, with its dossier and its line. */
export interface VersementDeDossier {
  dossier: DossierDetailDocument;
  versement: VersementDocument;
  ligne: LigneDocument | null;
}

export const COLONNES_VERSEMENT: Array<Colonne<VersementDeDossier>> = [
  { id: 'dossierId', libelle: 'Dossier', type: 'texte', parDefaut: true, valeur: (r) => r.dossier.dossierId },
  { id: 'annee', libelle: 'Année', type: 'entier', parDefaut: true, valeur: (r) => r.dossier.annee },
  { id: 'titre', libelle: 'Titre', type: 'texte', parDefaut: true, valeur: (r) => r.dossier.titre },
  { id: 'porteurId', libelle: 'Porteur (identifiant)', type: 'texte', valeur: (r) => r.dossier.porteur.id },
  { id: 'porteur', libelle: 'Porteur', type: 'texte', parDefaut: true, valeur: (r) => r.dossier.porteur.nom },
  { id: 'ligneId', libelle: 'Ligne', type: 'texte', valeur: (r) => r.versement.ligneId },
  { id: 'financeurId', libelle: 'Financeur (identifiant)', type: 'texte', valeur: (r) => r.ligne?.financeurId },
  { id: 'financeur', libelle: 'Financeur', type: 'texte', parDefaut: true, valeur: (r) => r.ligne?.financeurNom },
  { id: 'categorie', libelle: 'Catégorie de financeur', type: 'texte', valeur: (r) => libelle(LIBELLES_CATEGORIE, r.ligne?.categorie) },
  { id: 'nature', libelle: 'Nature', type: 'texte', valeur: (r) => libelle(LIBELLES_NATURE, r.ligne?.nature) },
  { id: 'versementId', libelle: 'Versement', type: 'texte', valeur: (r) => r.versement.versementId },
  { id: 'type', libelle: 'Type de versement', type: 'texte', parDefaut: true, valeur: (r) => libelle(LIBELLES_TYPE_VERSEMENT, r.versement.type) },
  { id: 'montant', libelle: 'Montant versé (€)', type: 'montant', parDefaut: true, valeur: (r) => r.versement.montant },
  { id: 'date', libelle: 'Date du versement', type: 'date', parDefaut: true, valeur: (r) => r.versement.date },
  { id: 'totalVerse', libelle: 'Total versé sur la ligne (€)', type: 'montant', parDefaut: true, valeur: (r) => r.versement.totalVerse },
  { id: 'engage', libelle: 'Engagé sur la ligne (€)', type: 'montant', valeur: (r) => r.ligne?.engage },
  { id: 'numeroEngagementJuridique', libelle: 'N° d’engagement juridique', type: 'texte', valeur: (r) => r.ligne?.numeroEngagementJuridique },
  { id: 'enregistreLe', libelle: 'Enregistré le', type: 'dateHeure', valeur: (r) => r.versement.enregistreLe },
];

/** What versements need of a dossier's detail document: not its history, avis or corrections. */
const CHAMPS_VERSEMENTS = { historique: 0, avis: 0, corrections: 0, texte: 0, triTitre: 0, indicateurs: 0, bilan: 0 } as const;

interface ParametresVersements {
  args: DossierListArgs;
  du?: string;
  au?: string;
}

async function* versementsDe(
  dossiers: AsyncIterable<DossierDetailDocument>,
  { du, au, financeur }: { du?: string; au?: string; financeur?: string },
): AsyncGenerator<VersementDeDossier> {
  for await (const dossier of dossiers) {
    for (const versement of dossier.versements ?? []) {
      if ((du && versement.date < du) || (au && versement.date > au)) continue;
      const ligne = dossier.lignes.find((l) => l.ligneId === versement.ligneId) ?? null;
      if (financeur && ligne?.financeurId !== financeur) continue;
      yield { dossier, versement, ligne };
    }
  }
}

/** The versements of the dossiers of the `dossiers` query (the `Dossier.versements` field), one row per payment. */
export const EXPORT_VERSEMENTS: DefinitionExport<ParametresVersements> = {
  nom: 'versements',
  titre: 'Versements',
  description: 'One row per payment (avance, acompte, solde) on the dossiers of the `dossiers` query; financeur= keeps its lines’ payments only.',
  miroir: 'dossiers(filter, tri, asOf) { versements }',
  roles: LECTEURS_DOSSIERS,
  parametres: [
    ...PARAMETRES_FILTRE_DOSSIERS.map((parametre) =>
      parametre.nom === 'financeur' ? { ...parametre, description: 'Financeur (partenaire) id: payments on its lines only.' } : parametre,
    ),
    { nom: 'du', description: 'Payments made on or after this date (YYYY-MM-DD).' },
    { nom: 'au', description: 'Payments made on or before this date (YYYY-MM-DD).' },
  ],
  catalogues: { versements: COLONNES_VERSEMENT as never },
  lire: (requete, demandeur) => {
    const args = lireFiltreDossiers(requete, demandeur);
    const du = requete.date('du');
    const au = requete.date('au');
    return { args, ...(du ? { du } : {}), ...(au ? { au } : {}) };
  },
  async preparer({ args, du, au }, contexte: ContexteExport, colonnes) {
    const choisies = choisirColonnes(COLONNES_VERSEMENT, colonnes);
    const { filter, sort } = requeteDossiers(args, contexte.porteurId);
    const dossiers = contexte.readModels
      .readModel<DossierDetailDocument>(dossierDetailProjection.name)
      .stream(filter, { sort, projection: CHAMPS_VERSEMENTS, readOnly: true });
    const financeur = args.filter?.financeurId;
    const lignes = versementsDe(dossiers, { ...(du ? { du } : {}), ...(au ? { au } : {}), ...(financeur ? { financeur } : {}) });
    const parametres: Array<[string, string]> = [
      ...decrireFiltre(args),
      ...(du ? ([['du', du]] as Array<[string, string]>) : []),
      ...(au ? ([['au', au]] as Array<[string, string]>) : []),
    ];
    return {
      tableaux: [{ nom: 'Versements', colonnes: choisies, lignes }],
      nomFichier: `versements${args.filter?.annee ? `-${args.filter.annee}` : ''}`,
      parametres,
    };
  },
};
