// What seed 003 (« Rapport sur la mise en œuvre de la Politique de la Ville », CABBALR, année 2019) states that
// the report needs and the demo programmation (libs/demo/programmation/src) does not carry: the
// narratives, the figures it prints, the notes explaining where they differ from the platform's, the funds of
// §2.3 and the avis annexed. Line references are to that document (docs/domain/rapport-annuel.md).

export const DOCUMENT_CABBALR = '003_3822072f1ba3b923.txt';

/** Narratives taken from the document, verbatim (markdown emphasis removed). */
export const NARRATIFS_CABBALR_2019: ReadonlyArray<{ sectionId: string; titre: string; ordre: number; lignes: string; texte: string }> = [
  {
    sectionId: 'introduction',
    titre: '2019, une année de transition',
    ordre: 10,
    lignes: 'L37–L47',
    texte: [
      "Le présent rapport est établi conformément au décret n°2015-1118 du 3 septembre 2015 relatif au rapport sur la mise en œuvre de la politique de la ville prévu aux articles L. 1111-2 et L. 1811-2 du code général des collectivités territoriales. Il cible l'année de référence 2019, cinquième année de mise en œuvre d'une programmation « Politique de la Ville » au sein des quartiers prioritaires de la Communauté d'Agglomération. L'année 2019 a été une année particulière puisqu'elle a été en partie consacrée à l'élaboration du Protocole d'Engagements Réciproques et renforcés entre l'Etat et la Communauté d'Agglomération – avenant au Contrat de Ville - qui consolide la feuille de route (et ses 10 priorités) validée fin 2018 pour la mise en œuvre des actions au profit des habitants des quartiers prioritaires sur la période 2020-2022.",
      "La Communauté d'Agglomération co-pilote avec l'Etat la mise en œuvre de la Politique de Ville sur son territoire. Après un premier temps consacré à l'élaboration du projet de cohésion sociale et urbain dédié à la géographie prioritaire, le Contrat de Ville a été signé au printemps 2015. Cette formalisation du Contrat a été le point de déclenchement des actions dans l'ensemble des communes concernées, actions dont l'ambition vise à sortir des difficultés constatées par l'ensemble des partenaires, les habitants des quartiers fragiles. Depuis, annuellement, les communes sont invitées à faire émerger un programme d'actions tenant compte des priorités du Contrat et de leur propre situation (via les conventions opérationnelles). Pour ce faire, elles animent un comité de pilotage local qui valide les actions déposées dans la programmation du Contrat de Ville ainsi que les co-financements communaux mobilisés pour contribuer à la transformation sociale, urbaine et économique du ou des quartiers concerné(s).",
      'Ce rapport sur la mise en œuvre de la Politique de la Ville rappelle les principales orientations du Contrat. Il retrace les actions menées au bénéfice des habitants au titre de l’année écoulée. Enfin, il détermine les perspectives d’évolution au regard des résultats obtenus et des moyens mobilisés.',
    ].join('\n\n'),
  },
  {
    sectionId: 'geographie-prioritaire',
    titre: 'La géographie prioritaire sur la Communauté d’Agglomération',
    ordre: 20,
    lignes: 'L51–L59',
    texte: [
      "Les contours définitifs de la nouvelle géographie prioritaire ont été arrêtés, par décret, le 30 décembre 2014. Ainsi 16 quartiers prioritaires (QPV) répartis sur 14 communes du territoire intercommunal, sont concernés par le Contrat de Ville. C'est 13% de la population du territoire qui est concernée directement par la Politique de la Ville.",
      "En 2015, la Communauté d'Agglomération a également associé à cette géographie spécifique 4 quartiers prioritaires communautaires qu'elle accompagne à travers ses dispositifs de droit commun et ses crédits dédiés à la Politique de la Ville (Fonds de Cohésion Sociale). Ces quartiers sont situés sur les communes de Divion, Auchy-les-Mines (quartier de veille) et Hersin-Coupigny.",
      "En Décembre 2018, le Conseil Communautaire a validé la reconnaissance d'un 5ème quartier dans la géographie d'agglomération, le quartier Cité 10 – Fond de Sains commun aux communes d'Hersin-Coupigny et Noeux-les-Mines, quartier présentant des problématiques similaires au quartier voisin de la Cité Béclat Calvaire.",
    ].join('\n\n'),
  },
  {
    sectionId: 'analyse-npnru',
    titre: 'Accompagnement du Programme National de Renouvellement Urbain',
    ordre: 65,
    lignes: 'L809–L811',
    texte:
      "L'avancement du NPNRU en phase de conventionnement avec l'Agence Nationale de Rénovation Urbaine (cf. chapitre 2.4.3) n'a pas permis de mettre en œuvre en 2019 des actions de concertation, d'appropriation et d'accompagnement des habitants à cette dynamique de changement de leur quartier.",
  },
  {
    sectionId: 'conclusion-perspectives',
    titre: 'Conclusion et perspectives',
    ordre: 90,
    lignes: 'L815–L821',
    texte: [
      'Le Contrat de Ville a franchi une nouvelle étape en 2019 avec une impulsion souhaitée par l’Etat pour la période 2019-2022 qui doit être saisie par l’ensemble des acteurs du Contrat de Ville comme une opportunité de faire encore « plus et mieux » pour la transformation sociale, économique et urbaine des quartiers prioritaires de la CABBALR.',
      'Le protocole d’engagements renforcés et réciproques validé en 2019 et signé avec l’Etat le 6 mars 2020 confirme l’implication des partenaires du Contrat de Ville pour la période 2019-2022.',
      'Au-delà d’un déploiement des nouveaux dispositifs de l’Etat (les emplois francs par exemple), il confirme les 10 priorités de l’Agglomération en matière de Politique de la Ville et conduira, par conséquent, à une nouvelle déclinaison de ces priorités au travers de conventions opérationnelles (stratégie et plan d’actions) pour les communes concernées qui seront à activer sur la période 2021-2022.',
    ].join('\n\n'),
  },
];

