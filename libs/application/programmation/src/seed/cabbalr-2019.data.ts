// Generated once from seeds/003_3822072f1ba3b923.txt (section 3 lists L576–L807, Annexe 1 grid L832–L842) and
// fixtures/cabbalr.json (porteur list L177–L260), then reviewed by hand. Facts only: no amount is given per action.
import type { PorteurKind } from '@cdv/domain-programmation';

/** Porteurs of the 2019 programmation as the report's list names them (fixture lines); kinds from the list's groups. */
export const CABBALR_2019_PORTEURS: Readonly<Record<string, { kind: PorteurKind; lignes: number[] }>> = {
  "Ville d'Auchel": { kind: 'commune', lignes: [238] },
  "ADAPEP AFP 2 I": { kind: 'association', lignes: [194] },
  "L'ENVOL CENTRE D'ART ET DE TRANSFORMATION SOCIALE": { kind: 'association', lignes: [188] },
  "ASSOCIATION HABITAT INSERTION": { kind: 'association', lignes: [183, 197] },
  "Ville de Calonne-Ricouart": { kind: 'commune', lignes: [247] },
  "ASS OFFICE DE LA JEUNESSE": { kind: 'association', lignes: [196] },
  // Not in the report's porteur list (L177–L260).
  "PORTEURS DES PROGRAMMES DE RÉUSSITE ÉDUCATIVE": { kind: 'autre', lignes: [] },
  "Ville de Lillers": { kind: 'commune', lignes: [257] },
  "DECOUVERTE PECHE ET PROTECTION DES MILIEUX": { kind: 'association', lignes: [216] },
  "CCAS de Barlin": { kind: 'ccas', lignes: [239] },
  "Ville de Marles-les-Mines": { kind: 'commune', lignes: [259] },
  "ASSOCIATION SOLILLERS CENTRE SOCIAL LA MAISON POUR TOUS": { kind: 'association', lignes: [227] },
  "CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE": { kind: 'epci', lignes: [253] },
  "SIVOM DE LA COMMUNAUTE DU BRUAYSIS": { kind: 'syndicat_intercommunal', lignes: [254] },
  // Not in the report's porteur list (L177–L260).
  "SECOND DÉPART": { kind: 'association', lignes: [] },
  "Ville de Cauchy-à-la-Tour": { kind: 'commune', lignes: [248] },
  "Ville de Beuvry": { kind: 'commune', lignes: [243] },
  "Ville de Béthune": { kind: 'commune', lignes: [242] },
  "PREVENTION VASCULAIRE ARTOIS": { kind: 'association', lignes: [191] },
  "ACI - NOEUX ENVIRONNEMENT": { kind: 'association', lignes: [228] },
  "UNION SPORTIVE NOEUXOISE": { kind: 'association', lignes: [233] },
  "CCAS de Lillers": { kind: 'ccas', lignes: [256] },
  "COMITE DEPARTEMENTAL UFOLEP PAS DE CALAIS": { kind: 'association', lignes: [214] },
  "Ville de Bruay-La-Buissière": { kind: 'commune', lignes: [245] },
  "ASSOCIATION HANDBALL CLUB NOEUX LES MINES": { kind: 'association', lignes: [229] },
  "Ville de Barlin": { kind: 'commune', lignes: [240] },
  "CONSEIL CITOYEN QUARTIER DU REGAIN": { kind: 'conseil_citoyen', lignes: [179] },
  "NE PRENEZ PAS RACINE": { kind: 'association', lignes: [202] },
  "PYRAMIDE": { kind: 'association', lignes: [178] },
  "OFFICE CULTUREL DE NOEUX LE MINES": { kind: 'association', lignes: [231] },
  "Ville de Noeux-les-Mines": { kind: 'commune', lignes: [260] },
  "BOOKKAFFÉ": { kind: 'association', lignes: [184] },
  "COMPAGNIE NOUTIQUE": { kind: 'association', lignes: [186] },
  "LIGUE ENSEIGNEMENT PAS CALAIS": { kind: 'association', lignes: [221] },
  "Ville de Divion": { kind: 'commune', lignes: [250] },
  "LES APARTISTES": { kind: 'association', lignes: [199] },
  "CCAS de Houdain": { kind: 'ccas', lignes: [251] },
  "LÉO LAGRANGE NORD ILE DE FRANCE": { kind: 'association', lignes: [220] },
  "CONSEIL CITOYEN AUCHEL CENTRE VILLE CITE 3": { kind: 'conseil_citoyen', lignes: [177] },
  "ARTOIS INSERTION MOBILITE EMPLOI": { kind: 'association', lignes: [180, 205] },
  "CLUB ET EQUIPE DE PREVENTION RESIDENCE DES PROVINCES": { kind: 'association', lignes: [213] },
  "FRANCE MEDIATION RESEAU D'ACTEURS DE LA MEDIATION SOCIALE": { kind: 'association', lignes: [218] },
  "CONSEIL DEP DE L ACCES AU DROIT": { kind: 'association', lignes: [215] },
  "CENTRE D INFORMATION SUR LES DROITS DES FEMMES ET DES FAMILLES DE BETHUNE": { kind: 'association', lignes: [185] },
  "CONSEIL CITOYEN LA FOSSE 7": { kind: 'conseil_citoyen', lignes: [201] },
  "CONSEIL CITOYEN DE BEUVRY- RENAISSANCE": { kind: 'conseil_citoyen', lignes: [193] },
  "ACTIONS ET SERVICES POUR UN AVENIR SOLIDAIRE ET ANIMATION DANS LA CITÉ": { kind: 'association', lignes: [200] },
  "ASSOCIATION D'ACTION EDUCATIVE DU PAS- DE-CALAIS": { kind: 'association', lignes: [207] },
  "ASSOCIATION ALYSSE": { kind: 'association', lignes: [206] },
  "Ville de Houdain": { kind: 'commune', lignes: [252] },
  "LES ATELIERS DE TISSE 1 LIEN": { kind: 'association', lignes: [189] },
  "BGE HAUTS DE FRANCE": { kind: 'association', lignes: [211] },
  "CLUB DES ENTREPRENEURS DE L'ECONOMIE SOCIALE ET SOLIDAIRE DE L'ARTOIS": { kind: 'association', lignes: [212] },
  "ASSOCIATION PLAN BETHUNOIS D'INSERTION": { kind: 'association', lignes: [208] },
  "ARTOIS INITIATIVE": { kind: 'association', lignes: [195, 204] },
  "MISSION LOCALE DE L'ARTOIS": { kind: 'association', lignes: [223] },
  "PASSEPORT FORMA": { kind: 'association', lignes: [190, 225] },
  "LA VIE ACTIVE": { kind: 'association', lignes: [219] },
  "AIDE AU DEVELOPPEMENT DES ACTIONS D'INSERTION PAR L'ECONOMIQUE": { kind: 'association', lignes: [203] },
  "PAS DE CALAIS ACTIF": { kind: 'association', lignes: [224] },
  "CHAMBRE DE METIERS ET DE L'ARTISANAT HAUTS DE FRANCE": { kind: 'chambre_consulaire', lignes: [255] },
};

