import type { Colonne } from '@cdv/exports';
import type { DossierListDocument, LigneDocument } from '@cdv/projections-programmation';
import {
  libelle,
  LIBELLES_CATEGORIE,
  LIBELLES_DECISION,
  LIBELLES_MODALITE,
  LIBELLES_NATURE,
  LIBELLES_PORTEUR,
  LIBELLES_STATUT_DOSSIER,
  LIBELLES_STATUT_LIGNE,
} from './libelles';

/**
 * The columns of a dossier (`dossiers` read model), as the `Dossier` GraphQL type names its fields. The
 * catalogue is documented by `GET /exports` and docs/exports.md; `parDefaut` marks the default set.
 */
export const COLONNES_DOSSIER: Array<Colonne<DossierListDocument>> = [
  { id: 'dossierId', libelle: 'Dossier', type: 'texte', parDefaut: true, valeur: (d) => d.dossierId },
  { id: 'annee', libelle: 'Année', type: 'entier', parDefaut: true, valeur: (d) => d.annee },
  { id: 'titre', libelle: 'Titre', type: 'texte', parDefaut: true, valeur: (d) => d.titre },
  { id: 'description', libelle: 'Description', type: 'texte', valeur: (d) => d.description },
  { id: 'statut', libelle: 'Statut', type: 'texte', parDefaut: true, valeur: (d) => libelle(LIBELLES_STATUT_DOSSIER, d.statut) },
  { id: 'decision', libelle: 'Décision du comité', type: 'texte', valeur: (d) => libelle(LIBELLES_DECISION, d.decision) },
  { id: 'porteurId', libelle: 'Porteur (identifiant)', type: 'texte', valeur: (d) => d.porteur.id },
  { id: 'porteur', libelle: 'Porteur', type: 'texte', parDefaut: true, valeur: (d) => d.porteur.nom },
  { id: 'porteurNature', libelle: 'Nature du porteur', type: 'texte', valeur: (d) => libelle(LIBELLES_PORTEUR, d.porteur.kind) },
  { id: 'coutTotal', libelle: 'Coût total (€)', type: 'montant', parDefaut: true, valeur: (d) => d.coutTotal },
  { id: 'nombreActions', libelle: 'Actions', type: 'entier', valeur: (d) => d.nombreActions },
  { id: 'pilier', libelle: 'Pilier', type: 'texte', parDefaut: true, valeur: (d) => d.pilier?.libelle },
  { id: 'orientation', libelle: 'Orientation', type: 'texte', valeur: (d) => d.orientation?.libelle },
  { id: 'objectif', libelle: 'Objectif opérationnel', type: 'texte', valeur: (d) => d.objectif?.libelle },
  { id: 'priorite', libelle: 'Priorité', type: 'texte', valeur: (d) => d.priorite?.libelle },
  { id: 'sousPriorite', libelle: 'Sous-priorité', type: 'texte', valeur: (d) => d.sousPriorite?.libelle },
  { id: 'thematique', libelle: 'Thématique', type: 'texte', parDefaut: true, valeur: (d) => d.thematique?.libelle },
  { id: 'thematiqueCget', libelle: 'Thématique CGET', type: 'texte', valeur: (d) => d.thematiqueCget?.libelle },
  { id: 'axesTransversaux', libelle: 'Axes transversaux', type: 'liste', valeur: (d) => d.axesTransversaux.map((axe) => axe.libelle) },
  { id: 'intercommunal', libelle: 'Intercommunal', type: 'booleen', valeur: (d) => d.intercommunal },
  { id: 'communes', libelle: 'Communes', type: 'liste', parDefaut: true, valeur: (d) => d.communes.map((commune) => commune.nom) },
  { id: 'codesInsee', libelle: 'Codes INSEE', type: 'liste', valeur: (d) => d.insee },
  { id: 'qpv', libelle: 'Quartiers (QPV)', type: 'liste', parDefaut: true, valeur: (d) => d.qpv.map((qpv) => qpv.nom) },
  { id: 'codesQpv', libelle: 'Codes QPV', type: 'liste', valeur: (d) => d.qpv.map((qpv) => qpv.code).filter(Boolean) },
  { id: 'financeurs', libelle: 'Financeurs', type: 'liste', parDefaut: true, valeur: (d) => [...new Set(d.lignes.map((l) => l.financeurNom))] },
  { id: 'demande', libelle: 'Demandé (€)', type: 'montant', parDefaut: true, valeur: (d) => d.totaux.demande },
  { id: 'propose', libelle: 'Proposé (€)', type: 'montant', valeur: (d) => d.totaux.propose },
  { id: 'vote', libelle: 'Voté (€)', type: 'montant', parDefaut: true, valeur: (d) => d.totaux.vote },
  { id: 'engage', libelle: 'Engagé (€)', type: 'montant', valeur: (d) => d.totaux.engage },
  { id: 'verse', libelle: 'Versé (€)', type: 'montant', parDefaut: true, valeur: (d) => d.totaux.verse },
  { id: 'justifie', libelle: 'Justifié (€)', type: 'montant', valeur: (d) => d.totaux.justifie },
  {
    id: 'demandeCreditsSpecifiques',
    libelle: 'Demandé, crédits spécifiques (€)',
    type: 'montant',
    valeur: (d) => d.totauxParNature.credits_specifiques.demande,
  },
  { id: 'voteCreditsSpecifiques', libelle: 'Voté, crédits spécifiques (€)', type: 'montant', valeur: (d) => d.totauxParNature.credits_specifiques.vote },
  { id: 'demandeDroitCommun', libelle: 'Demandé, droit commun (€)', type: 'montant', valeur: (d) => d.totauxParNature.droit_commun.demande },
  { id: 'voteDroitCommun', libelle: 'Voté, droit commun (€)', type: 'montant', valeur: (d) => d.totauxParNature.droit_commun.vote },
  { id: 'serie', libelle: 'Série', type: 'texte', valeur: (d) => d.serieId },
  { id: 'serieRang', libelle: 'Année dans la série', type: 'entier', valeur: (d) => d.serieRang },
  { id: 'conventionId', libelle: 'Convention', type: 'texte', valeur: (d) => d.conventionId },
  { id: 'depotTardif', libelle: 'Dépôt tardif', type: 'booleen', valeur: (d) => d.depotTardif },
  {
    id: 'deposeLe',
    libelle: 'Déposé le',
    type: 'date',
    parDefaut: true,
    description: 'Business date of the deposit (its day in Paris).',
    valeur: (d) => d.deposeLe,
  },
  { id: 'modifieLe', libelle: 'Modifié le', type: 'dateHeure', valeur: (d) => d.modifieLe },
  {
    id: 'champsSynthetiques',
    libelle: 'Valeurs synthétiques',
    type: 'liste',
    description: 'Fields a seed or an import invented (the demo marks what the documents do not give).',
    valeur: (d) => d.champsSynthetiques,
  },
];

