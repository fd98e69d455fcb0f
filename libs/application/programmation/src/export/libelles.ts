import type {
  FinanceurCategorie,
  ModaliteFinancement,
  NatureFinancement,
  PorteurKind,
  StatutDossier,
  StatutLigne,
  TypeVersement,
} from '@cdv/domain-programmation';

/** Display labels of the programmation's codes, as a spreadsheet user reads them (exports; codes stay in the API). */
export const LIBELLES_STATUT_DOSSIER: Record<StatutDossier, string> = {
  depose: 'Déposé',
  en_instruction: 'En instruction',
  retenu: 'Retenu',
  non_retenu: 'Non retenu',
  ajourne: 'Ajourné',
  conventionne: 'Conventionné',
  en_cours: 'En cours',
  bilan_depose: 'Bilan déposé',
  solde: 'Soldé',
  abandonne: 'Abandonné',
};

export const LIBELLES_DECISION: Record<'retenu' | 'non_retenu' | 'ajourne', string> = { retenu: 'Retenu', non_retenu: 'Non retenu', ajourne: 'Ajourné' };

export const LIBELLES_STATUT_LIGNE: Record<StatutLigne, string> = {
  demande: 'Demandé',
  propose: 'Proposé',
  vote: 'Voté',
  refuse: 'Refusé',
  engage: 'Engagé',
  verse: 'Versé',
  justifie: 'Justifié',
};

/** The eight categories of the rapport politique de la ville (seed 003 L150–L159). */
export const LIBELLES_CATEGORIE: Record<FinanceurCategorie, string> = {
  etat_credits_specifiques: 'État – crédits spécifiques (BOP 147)',
  etat_droit_commun: 'État – droit commun',
  region: 'Région',
  departement: 'Département',
  caf: 'CAF',
  epci: 'EPCI',
  communes: 'Communes',
  autres: 'Autres',
};

export const LIBELLES_NATURE: Record<NatureFinancement, string> = { credits_specifiques: 'Crédits spécifiques', droit_commun: 'Droit commun' };

export const LIBELLES_MODALITE: Record<ModaliteFinancement, string> = { numeraire: 'Numéraire', nature: 'En nature', technique: 'Appui technique' };

export const LIBELLES_TYPE_VERSEMENT: Record<TypeVersement, string> = { avance: 'Avance', acompte: 'Acompte', solde: 'Solde' };

export const LIBELLES_PORTEUR: Record<PorteurKind, string> = {
  association: 'Association',
  conseil_citoyen: 'Conseil citoyen',
  commune: 'Commune',
  ccas: 'CCAS',
  epci: 'EPCI',
  syndicat_intercommunal: 'Syndicat intercommunal',
  etat: 'État',
  region: 'Région',
  departement: 'Département',
  caf: 'CAF',
  bailleur: 'Bailleur',
  etablissement_public: 'Établissement public',
  chambre_consulaire: 'Chambre consulaire',
  entreprise: 'Entreprise',
  autre: 'Autre',
};

/** A code's label, or the code itself when the table does not know it (a newer code read as-of). */
export function libelle<T extends string>(table: Record<T, string>, code: T | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return table[code] ?? code;
}
