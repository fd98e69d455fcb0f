// Display labels (with their accents) of the API's enum values.

export const STATUTS_DOSSIER: Record<string, string> = {
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

export const COULEURS_STATUT: Record<string, string> = {
  depose: 'gray',
  en_instruction: 'blue',
  retenu: 'green',
  non_retenu: 'red',
  ajourne: 'orange',
  conventionne: 'teal',
  en_cours: 'teal',
  bilan_depose: 'cyan',
  solde: 'dark',
  abandonne: 'red',
};

export const STATUTS_LIGNE: Record<string, string> = {
  demande: 'Demandé',
  propose: 'Proposé',
  vote: 'Voté',
  refuse: 'Refusé',
  engage: 'Engagé',
  verse: 'Versé',
  justifie: 'Justifié',
};

export const CATEGORIES_FINANCEUR: Record<string, string> = {
  etat_credits_specifiques: 'État — crédits spécifiques',
  etat_droit_commun: 'État — droit commun',
  region: 'Région',
  departement: 'Département',
  caf: 'CAF',
  epci: 'EPCI',
  communes: 'Communes',
  autres: 'Autres',
};

export const NATURES: Record<string, string> = { credits_specifiques: 'Crédits spécifiques', droit_commun: 'Droit commun' };

export const ETAPES = ['demande', 'vote', 'engage', 'verse', 'justifie'] as const;
export const LIBELLES_ETAPES: Record<string, string> = {
  demande: 'Demandé',
  propose: 'Proposé',
  vote: 'Voté',
  engage: 'Engagé',
  verse: 'Versé',
  justifie: 'Justifié',
};

export const AVIS: Record<string, string> = { favorable: 'Favorable', reserve: 'Réservé', defavorable: 'Défavorable' };

export const DECISIONS: Record<string, string> = {
  DossierRetenu: 'Retenu',
  DossierNonRetenu: 'Non retenu',
  DossierAjourne: 'Ajourné',
  DossierAbandonne: 'Abandonné',
  retenu: 'Retenu',
  non_retenu: 'Non retenu',
  ajourne: 'Ajourné',
};

export const ROLES_ACTEURS: Record<string, string> = {
  admin: 'administrateur',
  agent: 'agent de l’EPCI',
  instructeur: 'instructeur',
  porteur: 'porteur',
  auditeur: 'auditeur',
  lecteur: 'lecteur',
  system: 'plateforme',
};

export const NATURES_PORTEUR: Record<string, string> = {
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