/** Sujet of a printed figure: which row of which table it is (see CLES_RAPPORT, projections-rapport). */
export type SujetChiffre = { type: 'cadre'; id: string } | { type: 'autre'; id: string | null };

/** A figure the document prints, with the key the assembly computes it under; `id` is unique in the document. */
export interface ChiffreImprime {
  id: string;
  cle: string;
  libelle: string;
  valeurImprimee: string;
  /** The number read off the print, when it is not plain (« 94.414 € » → 94414). */
  valeur?: string;
  sujet: SujetChiffre;
  lignes: string;
  /** The note explaining why the platform's figure differs, when the analysis of the document explains it. */
  explication?: keyof typeof EXPLICATIONS;
}

/**
 * Why the document's figures and the platform's differ (analysis of seed 003, §5: the document contradicts itself,
 * §5.8, and gives no amount per action). One text per cause, attached to every figure it explains.
 */
export const EXPLICATIONS = {
  comptesMultiples:
    'Le document compte les mêmes projets de trois façons : « 129 projets » retenus (L135, L173), « 127 projets retenus et accompagnés » répartis par pilier (L138–L143 : 25 + 87 + 14 + 1 pilotage) et 130 projets soutenus dans les tableaux de la section 3 (L524, L573, L785 : 24 + 96 + 10), la ligne « PRE » comptant pour les 8 communes. La plateforme compte les actions déclarées (règle « actions déclarées ») : elle retrouve les 130 actions itemisées de la section 3, une à une. Le projet de « pilotage » (15 110 € de crédits CGET, L169) n’est itemisé nulle part.',
  deposesNonItemises:
    'Le document annonce 153 projets déposés (L173 ; 88 associations L176 + 65 institutions L236) mais n’itemise que les 130 actions retenues de la section 3 et de l’annexe 1 : les 24 projets non retenus (153 − 129) et le projet de pilotage ne sont nommés nulle part, la plateforme ne peut donc pas les compter.',
  coutsNonItemises:
    'Le document ne donne ni le coût total ni le plan de financement de chaque action : seuls les totaux par tableau (subventions de droit commun et crédits spécifiques, section 3) sont connus. Dans l’espace de démonstration, ces totaux sont répartis également entre les actions de chaque tableau (montants marqués « synthétiques ») et le coût de chaque action est estimé ; les sommes calculées par financeur, par thématique CGET et le coût total diffèrent donc des chiffres imprimés.',
  partsIncoherentes:
    'Les parts imprimées du graphique « Le financement de cette programmation se répartit ainsi » (L150–L157) totalisent 109,2 % et la part de l’État (CGET) imprimée, 35,3 %, ne correspond pas à 1 712 989 € / 5 530 289 € = 30,97 %. Ces parts ne peuvent être reproduites ; la plateforme calcule chaque part sur la base explicite du coût total des dossiers retenus.',
  creditsSpecifiquesNonCget:
    'Les « crédits spécifiques Pol Ville » des tableaux de la section 3 (2 092 268 € au total) ne sont pas les crédits CGET (1 712 989 €, L135) : leur composition n’est pas définie par le document (Fonds de Cohésion Sociale, crédits régionaux spécifiques…). La démonstration les porte sur la ligne BOP 147 de l’État, d’où l’écart avec le total CGET imprimé.',
  thematiqueCgetAbsente:
    'La répartition des crédits CGET par thématique (cohésion sociale, emploi, développement économique, cadre de vie, pilotage, L165–L169) suit une classification que les actions itemisées ne portent pas ; la plateforme regroupe donc les crédits de l’État par pilier, et ces chiffres imprimés restent des chiffres déclarés.',
  porteursAlias:
    'Le document compte les porteurs distincts à partir de sa liste de porteurs (L175–L260), dont les noms diffèrent de ceux cités en section 3 (alias, coquilles : « Prévert / Privat », « Booklab / Thalys », « MIPPS »…). Recomptés depuis les actions itemisées, on trouve 13 porteurs pour la Santé (12 imprimés), 12 pour la Culture (10) et au moins 48 pour la cohésion sociale (45) ; la ligne « PRE » ne nomme pas ses 8 porteurs (analyse §5.8).',
  porteursDeposes:
    'La liste des porteurs (L175–L260) compte les projets déposés par porteur (88 associations, 65 institutions) ; la plateforme ne connaît que les 130 actions retenues itemisées, portées par les porteurs que la section 3 nomme.',
  fondsCohesionSociale:
    'Le Fonds de Cohésion Sociale a attribué 94 414 € en 2019 (L136, L402) sur ses 4 volets, mais le document n’en nomme pas les bénéficiaires ; la démonstration ne porte que les 6 actions des conseils citoyens (2 000 € chacune, L394), seules identifiables.',
  communesAidees:
    'Le texte annonce que le Fonds de Concours « Politique de la Ville » a aidé « 4 communes » (L406) mais son tableau n’en liste que 3 (Divion, Noeux-les-Mines, Hersin-Coupigny, L417–L419) ; Lillers relève des fonds de concours « classiques » majorés (L427).',
  reussiteEducative:
    'Les 543 640 € « au titre de la réussite éducative » (L165) sont plus larges que les crédits de l’État aux PRE (400 809 €, L607) ; l’écart de 142 831 € n’est pas expliqué par le document, et les autres actions de réussite éducative n’ont pas de montant propre.',
  communesNommees:
    'La CABBALR compte 100 communes (L993) ; la plateforme ne connaît que celles que le document nomme (communes des quartiers, des porteurs, des Programmes de Réussite Educative et des fonds de concours). Le nombre imprimé reste un chiffre déclaré.',
  geographieIncomplete:
    'Le document ne liste pas ses 16 QPV ni leurs 14 communes (L53) : seuls les quartiers qu’il nomme sont déclarés dans la plateforme. Le nombre imprimé reste un chiffre déclaré.',
} as const;