/** One financing line of a dossier, with the dossier it belongs to. */
export interface LigneDeDossier {
  dossier: DossierListDocument;
  ligne: LigneDocument;
}

/** The columns of a ligne de financement (the `LigneFinancement` type); ids distinct from the dossier's. */
export const COLONNES_LIGNE: Array<Colonne<LigneDeDossier>> = [
  { id: 'ligneId', libelle: 'Ligne', type: 'texte', valeur: (r) => r.ligne.ligneId },
  { id: 'financeurId', libelle: 'Financeur (identifiant)', type: 'texte', valeur: (r) => r.ligne.financeurId },
  { id: 'financeur', libelle: 'Financeur', type: 'texte', parDefaut: true, valeur: (r) => r.ligne.financeurNom },
  { id: 'categorie', libelle: 'Catégorie de financeur', type: 'texte', parDefaut: true, valeur: (r) => libelle(LIBELLES_CATEGORIE, r.ligne.categorie) },
  { id: 'nature', libelle: 'Nature', type: 'texte', parDefaut: true, valeur: (r) => libelle(LIBELLES_NATURE, r.ligne.nature) },
  { id: 'modalite', libelle: 'Modalité', type: 'texte', valeur: (r) => libelle(LIBELLES_MODALITE, r.ligne.modalite) },
  { id: 'dispositif', libelle: 'Dispositif', type: 'texte', valeur: (r) => r.ligne.dispositif?.libelle },
  { id: 'statutLigne', libelle: 'Étape de la ligne', type: 'texte', parDefaut: true, valeur: (r) => libelle(LIBELLES_STATUT_LIGNE, r.ligne.statut) },
  { id: 'ligneDemande', libelle: 'Ligne : demandé (€)', type: 'montant', parDefaut: true, valeur: (r) => r.ligne.demande },
  { id: 'lignePropose', libelle: 'Ligne : proposé (€)', type: 'montant', valeur: (r) => r.ligne.propose },
  { id: 'ligneVote', libelle: 'Ligne : voté (€)', type: 'montant', parDefaut: true, valeur: (r) => r.ligne.vote },
  { id: 'ligneEngage', libelle: 'Ligne : engagé (€)', type: 'montant', parDefaut: true, valeur: (r) => r.ligne.engage },
  { id: 'ligneVerse', libelle: 'Ligne : versé (€)', type: 'montant', parDefaut: true, valeur: (r) => r.ligne.verse },
  { id: 'ligneJustifie', libelle: 'Ligne : justifié (€)', type: 'montant', valeur: (r) => r.ligne.justifie },
  { id: 'numeroEngagementJuridique', libelle: 'N° d’engagement juridique', type: 'texte', valeur: (r) => r.ligne.numeroEngagementJuridique },
  { id: 'ligneConventionId', libelle: 'Convention de la ligne', type: 'texte', valeur: (r) => r.ligne.conventionId },
  {
    id: 'montantSynthetique',
    libelle: 'Montant synthétique',
    type: 'booleen',
    description: 'The amount was invented by a seed or an import.',
    valeur: (r) => r.ligne.synthetique,
  },
  {
    id: 'avertissements',
    libelle: 'Avertissements',
    type: 'liste',
    description: 'Financing-rule warnings; empty in a porteur’s export, as in its GraphQL view.',
    valeur: (r) => r.ligne.avertissements.map((a) => a.message),
  },
];

/** Dossier columns read on a line row: the same ids and labels, read from the line's dossier. */
export const COLONNES_DOSSIER_PAR_LIGNE: Array<Colonne<LigneDeDossier>> = COLONNES_DOSSIER.map((colonne) => ({
  ...colonne,
  // per line, the dossier's own totals would be counted once per line: only the line amounts are in the default set
  parDefaut: colonne.parDefaut && colonne.type !== 'montant' && colonne.id !== 'financeurs',
  valeur: (r: LigneDeDossier) => colonne.valeur(r.dossier),
}));

/** Dossier × line: the dossier's columns then the line's. */
export const COLONNES_DOSSIER_LIGNE: Array<Colonne<LigneDeDossier>> = [...COLONNES_DOSSIER_PAR_LIGNE, ...COLONNES_LIGNE];
