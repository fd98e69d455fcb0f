import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';

/**
 * Every mutation of the territoire context over GraphQL: a scripted life of one workspace (each mutation once at
 * least), then table-driven refusals with their docs/design.md §8 codes, roles, and stale revisions.
 */
const TENANT = 'essai';
const PAYLOAD = '{ streamId id revision position eventsAppended replayed eventTypes }';
const mutation = (name: string) => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) ${PAYLOAD} }`;

interface Payload {
  streamId: string;
  id: string;
  revision: number;
  position: number;
  eventsAppended: number;
  replayed: boolean;
  eventTypes: string[];
}
type Input = Record<string, unknown>;

const alpha = { nom: 'Alpha', codeInsee: '59001' };
const statistique = (valeur: string, perimetre: string) => ({
  indicateur: 'population',
  libelle: 'Population',
  valeur,
  valeurImprimee: valeur,
  source: 'Insee',
  millesime: '2013',
  perimetre,
});

/** The life of a workspace, in order: [mutation, input, events it records]. */
const SCENARIO: [string, Input, string[]][] = [
  [
    'ouvrirTerritoire',
    { nom: 'CA Essai', siren: null, nature: 'ca', communes: [alpha, { nom: 'Beta' }] },
    ['TerritoireOuvert', 'CommuneRattachee', 'CommuneRattachee'],
  ],
  ['renommerTerritoire', { nom: 'CA de l’Essai', acronyme: 'CAE' }, ['TerritoireRenomme']],
  ['changerNatureTerritoire', { nature: 'cu', depuis: '2020-01' }, ['NatureTerritoireChangee']],
  ['attribuerSirenTerritoire', { siren: '732829320' }, ['SirenTerritoireAttribue']],
  ['rattacherCommune', { nom: 'Gamma', codeInsee: '59003', alias: ['Gama'] }, ['CommuneRattachee']],
  ['detacherCommune', { commune: { nom: 'Gamma', codeInsee: '59003' }, jusquAu: '2023' }, ['CommuneDetachee']],
  ['ajouterAliasCommune', { commune: alpha, alias: 'Alfa' }, ['AliasCommuneAjoute']],
  ['attribuerCodeInseeCommune', { nom: 'Beta', codeInsee: '59002' }, ['CodeInseeCommuneAttribue']],
  [
    'declarerPredecesseur',
    { predecesseur: { nom: 'CC Ancienne', jusquAu: '2016-12-31', contratDeVille: { intitule: 'CV 2015', signeLe: '2015-06' } } },
    ['PredecesseurDeclare'],
  ],
  ['enregistrerStatistiqueTerritoire', { statistique: statistique('100000', 'epci') }, ['StatistiqueTerritoireEnregistree']],

  ['declarerQpv', { categorie: 'qpv', code: 'QP059001', nom: 'Les Hauts', communes: [alpha] }, ['QpvDeclare']],
  ['declarerQpv', { qpvId: 'veille-1', categorie: 'quartier_veille_active', nom: 'Veille Un', communes: [{ nom: 'Beta' }] }, ['QpvDeclare']],
  ['declarerQpv', { qpvId: 'qpv-sans-code', categorie: 'qpv', generation: 2015, nom: 'Sans code', communes: [{ nom: 'Beta' }] }, ['QpvDeclare']],
  ['attribuerCodeQpv', { qpvId: 'qpv-sans-code', code: 'QP059002' }, ['CodeQpvAttribue']],
  ['renommerQpv', { qpvId: 'QP059001', nom: 'Les Hauts de l’Essai' }, ['QpvRenomme']],
  ['ajouterAliasQpv', { qpvId: 'QP059001', alias: 'Hauts' }, ['AliasQpvAjoute']],
  ['rattacherCommuneQpv', { qpvId: 'QP059001', commune: { nom: 'Beta', codeInsee: '59002' } }, ['CommuneQpvRattachee']],
  ['detacherCommuneQpv', { qpvId: 'QP059001', commune: { nom: 'Beta', codeInsee: '59002' } }, ['CommuneQpvDetachee']],
  ['enregistrerStatistiqueQpv', { qpvId: 'QP059001', statistique: statistique('5000', 'qpv') }, ['StatistiqueQpvEnregistree']],
  [
    'declarerQpv',
    { categorie: 'qpv', code: 'QN05901M', nom: 'Les Hauts 2024', communes: [alpha], predecesseurs: [{ qpvId: 'QP059001', code: 'QP059001' }] },
    ['QpvDeclare'],
  ],
  ['remplacerQpv', { qpvId: 'QP059001', successeurs: [{ qpvId: 'QN05901M', code: 'QN05901M' }], dateEffet: '2024-01-01' }, ['QpvRemplace']],
  ['retirerQpv', { qpvId: 'veille-1', dateEffet: '2024-01-01', reason: 'Sortie de la géographie de veille' }, ['QpvRetire']],

  [
    'enregistrerPartenaire',
    { partenaireId: 'asso-1', nature: 'association', nom: 'Association Un', siret: '73282932000074', roles: ['porteur'] },
    ['PartenaireEnregistre'],
  ],
  ['enregistrerPartenaire', { partenaireId: 'cc-1', nature: 'conseil_citoyen', nom: 'Conseil citoyen des Hauts' }, ['PartenaireEnregistre']],
  [
    'enregistrerPartenaire',
    { partenaireId: 'etat', nature: 'etat_service', nom: 'État', roles: ['financeur', 'signataire'], categorieFinanceur: 'etat_credits_specifiques' },
    ['PartenaireEnregistre'],
  ],
  ['renommerPartenaire', { partenaireId: 'asso-1', nom: 'Association Une' }, ['PartenaireRenomme']],
  ['ajouterAliasPartenaire', { partenaireId: 'asso-1', alias: 'Asso 1' }, ['AliasPartenaireAjoute']],
  ['renseignerIdentifiantsPartenaire', { partenaireId: 'asso-1', rna: 'W591234567' }, ['IdentifiantsPartenaireRenseignes']],
  ['changerRolesPartenaire', { partenaireId: 'asso-1', roles: ['porteur', 'financeur'], categorieFinanceur: 'autres' }, ['RolesPartenaireChanges']],
  ['designerAssociationPorteuse', { partenaireId: 'cc-1', associationPorteuseId: 'asso-1' }, ['AssociationPorteuseDesignee']],

  ['enregistrerContrat', { contratId: 'cv-essai', intitule: 'Contrat de ville 2015-2020', periode: { debut: '2015', fin: '2020' } }, ['ContratEnregistre']],
  ['enregistrerContrat', { contratId: 'cv-2', intitule: 'Contrat sans période' }, ['ContratEnregistre']],
  [
    'signerContrat',
    { contratId: 'cv-essai', signeLe: '2015-07-01', signataires: [{ partenaireId: 'etat', libelle: 'Le Préfet' }, { libelle: 'Le Président' }] },
    ['ContratSigne'],
  ],
  [
    'ajouterSignataire',
    { contratId: 'cv-essai', signataire: { partenaireId: 'asso-1', libelle: 'Association Une' }, depuis: '2016', reason: 'Adhésion en 2016' },
    ['SignataireAjoute'],
  ],
  ['prorogerContrat', { contratId: 'cv-essai', nouvelleFin: '2022', fondementJuridique: 'loi n°2018-1317', reason: 'Prorogation légale' }, ['ContratProroge']],
  ['enregistrerAvenant', { contratId: 'cv-essai', avenantId: 'pe2r', intitule: 'PE2R', nature: 'avenant', dateDocument: '2019-07' }, ['AvenantEnregistre']],
  [
    'signerAvenant',
    { contratId: 'cv-essai', avenantId: 'pe2r', signeLe: '2019-09', signatures: [{ partenaireId: 'etat', libelle: 'Le Préfet', date: '2019-09-01' }] },
    ['AvenantSigne'],
  ],
  ['annexerDocumentContrat', { contratId: 'cv-essai', documentId: 'annexe-1', intitule: 'Annexe financière' }, ['DocumentAnnexe']],
  [
    'conclureConventionOperationnelle',
    { contratId: 'cv-essai', conventionId: 'conv-alpha', commune: alpha, intitule: 'Convention Alpha' },
    ['ConventionOperationnelleConclue'],
  ],

  [
    'definirCadreStrategique',
    { cadreId: 'cadre', version: 1, intitule: 'Cadre 2015', dimensions: [{ code: 'piliers', libelle: 'Piliers', niveaux: ['pilier', 'orientation'] }] },
    ['CadreStrategiqueDefini'],
  ],
  ['ajouterObjectif', { cadreId: 'cadre', version: 1, dimension: 'piliers', noeudId: 'p1', libelle: 'Pilier 1' }, ['ObjectifAjoute']],
  ['ajouterObjectif', { cadreId: 'cadre', version: 1, dimension: 'piliers', noeudId: 'p1o1', parentId: 'p1', libelle: 'Orientaton 1.1' }, ['ObjectifAjoute']],
  ['definirLibelleAffiche', { cadreId: 'cadre', noeudId: 'p1o1', libelleAffiche: 'Orientation 1.1' }, ['LibelleAfficheDefini']],
  [
    'definirCadreStrategique',
    { cadreId: 'cadre', version: 2, intitule: 'Cadre 2024', dimensions: [{ code: 'piliers', libelle: 'Piliers', niveaux: ['pilier'] }] },
    ['CadreStrategiqueDefini'],
  ],
  ['ajouterObjectif', { cadreId: 'cadre', version: 2, dimension: 'piliers', noeudId: 'v2p1', libelle: 'Pilier A' }, ['ObjectifAjoute']],
  [
    'declarerCorrespondance',
    { cadreId: 'cadre', versionSource: 1, versionCible: 2, correspondances: [{ de: 'p1', vers: ['v2p1'] }] },
    ['CorrespondanceVersionsDeclaree'],
  ],

  [
    'definirIndicateur',
    { indicateurId: 'ind-1', libelle: 'Jeunes accompagnés', unite: 'personnes', ventilations: ['sexe', 'qpv'], noeuds: [{ cadreId: 'cadre', noeudId: 'p1' }] },
    ['IndicateurDefini'],
  ],
  ['rattacherIndicateurObjectif', { indicateurId: 'ind-1', noeud: { cadreId: 'cadre', noeudId: 'p1o1' } }, ['IndicateurRattacheObjectif']],
  [
    'renseignerValeurIndicateur',
    { indicateurId: 'ind-1', annee: 2019, valeur: '42', source: 'Bilan 2019', ventilation: { qpvId: 'QP059001' } },
    ['ValeurIndicateurRenseignee'],
  ],

  [
    'prendreEngagement',
    {
      engagementId: 'eng-1',
      contratId: 'cv-essai',
      objectif: 'Accompagner les jeunes',
      responsables: [{ partenaireId: 'asso-1', libelle: 'Association Une' }],
      noeuds: [{ cadreId: 'cadre', noeudId: 'p1' }],
    },
    ['EngagementPris'],
  ],
  ['rattacherIndicateurEngagement', { engagementId: 'eng-1', indicateurId: 'ind-1' }, ['IndicateurRattacheEngagement']],
  [
    'fixerCibleIndicateur',
    { engagementId: 'eng-1', indicateurId: 'ind-1', annee: 2020, cible: { type: 'intervalle', min: '10', max: '20' } },
    ['CibleIndicateurFixee'],
  ],
  ['changerStatutEngagement', { engagementId: 'eng-1', statut: 'en_cours_de_deploiement', depuis: '2020-03' }, ['StatutEngagementChange']],
  ['prendreEngagement', { engagementId: 'eng-2', objectif: 'Un engagement abandonné', responsables: [{ libelle: 'La commune' }] }, ['EngagementPris']],
  ['changerStatutEngagement', { engagementId: 'eng-2', statut: 'abandonne', depuis: '2021', reason: 'Porteur dissous' }, ['StatutEngagementChange']],

  [
    'declarerChiffre',
    {
      documentId: 'doc-1',
      chiffreId: 'nb-qpv',
      cle: 'nombre_qpv',
      libelle: 'Nombre de QPV',
      valeurImprimee: '3',
      valeur: '3',
      document: 'rapport.pdf',
      localisation: 'p. 2',
    },
    ['ChiffreDeclare'],
  ],
  ['corrigerChiffre', { documentId: 'doc-1', chiffreId: 'nb-qpv', valeurImprimee: '2', valeur: '2', reason: 'Mal lu : 2 QPV' }, ['ChiffreCorrige']],
];

const MUTATIONS = [...new Set(SCENARIO.map(([name]) => name))];
const premierInput = (name: string) => SCENARIO.find(([n]) => n === name)![1];

/** [mutation, input, expected code, expected extensions]: run in order after the scenario. */
const REFUS: [string, Input, string, Record<string, unknown>?][] = [
  ['ouvrirTerritoire', { nom: 'Autre nom', siren: null, nature: 'ca' }, 'CONFLICT'],
  ['ouvrirTerritoire', { nom: 'CA Essai', siren: '123', nature: 'ca' }, 'VALIDATION_FAILED', { field: 'siren' }],
  ['renommerTerritoire', { nom: ' ' }, 'VALIDATION_FAILED', { field: 'nom' }],
  ['changerNatureTerritoire', { nature: 'metropole', depuis: 'hier' }, 'VALIDATION_FAILED', { field: 'depuis' }],
  ['attribuerSirenTerritoire', { siren: '552100554' }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['attribuerSirenTerritoire', { siren: '123456789' }, 'VALIDATION_FAILED', { field: 'siren' }],
  ['rattacherCommune', { nom: 'Delta', codeInsee: 'ABCDE' }, 'VALIDATION_FAILED', { field: 'commune.codeInsee' }],
  ['rattacherCommune', { nom: 'Autre', codeInsee: '59001' }, 'CONFLICT'],
  ['detacherCommune', { commune: { nom: 'Inconnue' } }, 'NOT_FOUND'],
  ['ajouterAliasCommune', { commune: { nom: 'Inconnue' }, alias: 'X' }, 'NOT_FOUND'],
  ['attribuerCodeInseeCommune', { nom: 'Alpha', codeInsee: '59009' }, 'CONFLICT'],
  ['declarerPredecesseur', { predecesseur: { nom: 'CC Ancienne', jusquAu: '2017' } }, 'CONFLICT'],
  ['enregistrerStatistiqueTerritoire', { statistique: statistique('100001', 'epci') }, 'VALIDATION_FAILED', { field: 'reason' }],

  ['declarerQpv', { categorie: 'qpv', code: 'QP59001', nom: 'Code inconnu', communes: [alpha] }, 'VALIDATION_FAILED', { field: 'code' }],
  [
    'declarerQpv',
    { qpvId: 'autre', categorie: 'qpv', code: 'QP059001', nom: 'Même code', communes: [alpha] },
    'CONFLICT',
    { field: 'code', qpvId: 'QP059001' },
  ],
  ['declarerQpv', { categorie: 'qpv', code: 'QN05901M', nom: 'Autre nom', communes: [alpha] }, 'CONFLICT'],
  ['declarerQpv', { categorie: 'qpv', nom: 'Sans génération', communes: [alpha] }, 'VALIDATION_FAILED', { field: 'generation' }],
  ['attribuerCodeQpv', { qpvId: 'qpv-sans-code', code: 'QP059003' }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['attribuerCodeQpv', { qpvId: 'veille-1', code: 'QP059004' }, 'INVALID_TRANSITION', { state: 'quartier_veille_active', command: 'AttribuerCodeQpv' }],
  ['attribuerCodeQpv', { qpvId: 'inconnu', code: 'QP059004' }, 'NOT_FOUND'],
  ['renommerQpv', { qpvId: 'QP059001', nom: 'Après 2024' }, 'INVALID_TRANSITION', { state: 'remplace', command: 'RenommerQpv' }],
  ['ajouterAliasQpv', { qpvId: 'QP059001', alias: '' }, 'VALIDATION_FAILED', { field: 'alias' }],
  ['rattacherCommuneQpv', { qpvId: 'veille-1', commune: alpha }, 'INVALID_TRANSITION', { state: 'retire' }],
  ['detacherCommuneQpv', { qpvId: 'QN05901M', commune: alpha }, 'VALIDATION_FAILED', { field: 'commune' }],
  ['remplacerQpv', { qpvId: 'veille-1', successeurs: [{ qpvId: 'QN05901M' }], dateEffet: '2024-01-01' }, 'INVALID_TRANSITION'],
  [
    'remplacerQpv',
    { qpvId: 'qpv-sans-code', successeurs: [{ qpvId: 'x', code: 'QP059009' }], dateEffet: '2024-01-01' },
    'VALIDATION_FAILED',
    { field: 'successeurs[0].code' },
  ],
  ['retirerQpv', { qpvId: 'QN05901M', dateEffet: '2025-01-01' }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['retirerQpv', { qpvId: 'QP059001', dateEffet: '2025-01-01', reason: 'Erreur' }, 'INVALID_TRANSITION', { state: 'remplace' }],
  ['enregistrerStatistiqueQpv', { qpvId: 'QP059001', statistique: statistique('5100', 'qpv') }, 'VALIDATION_FAILED', { field: 'reason' }],

  ['enregistrerPartenaire', { nature: 'association', nom: 'SIRET faux', siret: '73282932000075' }, 'VALIDATION_FAILED'],
  [
    'enregistrerPartenaire',
    { partenaireId: 'asso-2', nature: 'association', nom: 'Doublon', siret: '73282932000074' },
    'CONFLICT',
    { field: 'siret', partenaireId: 'asso-1' },
  ],
  ['enregistrerPartenaire', { partenaireId: 'etat', nature: 'etat_service', nom: 'Préfecture' }, 'CONFLICT'],
  ['enregistrerPartenaire', { nature: 'caf', nom: 'CAF', roles: ['financeur'] }, 'VALIDATION_FAILED', { field: 'categorieFinanceur' }],
  ['enregistrerPartenaire', { partenaireId: 'pas un id', nature: 'caf', nom: 'CAF' }, 'VALIDATION_FAILED', { field: 'partenaireId' }],
  ['renommerPartenaire', { partenaireId: 'inconnu', nom: 'X' }, 'NOT_FOUND'],
  ['ajouterAliasPartenaire', { partenaireId: 'asso-1', alias: ' ' }, 'VALIDATION_FAILED', { field: 'alias' }],
  ['renseignerIdentifiantsPartenaire', { partenaireId: 'asso-1', rna: 'W599999999' }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['renseignerIdentifiantsPartenaire', { partenaireId: 'asso-1', siren: '123' }, 'VALIDATION_FAILED', { field: 'siren' }],
  ['changerRolesPartenaire', { partenaireId: 'cc-1', roles: ['financeur'] }, 'VALIDATION_FAILED', { field: 'categorieFinanceur' }],
  ['designerAssociationPorteuse', { partenaireId: 'asso-1', associationPorteuseId: 'cc-1' }, 'INVALID_TRANSITION', { state: 'association' }],

  ['enregistrerContrat', { contratId: 'cv-essai', intitule: 'Autre intitulé' }, 'CONFLICT'],
  ['enregistrerContrat', { intitule: 'À l’envers', periode: { debut: '2020', fin: '2015' } }, 'VALIDATION_FAILED', { field: 'periode.fin' }],
  ['signerContrat', { contratId: 'cv-essai', signeLe: '2016', signataires: [{ libelle: 'Un autre' }] }, 'INVALID_TRANSITION', { state: 'signe' }],
  ['signerContrat', { contratId: 'inconnu', signataires: [{ libelle: 'X' }] }, 'NOT_FOUND'],
  ['ajouterSignataire', { contratId: 'cv-essai', signataire: { libelle: 'La CAF' } }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['ajouterSignataire', { contratId: 'cv-2', signataire: { libelle: 'La CAF' }, reason: 'Adhésion' }, 'INVALID_TRANSITION', { state: 'enregistre' }],
  ['prorogerContrat', { contratId: 'cv-essai', nouvelleFin: '2023' }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['prorogerContrat', { contratId: 'cv-essai', nouvelleFin: '2021', reason: 'Raccourcir' }, 'VALIDATION_FAILED', { field: 'nouvelleFin' }],
  ['prorogerContrat', { contratId: 'cv-2', nouvelleFin: '2022' }, 'INVALID_TRANSITION', { state: 'sans_periode' }],
  ['enregistrerAvenant', { contratId: 'cv-essai', avenantId: 'pe2r', intitule: 'Autre' }, 'CONFLICT'],
  ['signerAvenant', { contratId: 'cv-essai', avenantId: 'pe2r', signatures: [{ libelle: 'Autre' }] }, 'INVALID_TRANSITION', { state: 'signe' }],
  ['signerAvenant', { contratId: 'cv-essai', avenantId: 'inconnu', signatures: [{ libelle: 'X' }] }, 'NOT_FOUND'],
  ['annexerDocumentContrat', { contratId: 'cv-essai', documentId: 'annexe-1', intitule: 'Autre annexe' }, 'CONFLICT'],
  ['conclureConventionOperationnelle', { contratId: 'cv-essai', conventionId: 'conv-alpha', commune: alpha, intitule: 'Autre' }, 'CONFLICT'],

  [
    'definirCadreStrategique',
    { cadreId: 'cadre', version: 5, intitule: 'Trop loin', dimensions: [{ code: 'piliers', libelle: 'P', niveaux: ['p'] }] },
    'VALIDATION_FAILED',
    { field: 'version' },
  ],
  ['definirCadreStrategique', { cadreId: 'cadre', version: 1, intitule: 'Autre', dimensions: [{ code: 'piliers', libelle: 'P', niveaux: ['p'] }] }, 'CONFLICT'],
  [
    'ajouterObjectif',
    { cadreId: 'cadre', version: 1, dimension: 'piliers', noeudId: 'p2', libelle: 'Trop tard' },
    'INVALID_TRANSITION',
    { state: 'version_remplacee' },
  ],
  ['ajouterObjectif', { cadreId: 'cadre', version: 2, dimension: 'piliers', noeudId: 'p1', libelle: 'Même id' }, 'CONFLICT'],
  ['definirLibelleAffiche', { cadreId: 'cadre', noeudId: 'p1', libelleAffiche: 'Pilier un' }, 'INVALID_TRANSITION', { state: 'version_remplacee' }],
  ['declarerCorrespondance', { cadreId: 'cadre', versionSource: 1, versionCible: 2, correspondances: [{ de: 'p1', vers: [] }] }, 'CONFLICT'],
  ['declarerCorrespondance', { cadreId: 'inconnu', versionSource: 1, versionCible: 2, correspondances: [{ de: 'p1', vers: [] }] }, 'NOT_FOUND'],

  ['definirIndicateur', { indicateurId: 'ind-1', libelle: 'Autre libellé' }, 'CONFLICT'],
  ['rattacherIndicateurObjectif', { indicateurId: 'inconnu', noeud: { cadreId: 'cadre', noeudId: 'p1' } }, 'NOT_FOUND'],
  [
    'renseignerValeurIndicateur',
    { indicateurId: 'ind-1', annee: 2019, valeur: '43', source: 'Bilan 2019', ventilation: { qpvId: 'QP059001' } },
    'VALIDATION_FAILED',
    { field: 'reason' },
  ],
  [
    'renseignerValeurIndicateur',
    { indicateurId: 'ind-1', annee: 2019, valeur: '1', source: 'Bilan', ventilation: { trancheAge: '16-25' } },
    'VALIDATION_FAILED',
    { field: 'ventilation.trancheAge' },
  ],

  ['prendreEngagement', { engagementId: 'eng-1', objectif: 'Autre objectif', responsables: [{ libelle: 'X' }] }, 'CONFLICT'],
  ['prendreEngagement', { objectif: 'Sans responsable', responsables: [] }, 'VALIDATION_FAILED', { field: 'responsables' }],
  ['rattacherIndicateurEngagement', { engagementId: 'eng-2', indicateurId: 'ind-1' }, 'INVALID_TRANSITION', { state: 'abandonne' }],
  [
    'fixerCibleIndicateur',
    { engagementId: 'eng-1', indicateurId: 'ind-1', annee: 2020, cible: { type: 'valeur', valeur: '15' } },
    'VALIDATION_FAILED',
    { field: 'reason' },
  ],
  [
    'fixerCibleIndicateur',
    { engagementId: 'eng-1', indicateurId: 'ind-1', annee: 2021, cible: { type: 'valeur' } },
    'VALIDATION_FAILED',
    { field: 'cible.valeur' },
  ],
  ['changerStatutEngagement', { engagementId: 'eng-1', statut: 'abandonne', depuis: '2021' }, 'VALIDATION_FAILED', { field: 'reason' }],
  [
    'changerStatutEngagement',
    { engagementId: 'eng-2', statut: 'atteint', depuis: '2022' },
    'INVALID_TRANSITION',
    { state: 'abandonne', command: 'ChangerStatutEngagement' },
  ],

  [
    'declarerChiffre',
    {
      documentId: 'doc-1',
      chiffreId: 'nb-qpv',
      cle: 'nombre_qpv',
      libelle: 'Nombre de QPV',
      valeurImprimee: '4',
      valeur: '4',
      document: 'rapport.pdf',
      localisation: 'p. 2',
    },
    'CONFLICT',
  ],
  [
    'declarerChiffre',
    { documentId: 'pas un id', cle: 'nombre_qpv', libelle: 'X', valeurImprimee: '1', document: 'x', localisation: 'p. 1' },
    'VALIDATION_FAILED',
    { field: 'documentId' },
  ],
  ['corrigerChiffre', { documentId: 'doc-1', chiffreId: 'nb-qpv', valeurImprimee: '5' }, 'VALIDATION_FAILED', { field: 'reason' }],
  ['corrigerChiffre', { documentId: 'doc-1', chiffreId: 'inconnu', valeurImprimee: '5', reason: 'x' }, 'NOT_FOUND'],
];

describe('territoire: every mutation over GraphQL', () => {
  let app: TestApp;
  let admin: GraphqlClient;
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    admin = await app.clientFor(TENANT, 'admin');
  });
  afterAll(() => app.close());

  it('covers every mutation of the context', () => {
    expect(MUTATIONS).toHaveLength(46);
    for (const name of new Set(REFUS.map(([n]) => n))) expect(MUTATIONS).toContain(name);
    expect(new Set(REFUS.map(([n]) => n))).toEqual(new Set(MUTATIONS));
  });

  it.each(SCENARIO)('%s records its events for an admin', async (name, input, eventTypes) => {
    const payload = (await admin.ok<Record<string, Payload>>(mutation(name), { input }))[name];
    expect(payload).toMatchObject({ eventTypes, eventsAppended: eventTypes.length, replayed: false });
  });

  it('a create retried with the same commandId lands on the same id and appends nothing', async () => {
    const input = { nature: 'association', nom: 'Association créée deux fois', commandId: 'creer-asso-x' };
    const first = (await admin.ok<{ enregistrerPartenaire: Payload }>(mutation('enregistrerPartenaire'), { input })).enregistrerPartenaire;
    const again = (await admin.ok<{ enregistrerPartenaire: Payload }>(mutation('enregistrerPartenaire'), { input })).enregistrerPartenaire;
    expect(again).toEqual({ ...first, position: again.position, eventsAppended: 0, replayed: true });
    expect(first.streamId).toBe(`partenaire-${first.id}`);
    // Without a commandId a new id is drawn each time: two partners.
    const a = (await admin.ok<{ enregistrerPartenaire: Payload }>(mutation('enregistrerPartenaire'), { input: { nature: 'caf', nom: 'CAF' } }))
      .enregistrerPartenaire;
    const b = (await admin.ok<{ enregistrerPartenaire: Payload }>(mutation('enregistrerPartenaire'), { input: { nature: 'caf', nom: 'CAF' } }))
      .enregistrerPartenaire;
    expect(a.id).not.toBe(b.id);
  });

  it('the writes are read back at once', async () => {
    const data = await admin.ok<Record<string, unknown>>(
      `{ territoire { nom acronyme nature communes { nom codeInsee rattachee } }
         qpv(code: "QP059001") { id nom statut alias successeurs { id code } }
         partenaire(id: "cc-1") { associationPorteuse { id nom identifiants { siret siren rna } } }
         cadreStrategique { version noeuds { id } correspondancesEntrantes { de vers } }
         engagement(id: "eng-1") { statut cibles { cible { type min max } } indicateurs { id valeurs { valeur ventilation { qpv { id nom } } } } }
         chiffresDeclares { id valeurImprimee corrections { valeurImprimee motif } } }`,
    );
    expect(data).toEqual({
      territoire: {
        nom: 'CA de l’Essai',
        acronyme: 'CAE',
        nature: 'cu',
        communes: [
          { nom: 'Alpha', codeInsee: '59001', rattachee: true },
          { nom: 'Beta', codeInsee: '59002', rattachee: true },
          { nom: 'Gamma', codeInsee: '59003', rattachee: false },
        ],
      },
      qpv: {
        id: 'QP059001',
        nom: 'Les Hauts de l’Essai',
        statut: 'remplace',
        alias: ['Les Hauts', 'Hauts'],
        successeurs: [{ id: 'QN05901M', code: 'QN05901M' }],
      },
      partenaire: {
        associationPorteuse: { id: 'asso-1', nom: 'Association Une', identifiants: { siret: '73282932000074', siren: '732829320', rna: 'W591234567' } },
      },
      cadreStrategique: { version: 2, noeuds: [{ id: 'v2p1' }], correspondancesEntrantes: [{ de: 'p1', vers: ['v2p1'] }] },
      engagement: {
        statut: 'en_cours_de_deploiement',
        cibles: [{ cible: { type: 'intervalle', min: '10', max: '20' } }],
        indicateurs: [{ id: 'ind-1', valeurs: [{ valeur: '42', ventilation: { qpv: { id: 'QP059001', nom: 'Les Hauts de l’Essai' } } }] }],
      },
      chiffresDeclares: [{ id: 'nb-qpv', valeurImprimee: '2', corrections: [{ valeurImprimee: '3', motif: 'Mal lu : 2 QPV' }] }],
    });
  });

  it.each(REFUS.map(([name, input, code, extensions], index) => ({ name, input, code, extensions: extensions ?? {}, index })))(
    '$name refused ($index) with $code',
    async ({ name, input, code, extensions }) => {
      const error = await admin.fails(mutation(name), { input }, code);
      expect(error.extensions).toMatchObject(extensions);
    },
  );

  it('a workspace not opened yet: its territoire commands are NOT_FOUND', async () => {
    const vide = await app.clientFor('vide', 'admin');
    await vide.fails(mutation('renommerTerritoire'), { input: { nom: 'X' } }, 'NOT_FOUND');
    await vide.fails(mutation('rattacherCommune'), { input: { nom: 'X' } }, 'NOT_FOUND');
  });

  it.each(MUTATIONS)('%s with a stale expectedRevision is a CONFLICT naming the current revision', async (name) => {
    const { commandId: _id, ...input } = premierInput(name);
    const error = await admin.fails(mutation(name), { input: { ...input, expectedRevision: 999 } }, 'CONFLICT');
    expect(error.extensions).toMatchObject({ expectedRevision: 999, currentRevision: expect.any(Number) });
  });

  it.each(MUTATIONS)('%s is FORBIDDEN to roles outside the référentiel', async (name) => {
    // an agent reports indicator values, and registers porteurs (its first input here is a porteur: below)
    const roles =
      name === 'renseignerValeurIndicateur' || name === 'enregistrerPartenaire'
        ? (['instructeur', 'porteur', 'auditeur', 'lecteur'] as const)
        : (['agent', 'instructeur', 'porteur', 'auditeur', 'lecteur'] as const);
    for (const role of roles) {
      const client = await app.clientFor(TENANT, role);
      await client.fails(mutation(name), { input: premierInput(name) }, 'FORBIDDEN');
    }
  });

  it('an agent registers a porteur, never a financeur nor a signataire (ADR 0030)', async () => {
    const agent = await app.clientFor(TENANT, 'agent');
    const porteur = { partenaireId: 'asso-agent', nature: 'association', nom: 'Association enregistrée par un agent', roles: ['porteur'] };
    expect(
      (await agent.ok<{ enregistrerPartenaire: Payload }>(mutation('enregistrerPartenaire'), { input: porteur })).enregistrerPartenaire.eventTypes,
    ).toEqual(['PartenaireEnregistre']);
    for (const input of [
      { partenaireId: 'region-agent', nature: 'region', nom: 'Région', roles: ['financeur'], categorieFinanceur: 'region' },
      { partenaireId: 'signataire-agent', nature: 'autre', nom: 'Signataire', roles: ['porteur', 'signataire'] },
    ])
      await agent.fails(mutation('enregistrerPartenaire'), { input }, 'FORBIDDEN');
    await agent.fails(mutation('ajouterAliasPartenaire'), { input: { partenaireId: 'asso-agent', alias: 'AEA' } }, 'FORBIDDEN');
  });

  it('an agent reports indicator values (the bilans); a correction needs a reason', async () => {
    const agent = await app.clientFor(TENANT, 'agent');
    const input = { indicateurId: 'ind-1', annee: 2020, valeur: '12', source: 'Bilan 2020', ventilation: { sexe: 'femme' } };
    expect(
      (await agent.ok<{ renseignerValeurIndicateur: Payload }>(mutation('renseignerValeurIndicateur'), { input })).renseignerValeurIndicateur.eventTypes,
    ).toEqual(['ValeurIndicateurRenseignee']);
    const error = await agent.fails(mutation('renseignerValeurIndicateur'), { input: { ...input, valeur: '13' } }, 'VALIDATION_FAILED');
    expect(error.extensions).toMatchObject({ field: 'reason' });
    const corrected = await agent.ok<{ renseignerValeurIndicateur: Payload }>(mutation('renseignerValeurIndicateur'), {
      input: { ...input, valeur: '13', reason: 'Erreur de saisie' },
    });
    expect(corrected.renseignerValeurIndicateur.eventTypes).toEqual(['ValeurIndicateurCorrigee']);
    await agent.fails(mutation('definirIndicateur'), { input: { libelle: 'X' } }, 'FORBIDDEN');
  });
});