const cadre = (id: string): SujetChiffre => ({ type: 'cadre', id });
const autre = (id: string | null): SujetChiffre => ({ type: 'autre', id });

/** Section 3's tables (L523–L786), as the fixture records them; the thématique ids are the demo's. */
const TABLEAUX: ReadonlyArray<{
  sujet: SujetChiffre;
  libelle: string;
  projets: number;
  porteurs: number;
  dc: string;
  cs: string;
  lignes: string;
  porteursEcart?: boolean;
}> = [
  {
    sujet: cadre('v1.P3'),
    libelle: 'Pilier Emploi Développement économique',
    projets: 24,
    porteurs: 18,
    dc: '454 883 €',
    cs: '406 645 €',
    lignes: 'L523–L525',
  },
  {
    sujet: cadre('v1.P1'),
    libelle: 'Pilier Cohésion sociale',
    projets: 96,
    porteurs: 45,
    dc: '717 269 €',
    cs: '1 595 490 €',
    lignes: 'L572–L574',
    porteursEcart: true,
  },
  {
    sujet: autre('thematique:education'),
    libelle: 'Cohésion sociale – Education',
    projets: 23,
    porteurs: 13,
    dc: '295 733 €',
    cs: '773 782 €',
    lignes: 'L603–L605',
    porteursEcart: true,
  },
  {
    sujet: autre('thematique:sante'),
    libelle: 'Cohésion sociale – Santé',
    projets: 15,
    porteurs: 12,
    dc: '110 140 €',
    cs: '135 624 €',
    lignes: 'L638–L640',
    porteursEcart: true,
  },
  { sujet: autre('thematique:sport'), libelle: 'Cohésion sociale – Sport', projets: 5, porteurs: 5, dc: '56 540 €', cs: '63 540 €', lignes: 'L653–L655' },
  {
    sujet: autre('thematique:culture'),
    libelle: 'Cohésion sociale – Culture',
    projets: 13,
    porteurs: 10,
    dc: '53 336 €',
    cs: '106 028 €',
    lignes: 'L673–L675',
    porteursEcart: true,
  },
  { sujet: autre('thematique:numerique'), libelle: 'Cohésion sociale – Numérique', projets: 7, porteurs: 7, dc: '0 €', cs: '101 869 €', lignes: 'L694–L696' },
  {
    sujet: autre('thematique:environnement-mobilite'),
    libelle: 'Cohésion sociale – Environnement - Mobilité',
    projets: 15,
    porteurs: 13,
    dc: '60 964 €',
    cs: '208 799 €',
    lignes: 'L723–L725',
  },
  { sujet: autre('thematique:prevention'), libelle: 'Cohésion sociale – Prévention', projets: 3, porteurs: 3, dc: '0 €', cs: '33 900 €', lignes: 'L735–L737' },
  {
    sujet: autre('thematique:acces-aux-droits'),
    libelle: 'Cohésion sociale – Accès aux droits',
    projets: 5,
    porteurs: 4,
    dc: '53.387 €',
    cs: '26.235 €',
    lignes: 'L747–L749',
  },
  {
    sujet: autre('thematique:participation-des-habitants'),
    libelle: 'Cohésion sociale – Participation des habitants',
    projets: 10,
    porteurs: 9,
    dc: '87 169 €',
    cs: '145 713 €',
    lignes: 'L771–L773',
  },
  { sujet: cadre('v1.P2'), libelle: 'Pilier Cadre de vie', projets: 10, porteurs: 8, dc: '13 005 €', cs: '90 133 €', lignes: 'L784–L786' },
];

