// Display labels (with their accents) of the référentiel's enum values (docs/schema.graphql).

export const NATURES_PARTENAIRE: Record<string, string> = {
  association: 'Association',
  commune: 'Commune',
  ccas: 'CCAS',
  epci: 'EPCI',
  etat_service: 'Service de l’État',
  region: 'Région',
  departement: 'Département',
  caf: 'CAF',
  bailleur: 'Bailleur',
  conseil_citoyen: 'Conseil citoyen',
  chambre_consulaire: 'Chambre consulaire',
  autre: 'Autre',
};

export const ROLES_PARTENAIRE: Record<string, string> = { financeur: 'Financeur', porteur: 'Porteur', signataire: 'Signataire' };

export const CATEGORIES_QPV: Record<string, string> = {
  qpv: 'Quartier prioritaire (QPV)',
  quartier_veille_active: 'Quartier de veille active',
  quartier_interet_communautaire: 'Quartier d’intérêt communautaire',
};

export const STATUTS_QPV: Record<string, string> = { actif: 'Actif', remplace: 'Remplacé', retire: 'Retiré' };

export const NATURES_EPCI: Record<string, string> = {
  metropole: 'Métropole',
  cu: 'Communauté urbaine',
  ca: 'Communauté d’agglomération',
  cc: 'Communauté de communes',
  ept: 'Établissement public territorial',
  autre: 'Autre',
};

export const STATUTS_ENGAGEMENT: Record<string, string> = {
  non_renseigne: 'Non renseigné',
  a_lancer: 'À lancer',
  en_cours_de_lancement: 'En cours de lancement',
  en_cours_de_deploiement: 'En cours de déploiement',
  en_voie_de_finalisation: 'En voie de finalisation',
  atteint: 'Atteint',
  abandonne: 'Abandonné',
};

export const STATUTS_APPEL: Record<string, string> = { ouvert: 'Ouvert', clos: 'Clos', exercice_clos: 'Exercice clos' };

export const TYPES_REGLE: Record<string, string> = {
  plafond: 'Plafond (montant maximal)',
  minimum: 'Minimum (montant minimal)',
  taux_max: 'Taux maximal du coût',
  egal_a: 'Égal au montant d’une autre ligne',
};

export const APPLICATIONS_REGLE: Record<string, string> = { bloquant: 'Bloquante (refus)', avertissement: 'Avertissement' };

export const ASSIETTES_REGLE: Record<string, string> = { cout_total: 'du coût total', depenses_eligibles: 'des dépenses éligibles' };

export const ETAPES_REGLE: Record<string, string> = { demande: 'demande', propose: 'proposition', vote: 'vote' };