export type ThematiqueCabbalr = 'education' | 'sante' | 'sport' | 'culture' | 'numerique' | 'environnement-mobilite' | 'prevention' | 'acces-aux-droits' | 'participation-des-habitants';

export interface ActionCabbalr2019 {
  /** Line of the action in the report (section 3 list, or the Annexe 1 grid for the Emploi pilier). */
  ligne: number;
  titre: string;
  /** Commune names; empty for « Interco » actions. */
  communes: string[];
  /** P1 Cohésion sociale, P2 Cadre de vie, P3 Emploi (fixture strategy.piliers). */
  pilier: 'P1' | 'P2' | 'P3';
  /** Reporting thématique of section 3.2 (Cohésion sociale only). */
  thematique: ThematiqueCabbalr | null;
  /** Feuille de route sous-priorité code; null where the report gives none (CLSM, Accès aux droits). */
  sousPriorite: string | null;
  /** The porteur as the list of porteurs names it (key of CABBALR_2019_PORTEURS). */
  porteur: string;
  /** The porteur as section 3 or the grid cites it. */
  porteurCite: string | null;
  /** How sure the match from the cited name to the list is (seed-003 analysis §3.3). */
  confiance: 'high' | 'medium' | 'low' | 'absent';
  nombreActions?: number;
  /** QPV the report ties the action to (by the assumed référentiel key). */
  qpv?: string[];
  note?: string;
}