const euros = (imprime: string) => imprime.replace(/[^\d]/g, '');
const suffixe = (sujet: SujetChiffre) =>
  (sujet.id ?? 'total')
    .replace(/^thematique:/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();

/** Every figure of the document that the report computes too (keys: projections-rapport CLES_RAPPORT). */
export const CHIFFRES_IMPRIMES_CABBALR_2019: readonly ChiffreImprime[] = [
  {
    id: 'deposes',
    cle: 'rapport.projets_deposes',
    libelle: 'Projets déposés',
    valeurImprimee: '153 déposés',
    valeur: '153',
    sujet: autre(null),
    lignes: 'L173',
    explication: 'deposesNonItemises',
  },
  {
    id: 'retenus',
    cle: 'rapport.projets_retenus',
    libelle: 'Projets retenus',
    valeurImprimee: '129 retenus',
    valeur: '129',
    sujet: autre(null),
    lignes: 'L135, L173',
    explication: 'comptesMultiples',
  },
  ...(
    [
      ['p3', 'v1.P3', 'Volet Emploi et développement économique', '25 projets', 'L140'],
      ['p1', 'v1.P1', 'Volet Développement humain – cohésion sociale', '87 projets', 'L141'],
      ['p2', 'v1.P2', 'Volet Cadre de vie – renouvellement urbain', '14 projets', 'L142'],
    ] as const
  ).map(([id, pilier, libelle, imprime, lignes]) => ({
    id: `retenus-${id}`,
    cle: 'rapport.projets_retenus_par_pilier',
    libelle: `${libelle} (sur les 127 projets retenus et accompagnés)`,
    valeurImprimee: imprime,
    valeur: imprime.replace(/\D/g, ''),
    sujet: cadre(pilier),
    lignes,
    explication: 'comptesMultiples' as const,
  })),
  {
    id: 'retenus-pilotage',
    cle: 'rapport.projets_retenus_par_pilier',
    libelle: 'Pilotage du dispositif (sur les 127 projets retenus et accompagnés)',
    valeurImprimee: '1 projet',
    valeur: '1',
    sujet: autre('pilotage'),
    lignes: 'L143',
    explication: 'comptesMultiples',
  },
  {
    id: 'cout-total',
    cle: 'rapport.cout_total',
    libelle: 'Montant total de la programmation (dépenses cumulées)',
    valeurImprimee: '5 530 289 €',
    sujet: autre(null),
    lignes: 'L145',
    explication: 'coutsNonItemises',
  },
  ...(
    [
      ['etat_credits_specifiques', 'Etat - CGET', '35,3%', 'L150'],
      ['etat_droit_commun', 'Etat - Droit commun*', '14,6%', 'L151'],
      ['region', 'Région', '4,7%', 'L152'],
      ['departement', 'Département', '3,3%', 'L153'],
      ['caf', 'CAF', '6,2%', 'L154'],
      ['epci', 'EPCI - CABBALR', '6,1%', 'L155'],
      ['communes', 'Communes', '24,4%', 'L156'],
      ['autres', 'Autres (Bailleurs, opérateurs...)', '14,6%', 'L157'],
    ] as const
  ).map(([categorie, libelle, imprime, lignes]) => ({
    id: `part-${categorie.replace(/_/g, '-')}`,
    cle: 'rapport.part_financeur',
    libelle: `Part du financement : ${libelle}`,
    valeurImprimee: imprime,
    valeur: imprime.replace('%', '').replace(',', '.'),
    sujet: autre(categorie),
    lignes,
    explication: 'partsIncoherentes' as const,
  })),
  {
    id: 'credits-cget',
    cle: 'rapport.credits_etat',
    libelle: 'Crédits CGET (Etat) mobilisés',
    valeurImprimee: '1 712 989 €',
    sujet: autre(null),
    lignes: 'L135',
    explication: 'creditsSpecifiquesNonCget',
  },
  ...(
    [
      ['cohesion-sociale', 'cohésion sociale', '1 230 586 €', 'L165'],
      ['emploi', 'emploi', '239 939 €', 'L166'],
      ['developpement-economique', 'développement économique', '114 627 €', 'L167'],
      ['cadre-de-vie', 'pilier cadre de vie', '112 727 €', 'L168'],
      ['pilotage', 'pilotage', '15 110 €', 'L169'],
    ] as const
  ).map(([id, libelle, imprime, lignes]) => ({
    id: `cget-${id}`,
    cle: 'rapport.credits_etat_par_thematique',
    libelle: `Contributions CGET : ${libelle}`,
    valeurImprimee: imprime,
    sujet: autre(id),
    lignes,
    explication: 'thematiqueCgetAbsente' as const,
  })),
  {
    id: 'cget-reussite-educative',
    cle: 'rapport.credits_etat_reussite_educative',
    libelle: 'dont au titre de la réussite éducative',
    valeurImprimee: '543 640 €',
    sujet: autre(null),
    lignes: 'L165',
    explication: 'reussiteEducative',
  },
  {
    id: 'deposes-associations',
    cle: 'rapport.porteurs_deposes',
    libelle: 'Projets déposés par les associations',
    valeurImprimee: '88',
    sujet: autre('associations'),
    lignes: 'L176',
    explication: 'porteursDeposes',
  },
  {
    id: 'deposes-institutions',
    cle: 'rapport.porteurs_deposes',
    libelle: 'Projets déposés par les institutions',
    valeurImprimee: '65',
    sujet: autre('institutions'),
    lignes: 'L236',
    explication: 'porteursDeposes',
  },
  ...TABLEAUX.flatMap((t) => [
    {
      id: `s3-projets-${suffixe(t.sujet)}`,
      cle: 'rapport.tableau_projets',
      libelle: `${t.libelle} : projets soutenus`,
      valeurImprimee: String(t.projets),
      sujet: t.sujet,
      lignes: t.lignes,
    },
    {
      id: `s3-porteurs-${suffixe(t.sujet)}`,
      cle: 'rapport.tableau_porteurs',
      libelle: `${t.libelle} : porteurs de projets`,
      valeurImprimee: String(t.porteurs),
      sujet: t.sujet,
      lignes: t.lignes,
      ...(t.porteursEcart ? { explication: 'porteursAlias' as const } : {}),
    },
    {
      id: `s3-dc-${suffixe(t.sujet)}`,
      cle: 'rapport.tableau_droit_commun',
      libelle: `${t.libelle} : subventions droit commun`,
      valeurImprimee: t.dc,
      valeur: euros(t.dc),
      sujet: t.sujet,
      lignes: t.lignes,
    },
    {
      id: `s3-cs-${suffixe(t.sujet)}`,
      cle: 'rapport.tableau_credits_specifiques',
      libelle: `${t.libelle} : subventions crédits spécifiques Pol Ville`,
      valeurImprimee: t.cs,
      valeur: euros(t.cs),
      sujet: t.sujet,
      lignes: t.lignes,
    },
  ]),
  {
    id: 'fcs-montant',
    cle: 'rapport.dispositif_montant',
    libelle: 'Fonds de Cohésion Sociale 2019',
    valeurImprimee: '94.414 €',
    valeur: '94414',
    sujet: autre('fonds-cohesion-sociale'),
    lignes: 'L136, L402',
    explication: 'fondsCohesionSociale',
  },
  {
    id: 'fdc-pv-montant',
    cle: 'rapport.dispositif_montant',
    libelle: 'TOTAL FDC Politique de la Ville',
    valeurImprimee: '191 974',
    sujet: autre('fonds-de-concours-pv'),
    lignes: 'L420',
  },
  {
    id: 'fdc-pv-communes',
    cle: 'rapport.dispositif_beneficiaires',
    libelle: 'Communes aidées par le Fonds de Concours Politique de la Ville',
    valeurImprimee: '4 communes',
    valeur: '4',
    sujet: autre('fonds-de-concours-pv'),
    lignes: 'L406',
    explication: 'communesAidees',
  },
  {
    id: 'fdc-majore-montant',
    cle: 'rapport.dispositif_montant',
    libelle: 'TOTAL FDC majoré de 5 %',
    valeurImprimee: '280 000',
    sujet: autre('fonds-de-concours-classique-majore'),
    lignes: 'L428',
  },
];

/** Explanations of the geography figures the territoire seed declares (document « seed-003 »), by their chiffreId. */
export const EXPLICATIONS_GEOGRAPHIE: Readonly<Record<string, keyof typeof EXPLICATIONS>> = {
  'seed-003-qpv': 'geographieIncomplete',
  'seed-003-communes-qpv': 'geographieIncomplete',
  'seed-003-communes': 'communesNommees',
  'seed-003-population-qpv': 'geographieIncomplete',
  'seed-003-part-population-qpv': 'geographieIncomplete',
  'seed-003-qia-2015': 'geographieIncomplete',
  'seed-003-qia-2019': 'geographieIncomplete',
};

/** The EPCI's funds of §2.3 (L386–L428) and what they paid in 2019. */
export const DISPOSITIFS_CABBALR = [
  {
    dispositifId: 'fonds-cohesion-sociale',
    libelle: 'Fonds de Cohésion Sociale',
    nature: 'fonds_cohesion_sociale' as const,
    description:
      'Créé en 2017 pour les actions de fonctionnement (conseils citoyens, associations…) ; 4 domaines d’intervention, dont la qualification des acteurs du Contrat de Ville (L136, L388, L392).',
    regles: [
      {
        libelle:
          'Co-financement des actions des Conseils Citoyens à hauteur de la participation communale, mobilisant les crédits spécifiques de la Politique de la Ville ; subvention de 2 000 € au plus, versée à l’association porteuse du Conseil Citoyen.',
        source: 'L394',
      },
      { libelle: 'Soutien au développement à l’échelle intercommunale d’une action ayant fait la preuve de son intérêt au niveau local.', source: 'L396' },
      { libelle: 'Soutien aux porteurs de projets associatifs de proximité intervenant au cœur des quartiers.', source: 'L398' },
      {
        libelle:
          'Participation égale à celle de la commune dans la limite de 2 000 € ; peut accompagner des projets inférieurs au seuil de dépôt des dossiers auprès du CGET.',
        source: 'L400',
      },
    ],
    calcul: null,
    reglesFinancement: ['fcs-plafond-2000', 'fcs-egal-part-communale'],
    lignes: 'L386–L402',
    operations: [],
  },
  {
    dispositifId: 'fonds-de-concours-pv',
    libelle: 'Fonds de Concours « Politique de la Ville »',
    nature: 'fonds_de_concours' as const,
    description: 'Au bénéfice des projets d’équipement et d’aménagement des communes en politique de la ville (L388, L406).',
    regles: [
      { libelle: '40 % des dépenses éligibles, avec un montant de fonds de concours plafonné à 70 000 €.', source: 'L406' },
      {
        libelle:
          'Projets relevant de la requalification conséquente des espaces publics et du cadre de vie, de la mise en valeur du patrimoine communal (bâti ou naturel), ou de l’amélioration d’un service public ou de la création d’un nouveau service à la population.',
        source: 'L408–L412',
      },
      { libelle: 'Projets situés dans le quartier et à moins de 300 m de ses limites.', source: 'L414' },
    ],
    calcul: { tauxMaxPourcentage: 40, plafond: 70_000_00, assiette: 'depenses_eligibles' as const },
    reglesFinancement: ['fdc-pv-40-pourcent'],
    lignes: 'L404–L420',
    operations: [
      {
        operationId: 'divion-cantine-garderie',
        commune: 'DIVION',
        insee: '62270',
        projet: 'Transformation de 3 logements en cantine scolaire et garderie',
        operation: 129_935,
        aide: 51_974,
        ligne: 'L417',
      },
      {
        operationId: 'noeux-batiment-forma',
        commune: 'NOEUX-LES-MINES',
        insee: '62617',
        projet: "Rénovation de l'ancien bâtiment FORMA en locaux scolaires et maison des associations",
        operation: 949_145,
        aide: 70_000,
        ligne: 'L418',
      },
      {
        operationId: 'hersin-pole-enfance-jeunesse',
        commune: 'HERSIN-COUPIGNY',
        insee: null,
        projet: 'Travaux de restructuration du pôle enfance – jeunesse (PEJ)',
        operation: 548_159,
        aide: 70_000,
        ligne: 'L419',
      },
    ],
  },
  {
    dispositifId: 'fonds-de-concours-classique-majore',
    libelle: 'Fonds de concours « classiques » majorés de 5 % en QPV',
    nature: 'fonds_de_concours' as const,
    description: 'Majoration de 5 % des fonds de concours classiques pour les opérations situées en QPV ou dans la bande des 300 m (L422–L424).',
    regles: [
      {
        libelle: 'Majoration de 5 % pour un projet d’investissement situé en QPV ou dans la bande des 300 m ; le taux de base n’est pas donné.',
        source: 'L422–L424',
      },
    ],
    calcul: null,
    reglesFinancement: [],
    lignes: 'L422–L428',
    operations: [
      {
        operationId: 'lillers-centre-administratif',
        commune: 'LILLERS',
        insee: '62516',
        projet: 'Centre administratif',
        operation: 2_076_148,
        aide: 280_000,
        dontPolitiqueVille: 35_000,
        ligne: 'L427',
      },
    ],
  },
];

/**
 * The consultation: the document annexes three communes' deliberations and an empty « avis ou contribution des
 * conseils citoyens » (L1453). It names no sending date: the demo's (20 October 2020, the deadline one month
 * later) is synthetic, chosen so that the three séances (2, 7 and 18 November) fall inside it.
 */
export const CONSULTATION_CABBALR_2019 = {
  envoyeLe: '2020-10-20',
  synthetique: ['envoyeLe'],
  destinataires: [
    { destinataireId: 'marles-les-mines', type: 'commune' as const, nom: 'Marles-les-Mines', insee: '62555' },
    { destinataireId: 'bruay-la-buissiere', type: 'commune' as const, nom: 'Bruay-La-Buissière', insee: '62178' },
    { destinataireId: 'commune-maire-frederic-wallet', type: 'commune' as const, nom: 'Commune non nommée (Maire : Frédéric WALLET)', insee: null },
    { destinataireId: 'cc-auchel-centre-ville-cite-3', type: 'conseil_citoyen' as const, nom: 'Conseil citoyen Auchel centre-ville cité 3', insee: null },
    { destinataireId: 'cc-quartier-du-regain', type: 'conseil_citoyen' as const, nom: 'Conseil citoyen Quartier du Regain', insee: null },
    { destinataireId: 'cc-beuvry-renaissance', type: 'conseil_citoyen' as const, nom: 'Conseil citoyen de Beuvry - Renaissance', insee: null },
    { destinataireId: 'cc-la-fosse-7', type: 'conseil_citoyen' as const, nom: 'Conseil citoyen La Fosse 7', insee: null },
  ],
  avis: [
    {
      destinataireId: 'commune-maire-frederic-wallet',
      organe: 'Conseil municipal (séance à huis clos, Salle Polyvalente Ovide Dancoisne)',
      seanceLe: '2020-11-02',
      sens: 'approuve' as const,
      texte: 'Approuve le rapport 2019 sur la mise en œuvre de la Politique de la Ville.',
      deliberation: { numero: null, executoireLe: '2020-11-05' },
      lignes: 'L1611–L1656',
    },
    {
      destinataireId: 'bruay-la-buissiere',
      organe: 'Conseil municipal de Bruay-La-Buissière',
      seanceLe: '2020-11-07',
      sens: 'prend_acte' as const,
      texte:
        'PREND ACTE du rapport d’activités 2019 relatif à la mise en œuvre du Contrat de Ville présenté par la Communauté d’Agglomération Béthune-Bruay Artois Lys Romane.',
      deliberation: { numero: 'CM07-11-20 – 08)', executoireLe: '2020-11-10' },
      lignes: 'L1525–L1609',
    },
    {
      destinataireId: 'marles-les-mines',
      organe: 'Conseil municipal de Marles-les-Mines',
      seanceLe: '2020-11-18',
      sens: 'favorable' as const,
      texte:
        'EMET un avis favorable au rapport d’activités de la Communauté d’Agglomération de Béthune-Bruay, Artois Lys Romane sur la mise en œuvre du contrat de ville 2019, présenté.',
      deliberation: { numero: '18.11.20.17', executoireLe: '2020-11-25' },
      lignes: 'L1459–L1523',
    },
  ],
  /** The day after the deadline: the conseils citoyens, silent, count as favourable (L1453 is empty). */
  closeLe: '2020-11-21',
};

/** « Version « PROJET » du rapport arrêtée au 29 septembre 2020 », signed by delegation (L18–L27). */
export const ARRETE_CABBALR_2019 = {
  arreteLe: '2020-09-29',
  signataire: { nom: 'Eric EDOUARD', qualite: 'Par délégation du Président, le Conseiller Délégué en charge de la Politique de la Ville' },
  lignes: 'L18–L27',
};