export const CABBALR_2019_ACTIONS: readonly ActionCabbalr2019[] = [
  { ligne: 580, titre: "Lectures à partager", communes: ["Auchel"], pilier: 'P1', thematique: "education", sousPriorite: "10.1", porteur: "Ville d'Auchel", porteurCite: "Ville", confiance: 'high' },
  { ligne: 581, titre: "Actions Educatives Familiales en Bruaysis", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "education", sousPriorite: "10.1", porteur: "ADAPEP AFP 2 I", porteurCite: "AFP2i", confiance: 'high', note: "commune from the Annexe 1 grid (L832): « en Bruay-la-Buissière »" },
  { ligne: 585, titre: "Class'Départ 6", communes: [], pilier: 'P1', thematique: "education", sousPriorite: "10.2", porteur: "L'ENVOL CENTRE D'ART ET DE TRANSFORMATION SOCIALE", porteurCite: "L'Envol", confiance: 'high' },
  { ligne: 586, titre: "Être parents, être actif !", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "education", sousPriorite: "10.2", porteur: "ASSOCIATION HABITAT INSERTION", porteurCite: "AHI", confiance: 'high' },
  { ligne: 587, titre: "Le savoir au service de l'inclusion", communes: ["Calonne-Ricouart"], pilier: 'P1', thematique: "education", sousPriorite: "10.2", porteur: "Ville de Calonne-Ricouart", porteurCite: "Ville", confiance: 'high' },
  { ligne: 588, titre: "Opération Ville Vie Vacances", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "education", sousPriorite: "10.2", porteur: "ASS OFFICE DE LA JEUNESSE", porteurCite: "Office de la Jeunesse", confiance: 'high' },
  { ligne: 592, titre: "PRE", communes: ["Béthune", "Bruay-la-Buissière", "Divion", "Barlin", "Marles-les-Mines", "Auchel", "Calonne-Ricouart", "Lillers"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "PORTEURS DES PROGRAMMES DE RÉUSSITE ÉDUCATIVE", porteurCite: null, confiance: 'absent', nombreActions: 8, note: "one line for the 8 communes’ Programmes de Réussite Educative; the report counts it as 8 projects (seed 003 §5.8); porteur not named" },
  { ligne: 593, titre: "Réussir sa scolarité", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "ASS OFFICE DE LA JEUNESSE", porteurCite: "Office de la Jeunesse", confiance: 'high' },
  { ligne: 594, titre: "Préparation à la première rentrée en maternelle", communes: ["Lillers"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "Ville de Lillers", porteurCite: "Ville", confiance: 'high' },
  { ligne: 595, titre: "Tous au bord de l'eau", communes: ["Barlin"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "DECOUVERTE PECHE ET PROTECTION DES MILIEUX", porteurCite: "Découverte Pêche et Protection des Milieux", confiance: 'high' },
  { ligne: 596, titre: "Soutien aux jeunes parents", communes: ["Barlin"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "CCAS de Barlin", porteurCite: "CCAS", confiance: 'high' },
  { ligne: 597, titre: "Toi-Nous = Toi enfant, et nous parents", communes: ["Marles-les-Mines"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "Ville de Marles-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 598, titre: "L'école en famille", communes: ["Auchel"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "Ville d'Auchel", porteurCite: "Ville", confiance: 'high' },
  { ligne: 599, titre: "Le Quai des Mêmes", communes: ["Auchel"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "Ville d'Auchel", porteurCite: "Ville", confiance: 'high' },
  { ligne: 600, titre: "Parentalité et collectif familles Action Familles", communes: ["Lillers"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "ASSOCIATION SOLILLERS CENTRE SOCIAL LA MAISON POUR TOUS", porteurCite: "Solillers", confiance: 'high' },
  { ligne: 601, titre: "Séjour collectif vacances familles", communes: ["Calonne-Ricouart"], pilier: 'P1', thematique: "education", sousPriorite: "10.3", porteur: "Ville de Calonne-Ricouart", porteurCite: "Ville", confiance: 'high' },
  { ligne: 613, titre: "Conseil Local de Santé Mental", communes: [], pilier: 'P1', thematique: "sante", sousPriorite: null, porteur: "CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE", porteurCite: "CABBALR", confiance: 'high' },
  { ligne: 617, titre: "Prévention et promotion de la santé au sein des quartiers politique de la ville du Bruaysis", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "sante", sousPriorite: "6.1", porteur: "SIVOM DE LA COMMUNAUTE DU BRUAYSIS", porteurCite: "MIPPS", confiance: 'low', note: "« Bruaysis »: commune from the Annexe 1 grid (L832, L834)" },
  { ligne: 618, titre: "La prévention, tous concernés", communes: ["Béthune"], pilier: 'P1', thematique: "sante", sousPriorite: "6.1", porteur: "SECOND DÉPART", porteurCite: "Second Départ", confiance: 'absent' },
  { ligne: 622, titre: "Jeunes et en bonne santé 2019 dans le Bruaysis", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "ASSOCIATION HABITAT INSERTION", porteurCite: "AHI", confiance: 'high', note: "« Bruaysis »: commune from the Annexe 1 grid (L832, L834)" },
  { ligne: 623, titre: "Accès à la santé, à la sécurité", communes: ["Cauchy-à-la-Tour"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "Ville de Cauchy-à-la-Tour", porteurCite: "Ville", confiance: 'high' },
  { ligne: 624, titre: "Sans \"T\" (Sans Tabou)", communes: ["Marles-les-Mines"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "Ville de Marles-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 625, titre: "Manger Bouger !", communes: ["Beuvry"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "Ville de Beuvry", porteurCite: "Ville", confiance: 'high' },
  { ligne: 626, titre: "Prévention et bien-être des adolescents", communes: ["Béthune"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 627, titre: "Prévention santé des publics précaires", communes: ["Béthune"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 628, titre: "Mon bien-être au quotidien", communes: ["Béthune"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "PREVENTION VASCULAIRE ARTOIS", porteurCite: "Prévert", confiance: 'low' },
  { ligne: 629, titre: "Les îlots de la santé", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "ACI - NOEUX ENVIRONNEMENT", porteurCite: "Noeux Environnement", confiance: 'high' },
  { ligne: 630, titre: "Cap santé", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "PREVENTION VASCULAIRE ARTOIS", porteurCite: "Prevert", confiance: 'low' },
  { ligne: 631, titre: "Action Bien-être", communes: ["Lillers"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "ASSOCIATION SOLILLERS CENTRE SOCIAL LA MAISON POUR TOUS", porteurCite: "Solillers", confiance: 'high' },
  { ligne: 632, titre: "Intégration citoyenne et promotion de la santé par l'accès au sport", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "sante", sousPriorite: "6.2", porteur: "UNION SPORTIVE NOEUXOISE", porteurCite: "Union sportive Nœuxoise", confiance: 'high' },
  { ligne: 636, titre: "Rendre l'usager acteur et responsable de sa santé", communes: ["Lillers"], pilier: 'P1', thematique: "sante", sousPriorite: "6.3", porteur: "CCAS de Lillers", porteurCite: "CCAS", confiance: 'high' },
  { ligne: 646, titre: "Médicasport", communes: [], pilier: 'P1', thematique: "sport", sousPriorite: "7.2", porteur: "COMITE DEPARTEMENTAL UFOLEP PAS DE CALAIS", porteurCite: "UFOLEP", confiance: 'high' },
  { ligne: 647, titre: "Sport Bien-être", communes: ["Auchel"], pilier: 'P1', thematique: "sport", sousPriorite: "7.2", porteur: "Ville d'Auchel", porteurCite: "Ville", confiance: 'high' },
  { ligne: 648, titre: "J'apprends à nager", communes: [], pilier: 'P1', thematique: "sport", sousPriorite: "7.2", porteur: "CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE", porteurCite: "CABBALR", confiance: 'high' },
  { ligne: 649, titre: "Pars, Cours, Sport !", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "sport", sousPriorite: "7.2", porteur: "Ville de Bruay-La-Buissière", porteurCite: "Ville", confiance: 'high' },
  { ligne: 651, titre: "Cap \"Hand'semble\" vers les sports", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "sport", sousPriorite: "7.2", porteur: "ASSOCIATION HANDBALL CLUB NOEUX LES MINES", porteurCite: "Handball Club", confiance: 'high' },
  { ligne: 659, titre: "Culture et spectacles", communes: ["Barlin"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Barlin", porteurCite: "Ville", confiance: 'high' },
  { ligne: 660, titre: "Lire et Bouger dans son quartier", communes: ["Barlin"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "CONSEIL CITOYEN QUARTIER DU REGAIN", porteurCite: "Conseil Citoyen", confiance: 'high' },
  { ligne: 661, titre: "Médiation culturelle et lien social", communes: ["Houdain"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "NE PRENEZ PAS RACINE", porteurCite: "Ne prenez pas racine", confiance: 'high' },
  { ligne: 662, titre: "Créer des liens et prendre un pari pour l'avenir", communes: ["Auchel"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "PYRAMIDE", porteurCite: "Pyramide", confiance: 'high' },
  { ligne: 663, titre: "Insertion par la culture", communes: ["Calonne-Ricouart"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Calonne-Ricouart", porteurCite: "Ville", confiance: 'high' },
  { ligne: 664, titre: "Cultures urbaines Street art Acte 4", communes: ["Lillers"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Lillers", porteurCite: "Ville", confiance: 'high' },
  { ligne: 665, titre: "Enfants, parents, professionnels, tous lecteurs !", communes: ["Lillers"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Lillers", porteurCite: "Ville", confiance: 'high' },
  { ligne: 666, titre: "Résidence d'artistes", communes: ["Beuvry"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Beuvry", porteurCite: "Ville", confiance: 'high' },
  { ligne: 667, titre: "Impulsions urbaines", communes: ["Béthune"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 668, titre: "Proximité et Diversité culturelle en Terre Noeue", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "OFFICE CULTUREL DE NOEUX LE MINES", porteurCite: "Office culturel de Noeux", confiance: 'high' },
  { ligne: 669, titre: "Paysages sonores en Terre Noeue", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "Ville de Noeux-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 670, titre: "Passe-moi ta recette ! « Projet culino-solido-culturel »", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "BOOKKAFFÉ", porteurCite: "Bookkafé", confiance: 'high' },
  { ligne: 671, titre: "L'Aoûtologie au Mont Liébaut", communes: ["Béthune"], pilier: 'P1', thematique: "culture", sousPriorite: "7.3", porteur: "COMPAGNIE NOUTIQUE", porteurCite: "Compagnie Noutique", confiance: 'high', qpv: ["mont-liebaud"] },
  { ligne: 683, titre: "Accès aux cultures artistique et numérique pour les publics de tous âges", communes: ["Cauchy-à-la-Tour"], pilier: 'P1', thematique: "numerique", sousPriorite: "7.1", porteur: "Ville de Cauchy-à-la-Tour", porteurCite: "Ville", confiance: 'high' },
  { ligne: 684, titre: "La dématérialisation accessible à tous", communes: ["Marles-les-Mines"], pilier: 'P1', thematique: "numerique", sousPriorite: "7.1", porteur: "Ville de Marles-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 685, titre: "Un centre social connecté. La Maison Pour Tous Numérique et Digitale", communes: ["Lillers"], pilier: 'P1', thematique: "numerique", sousPriorite: "7.1", porteur: "ASSOCIATION SOLILLERS CENTRE SOCIAL LA MAISON POUR TOUS", porteurCite: "Solillers", confiance: 'high' },
  { ligne: 686, titre: "Mon avenir numérique", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "numerique", sousPriorite: "7.1", porteur: "Ville de Bruay-La-Buissière", porteurCite: "Ville", confiance: 'high' },
  { ligne: 687, titre: "E-inclusion : le numérique, une chance pour tous", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "numerique", sousPriorite: "7.1", porteur: "Ville de Noeux-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 688, titre: "Kiosqu'info", communes: ["Beuvry"], pilier: 'P1', thematique: "numerique", sousPriorite: "7.1", porteur: "Ville de Beuvry", porteurCite: "Ville", confiance: 'high' },
  { ligne: 692, titre: "Citoyenneté Numérique Former et Agir", communes: [], pilier: 'P1', thematique: "numerique", sousPriorite: "4.4", porteur: "LIGUE ENSEIGNEMENT PAS CALAIS", porteurCite: "Ligue de l'Enseignement", confiance: 'high' },
  { ligne: 704, titre: "Consommons, citoyens !!", communes: [], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.4", porteur: "ASSOCIATION HABITAT INSERTION", porteurCite: "AHI", confiance: 'high' },
  { ligne: 705, titre: "Le verger collectif", communes: ["Divion"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.4", porteur: "Ville de Divion", porteurCite: "Ville", confiance: 'high' },
  { ligne: 706, titre: "Les cultivateurs populaires", communes: ["Calonne-Ricouart"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.4", porteur: "LES APARTISTES", porteurCite: "Les Appartistes", confiance: 'high' },
  { ligne: 707, titre: "Développement d'ateliers", communes: ["Houdain"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.4", porteur: "CCAS de Houdain", porteurCite: "CCAS", confiance: 'high' },
  { ligne: 708, titre: "Pour un autre modèle sociétal et/ou économique / Action innovation sociale et solidaire", communes: ["Lillers"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.4", porteur: "ASSOCIATION SOLILLERS CENTRE SOCIAL LA MAISON POUR TOUS", porteurCite: "Solillers", confiance: 'high' },
  { ligne: 712, titre: "De l'Europe à l'Artois pour l'Emploi !", communes: [], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "LÉO LAGRANGE NORD ILE DE FRANCE", porteurCite: "Léo Lagrange", confiance: 'high' },
  { ligne: 713, titre: "Jeunes en action", communes: ["Calonne-Ricouart"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "Ville de Calonne-Ricouart", porteurCite: "Ville", confiance: 'high' },
  { ligne: 714, titre: "Goûter la Fabrique", communes: ["Béthune"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "BOOKKAFFÉ", porteurCite: "Bookkafé", confiance: 'high' },
  { ligne: 715, titre: "Après-midi jeux de société en famille", communes: ["Auchel"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "CONSEIL CITOYEN AUCHEL CENTRE VILLE CITE 3", porteurCite: "Conseil Citoyen Centre-ville", confiance: 'high' },
  { ligne: 716, titre: "Mobidiag+", communes: [], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "ARTOIS INSERTION MOBILITE EMPLOI", porteurCite: "Artois Insertion Mobilité Artois", confiance: 'high' },
  { ligne: 717, titre: "Quartier de la mobilité", communes: ["Béthune"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "ARTOIS INSERTION MOBILITE EMPLOI", porteurCite: "Artois Insertion Mobilité Artois", confiance: 'high' },
  { ligne: 718, titre: "Bourse au permis de Conduire Automobile", communes: ["Divion"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "Ville de Divion", porteurCite: "Ville", confiance: 'high' },
  { ligne: 719, titre: "Bourse au permis", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "Ville de Bruay-La-Buissière", porteurCite: "Ville", confiance: 'high' },
  { ligne: 720, titre: "Bourse au permis de conduire automobile 2019 à Béthune", communes: ["Béthune"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 721, titre: "Un permis pour un emploi : en route vers l'autonomie", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "environnement-mobilite", sousPriorite: "7.5", porteur: "Ville de Noeux-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 731, titre: "Les chantiers mobiles", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "prevention", sousPriorite: "7.6", porteur: "CLUB ET EQUIPE DE PREVENTION RESIDENCE DES PROVINCES", porteurCite: "Club de Prévention", confiance: 'medium' },
  { ligne: 732, titre: "Montée en compétences et mise en réseau des médiateurs sociaux l'agglomération", communes: [], pilier: 'P1', thematique: "prevention", sousPriorite: "7.6", porteur: "FRANCE MEDIATION RESEAU D'ACTEURS DE LA MEDIATION SOCIALE", porteurCite: "France Médiation", confiance: 'high' },
  { ligne: 733, titre: "Engagement pour l'avenir : les valeurs du CMJ", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "prevention", sousPriorite: "7.6", porteur: "Ville de Noeux-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 741, titre: "Développement de l'accès au droit et mise en place d'un parcours de l'accès aux droit", communes: [], pilier: 'P1', thematique: "acces-aux-droits", sousPriorite: null, porteur: "CONSEIL DEP DE L ACCES AU DROIT", porteurCite: "CDAD", confiance: 'high' },
  { ligne: 742, titre: "Autour des droits humains #2", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "acces-aux-droits", sousPriorite: null, porteur: "ASS OFFICE DE LA JEUNESSE", porteurCite: "Office de la jeunesse", confiance: 'high' },
  { ligne: 743, titre: "Pérennisation d'un lieu d'accueil, d'écoute et d'orientation et développement d'une permanence d'écoute et d'accompagnement psychologique", communes: ["Nœux-les-Mines"], pilier: 'P1', thematique: "acces-aux-droits", sousPriorite: null, porteur: "CENTRE D INFORMATION SUR LES DROITS DES FEMMES ET DES FAMILLES DE BETHUNE", porteurCite: "CIDFF", confiance: 'high' },
  { ligne: 744, titre: "Accompagnement global des publics visant à prévenir les risques de perte de logement et le surendettement", communes: ["Béthune"], pilier: 'P1', thematique: "acces-aux-droits", sousPriorite: null, porteur: "CENTRE D INFORMATION SUR LES DROITS DES FEMMES ET DES FAMILLES DE BETHUNE", porteurCite: "CIDFF", confiance: 'high' },
  { ligne: 745, titre: "Être une femme aujourd'hui", communes: ["Auchel"], pilier: 'P1', thematique: "acces-aux-droits", sousPriorite: null, porteur: "Ville d'Auchel", porteurCite: "Ville", confiance: 'high' },
  { ligne: 757, titre: "Ça bouge à la MC", communes: ["Barlin"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "CONSEIL CITOYEN QUARTIER DU REGAIN", porteurCite: "Conseil citoyen", confiance: 'high' },
  { ligne: 758, titre: "Pour le renouveau de notre quartier !", communes: ["Houdain"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "CONSEIL CITOYEN LA FOSSE 7", porteurCite: "Conseil citoyen Fosse 7", confiance: 'high' },
  { ligne: 759, titre: "Ateliers d'échanges de savoirs", communes: ["Auchel"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "Ville d'Auchel", porteurCite: "Ville", confiance: 'high' },
  { ligne: 760, titre: "Bouge avec le quartier Renaissance", communes: ["Beuvry"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "CONSEIL CITOYEN DE BEUVRY- RENAISSANCE", porteurCite: "Conseil Citoyen", confiance: 'high' },
  { ligne: 761, titre: "Fêtes et faites", communes: ["Beuvry"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "CONSEIL CITOYEN DE BEUVRY- RENAISSANCE", porteurCite: "Conseil Citoyen Renaissance", confiance: 'high' },
  { ligne: 762, titre: "Co-construction du projet d'animation de la vie sociale avec les habitants", communes: ["Bruay-la-Buissière"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "ASS OFFICE DE LA JEUNESSE", porteurCite: "Office de la Jeunesse", confiance: 'high' },
  { ligne: 763, titre: "Captation, dynamisation et accompagnement", communes: ["Haisnes"], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.1", porteur: "ACTIONS ET SERVICES POUR UN AVENIR SOLIDAIRE ET ANIMATION DANS LA CITÉ", porteurCite: "Actions et services pour un avenir solidaire et animation dans la cité", confiance: 'high' },
  { ligne: 767, titre: "Structuration et montée en compétences des conseils citoyens", communes: [], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.2", porteur: "ASSOCIATION D'ACTION EDUCATIVE DU PAS- DE-CALAIS", porteurCite: "AAE62", confiance: 'high' },
  { ligne: 768, titre: "Accompagner les Conseils Citoyens", communes: [], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.2", porteur: "LIGUE ENSEIGNEMENT PAS CALAIS", porteurCite: "Ligue de l'enseignement", confiance: 'high' },
  { ligne: 769, titre: "Hub Interasso concept Learning Efficience d'accompagnement à la dynamique", communes: [], pilier: 'P1', thematique: "participation-des-habitants", sousPriorite: "9.2", porteur: "ASSOCIATION ALYSSE", porteurCite: "Alysse", confiance: 'high' },
  { ligne: 792, titre: "Elaboration d'une boîte à outils GUSP", communes: [], pilier: 'P2', thematique: null, sousPriorite: "5.1", porteur: "CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE", porteurCite: "CABBALR", confiance: 'high' },
  { ligne: 796, titre: "6T en action : Actions citoyennes dans les quartiers", communes: ["Marles-les-Mines"], pilier: 'P2', thematique: null, sousPriorite: "5.2", porteur: "Ville de Marles-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 797, titre: "Bouge dans ton quartier : journées à destination des familles au sein du quartier prioritaire", communes: ["Marles-les-Mines"], pilier: 'P2', thematique: null, sousPriorite: "5.2", porteur: "Ville de Marles-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 798, titre: "Rue aux enfants, un quartier en action", communes: ["Bruay-la-Buissière"], pilier: 'P2', thematique: null, sousPriorite: "5.2", porteur: "ASS OFFICE DE LA JEUNESSE", porteurCite: "Office de la Jeunesse", confiance: 'high' },
  { ligne: 799, titre: "Mon quartier et moi", communes: ["Béthune"], pilier: 'P2', thematique: null, sousPriorite: "5.2", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 800, titre: "Animer le quartier pour une ambiance améliorée et durable Intervention festive", communes: ["Auchel"], pilier: 'P2', thematique: null, sousPriorite: "5.2", porteur: "ASSOCIATION SOLILLERS CENTRE SOCIAL LA MAISON POUR TOUS", porteurCite: "Solillers", confiance: 'high' },
  { ligne: 804, titre: "Graff ton quartier", communes: ["Barlin"], pilier: 'P2', thematique: null, sousPriorite: "5.3", porteur: "Ville de Barlin", porteurCite: "Ville", confiance: 'high' },
  { ligne: 805, titre: "Une jeunesse \"plaine\" d'idées", communes: ["Houdain"], pilier: 'P2', thematique: null, sousPriorite: "5.3", porteur: "Ville de Houdain", porteurCite: "Ville", confiance: 'high' },
  { ligne: 806, titre: "Portrait nature : pour une gestion responsable du cadre de vie", communes: ["Lillers"], pilier: 'P2', thematique: null, sousPriorite: "5.3", porteur: "Ville de Lillers", porteurCite: "Ville", confiance: 'high' },
  { ligne: 807, titre: "Bien vivre dans son logement", communes: ["Béthune"], pilier: 'P2', thematique: null, sousPriorite: "5.3", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 832, titre: "Le Bus en faveur de l'emploi et de l'insertion", communes: ["Barlin"], pilier: 'P3', thematique: null, sousPriorite: "2.1", porteur: "CCAS de Barlin", porteurCite: "CCAS", confiance: 'high' },
  { ligne: 832, titre: "Construire son projet : \"Ressources et vous\"", communes: ["Marles-les-Mines"], pilier: 'P3', thematique: null, sousPriorite: "2.1", porteur: "Ville de Marles-les-Mines", porteurCite: "Ville", confiance: 'high' },
  { ligne: 832, titre: "Ateliers de dynamisation", communes: ["Béthune"], pilier: 'P3', thematique: null, sousPriorite: "2.1", porteur: "LES ATELIERS DE TISSE 1 LIEN", porteurCite: "Les Ateliers de Tisse 1 Lien", confiance: 'high' },
  { ligne: 832, titre: "Lutte contre l'illettrisme", communes: ["Béthune"], pilier: 'P3', thematique: null, sousPriorite: "2.1", porteur: "Ville de Béthune", porteurCite: "Ville", confiance: 'high' },
  { ligne: 832, titre: "Renforcement et développement de l'entrepreneuriat dans les quartiers", communes: [], pilier: 'P3', thematique: null, sousPriorite: "3.1", porteur: "BGE HAUTS DE FRANCE", porteurCite: "BGE", confiance: 'high' },
  { ligne: 832, titre: "Coopérative Jeunes Majeurs", communes: ["Bruay-la-Buissière"], pilier: 'P3', thematique: null, sousPriorite: "3.1", porteur: "ASS OFFICE DE LA JEUNESSE", porteurCite: "Office de la Jeunesse", confiance: 'high' },
  { ligne: 834, titre: "Business 4", communes: [], pilier: 'P3', thematique: null, sousPriorite: "1.2", porteur: "CLUB DES ENTREPRENEURS DE L'ECONOMIE SOCIALE ET SOLIDAIRE DE L'ARTOIS", porteurCite: "Club des Entrepreneurs ESS", confiance: 'high' },
  { ligne: 834, titre: "Charte Entreprises et Quartiers", communes: [], pilier: 'P3', thematique: null, sousPriorite: "1.2", porteur: "ASSOCIATION PLAN BETHUNOIS D'INSERTION", porteurCite: "PLIE", confiance: 'high' },
  { ligne: 834, titre: "Valorisation et Mise en Réseau des entrepreneurs du territoire", communes: ["Nœux-les-Mines"], pilier: 'P3', thematique: null, sousPriorite: "1.2", porteur: "ARTOIS INITIATIVE", porteurCite: "Artois Initiative", confiance: 'high' },
  { ligne: 834, titre: "Actions de sensibilisation à destination d'un public sensible", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "ASSOCIATION PLAN BETHUNOIS D'INSERTION", porteurCite: "PLIE", confiance: 'high' },
  { ligne: 834, titre: "Une semaine pour un emploi dans le Bâtiment", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "ASSOCIATION PLAN BETHUNOIS D'INSERTION", porteurCite: "PLIE", confiance: 'high' },
  { ligne: 834, titre: "Sport Aventures Mobilité", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "MISSION LOCALE DE L'ARTOIS", porteurCite: "Mission Locale", confiance: 'high' },
  { ligne: 834, titre: "Théâtre entreprises et quartiers", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "MISSION LOCALE DE L'ARTOIS", porteurCite: "Mission Locale", confiance: 'high' },
  { ligne: 834, titre: "Club Seniors", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "PASSEPORT FORMA", porteurCite: "Passport Forme", confiance: 'high' },
  { ligne: 834, titre: "Actions d'accompagnement collectif et/ou individuel sur public ciblé/identifié en QPV \"Savoir Être pour savoir Faire ?\"", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "LA VIE ACTIVE", porteurCite: "Via Actus", confiance: 'low' },
  { ligne: 834, titre: "Booster préparation concours", communes: ["Bruay-la-Buissière"], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "ADAPEP AFP 2 I", porteurCite: "ADAPEF APP 21", confiance: 'high' },
  { ligne: 834, titre: "Mobilisation vers l'emploi et accompagnement dans l'emploi", communes: ["Béthune"], pilier: 'P3', thematique: null, sousPriorite: "2.2", porteur: "ASSOCIATION HABITAT INSERTION", porteurCite: "AHI", confiance: 'high' },
  { ligne: 834, titre: "Consolider et sécuriser l'activité économique au sein des quartiers prioritaires de la ville", communes: [], pilier: 'P3', thematique: null, sousPriorite: "3.2", porteur: "AIDE AU DEVELOPPEMENT DES ACTIONS D'INSERTION PAR L'ECONOMIQUE", porteurCite: "ADAIE", confiance: 'high' },
  { ligne: 834, titre: "Ma boutique, Mon quartier : Boutiques à l'essai", communes: [], pilier: 'P3', thematique: null, sousPriorite: "3.2", porteur: "ARTOIS INITIATIVE", porteurCite: "Artois Initiative", confiance: 'high' },
  { ligne: 834, titre: "Shop l'Initiative", communes: ["Bruay-la-Buissière"], pilier: 'P3', thematique: null, sousPriorite: "3.2", porteur: "ARTOIS INITIATIVE", porteurCite: "Artois Initiative", confiance: 'high' },
  { ligne: 836, titre: "Découverte des métiers de l'armée de l'air", communes: [], pilier: 'P3', thematique: null, sousPriorite: "2.3", porteur: "CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE", porteurCite: "CABBALR", confiance: 'high' },
  { ligne: 836, titre: "Boutique Partagée : La Maison, Une boutique qui se partage", communes: [], pilier: 'P3', thematique: null, sousPriorite: "3.3", porteur: "ARTOIS INITIATIVE", porteurCite: "Artois Initiative", confiance: 'high' },
  { ligne: 838, titre: "Cap Quartiers", communes: [], pilier: 'P3', thematique: null, sousPriorite: "3.4", porteur: "PAS DE CALAIS ACTIF", porteurCite: "Pas de Calais Actif", confiance: 'high' },
  { ligne: 842, titre: "Accompagner à la transformation numérique les entreprises artisanales des QPV", communes: [], pilier: 'P3', thematique: null, sousPriorite: "3.6", porteur: "CHAMBRE DE METIERS ET DE L'ARTISANAT HAUTS DE FRANCE", porteurCite: "CMA", confiance: 'high' },
];

/** Piliers (fixture strategy.piliers, L85–L112). */
export const CABBALR_PILIERS: Readonly<Record<'P1' | 'P2' | 'P3', { libelle: string; ligne: number }>> = {
  P1: { libelle: "PILIER 1. COHESION SOCIALE", ligne: 85 },
  P2: { libelle: "PILIER 2. HABITAT CADRE DE VIE ET RENOUVELLEMENT URBAIN", ligne: 101 },
  P3: { libelle: "PILIER 3. EMPLOI, INSERTION ET DEVELOPPEMENT ECONOMIQUE", ligne: 112 },
};

/** Feuille de route: the 10 priorités and their sous-priorités (fixture strategy.feuille_de_route_10_priorites, Annexe 2). */
export const CABBALR_FEUILLE_DE_ROUTE: ReadonlyArray<{ n: number; libelle: string; ligne: number; sous: ReadonlyArray<{ code: string; libelle: string; ligne: number }> }> = [
  { n: 1, libelle: "Optimiser la déclinaison de la « Charte Entreprises et Quartiers / PAQTE » dans chaque QPV et son espace vécu", ligne: 1201, sous: [{ code: "1.1", libelle: "Education et orientation scolaire", ligne: 1210 }, { code: "1.2", libelle: "Emploi, insertion, formation", ligne: 1212 }, { code: "1.3", libelle: "Soutien aux initiatives locales / mécénat solidaire / médiation", ligne: 1219 }] },
  { n: 2, libelle: "Favoriser et soutenir les nouvelles formes de mise en contact des demandeurs d'emploi et des employeurs potentiels : les « circuits courts » de l'emploi en QPV", ligne: 1231, sous: [{ code: "2.1", libelle: "Repérage, mobilisation des demandeurs d'emploi et connaissance des besoins", ligne: 1240 }, { code: "2.2", libelle: "Préparation à l'emploi", ligne: 1242 }, { code: "2.3", libelle: "Innovation dans la mise en relation entre employeurs et demandeurs d'emplois", ligne: 1244 }] },
  { n: 3, libelle: "Consolider la dynamique impulsée par la Fabrique à Entreprendre (FAE) en matière de création d'activités dans les QPV en favorisant la coopération entre les acteurs et renforcer l'attractivité économique", ligne: 1252, sous: [{ code: "3.1", libelle: "Esprit d'initiative et entrepreneuriat", ligne: 1261 }, { code: "3.2", libelle: "Création, reprise d'entreprises commerciales, artisanales ou de services dans les quartiers", ligne: 1263 }, { code: "3.3", libelle: "Susciter et accompagner les nouveaux types d'activités", ligne: 1265 }, { code: "3.4", libelle: "Faciliter l'accès aux outils de financement", ligne: 1267 }, { code: "3.5", libelle: "Assurer et conforter l'accueil et l'implantation d'activités", ligne: 1269 }, { code: "3.6", libelle: "Attractivité économique des quartiers", ligne: 1271 }] },
  { n: 4, libelle: "Soutenir les initiatives favorisant l'inclusion numérique des publics les plus fragiles pour les démarches du quotidien, pour la E-administration et pour la recherche d'emploi", ligne: 1278, sous: [{ code: "4.1", libelle: "Apprentissage des habitants - « les savoirs de base du numérique »", ligne: 1287 }, { code: "4.2", libelle: "Actions de médiation numérique au sein des quartiers", ligne: 1289 }, { code: "4.3", libelle: "Numérique et employabilité", ligne: 1291 }, { code: "4.4", libelle: "Numérique et citoyenneté", ligne: 1293 }] },
  { n: 5, libelle: "Définir le cadre d'une politique intercommunale de Gestion Urbaine de Proximité, du cadre de vie et soutenir les initiatives y concourant", ligne: 1302, sous: [{ code: "5.1", libelle: "Boîte à outils « gestion urbaine de proximité »", ligne: 1311 }, { code: "5.2", libelle: "Appropriation du quartier par les habitants", ligne: 1313 }, { code: "5.3", libelle: "Devenir acteur de son cadre de vie", ligne: 1315 }] },
  { n: 6, libelle: "Amorcer des actions de prévention et éducation à la santé à destination des habitants des QPV en préfiguration au Contrat Local de Santé sur l'Agglomération", ligne: 1327, sous: [{ code: "6.1", libelle: "Prévention santé", ligne: 1336 }, { code: "6.2", libelle: "Education santé", ligne: 1338 }, { code: "6.3", libelle: "Accès aux droits à la santé", ligne: 1340 }] },
  { n: 7, libelle: "Appuyer les actions d'innovation sociale au sein des quartiers prioritaires : pour mieux faire société, pour favoriser l'inclusion des habitants les plus fragiles, pour favoriser les comportements citoyens, améliorer l'ambiance des quartiers et prévenir à long terme la délinquance", ligne: 1350, sous: [{ code: "7.1", libelle: "Innovation sociale et numérique", ligne: 1359 }, { code: "7.2", libelle: "Innovation sociale et sport", ligne: 1361 }, { code: "7.3", libelle: "Innovation sociale et culture", ligne: 1363 }, { code: "7.4", libelle: "Innovation sociale et environnement - économie circulaire - consommation", ligne: 1365 }, { code: "7.5", libelle: "Innovation sociale et mobilité", ligne: 1367 }, { code: "7.6", libelle: "Prévention de la délinquance", ligne: 1369 }] },
  { n: 8, libelle: "Créer les conditions et amorcer les dispositifs favorisant la transformation sociale dans les quartiers du Programme National de Renouvellement Urbain", ligne: 1379, sous: [{ code: "8.1", libelle: "Valorisation de la mémoire des quartiers", ligne: 1388 }, { code: "8.2", libelle: "Habitants et actions de concertation", ligne: 1390 }, { code: "8.3", libelle: "Appropriation du projet par les habitants", ligne: 1392 }, { code: "8.4", libelle: "Accompagnement des habitants directement concernés", ligne: 1394 }] },
  { n: 9, libelle: "Consolider les Conseils Citoyens en leur donnant les moyens d'agir durablement et soutenir les autres formes de participation des habitants dans les actions", ligne: 1401, sous: [{ code: "9.1", libelle: "Rendre acteurs les habitants", ligne: 1410 }, { code: "9.2", libelle: "Appui aux Conseils Citoyens", ligne: 1412 }, { code: "9.3", libelle: "Promotion – valorisation des initiatives citoyennes", ligne: 1414 }] },
  { n: 10, libelle: "Expérimenter dans le domaine de la lutte contre le décrochage scolaire par une action « décloisonnée » des acteurs et conforter les Programmes de Réussite Educative", ligne: 1424, sous: [{ code: "10.1", libelle: "Prévention illettrisme précoce", ligne: 1433 }, { code: "10.2", libelle: "Inclusion sociale et professionnelle", ligne: 1435 }, { code: "10.3", libelle: "Réussite éducative", ligne: 1437 }] },
];

/** Priorités retained by the appel à projets 2019, per pilier (L517, L565–L570, L779–L782). */
export const CABBALR_AAP_2019_PRIORITES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 10];
