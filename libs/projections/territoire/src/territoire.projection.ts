import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  CLES_CHIFFRE,
  cleStatistique,
  communeCle,
  type DatePartielle,
  type Decimal,
  type NatureEpci,
  type Predecesseur,
  type Statistique,
} from '@cdv/domain-territoire';
import { evenement } from './shared/events';
import {
  calculer,
  chiffreDeReference,
  cleCommuneResolue,
  ecartEntre,
  EVENEMENTS_GEOGRAPHIE,
  evolveResume,
  quartiersEnVigueur,
  resumeVide,
  type GeographieResume,
} from './shared/geographie';

/** A figure of the territory: what the platform computes beside what the documents print, and whether they differ. */
export interface ValeurComparee {
  calculee: Decimal | null;
  methode: string | null;
  declaree: Decimal | null;
  declareeImprimee: string | null;
  qualificatif: string | null;
  source: { document: string; localisation: string } | null;
  /** null when one side is missing. */
  ecart: boolean | null;
}

export interface CommuneDuTerritoireVue {
  cle: string;
  codeInsee: string | null;
  nom: string;
  alias: string[];
  rattachee: boolean;
  depuis: DatePartielle | null;
  jusquAu: DatePartielle | null;
  /** Quartiers (of any category, on the map now) that lie in the commune. */
  quartiers: string[];
  avecQpv: boolean;
}

export interface TerritoireDocument extends ReadDocument {
  tenantId: string;
  ouvert: boolean;
  siren: string | null;
  nom: string | null;
  nomUsuel: string | null;
  acronyme: string | null;
  nature: NatureEpci | null;
  historiqueNature: { nature: NatureEpci; depuis: DatePartielle | null }[];
  departement: string | null;
  region: string | null;
  predecesseurs: Predecesseur[];
  communes: CommuneDuTerritoireVue[];
  statistiques: Statistique[];
  comptes: {
    communes: ValeurComparee;
    communesAvecQpv: ValeurComparee;
    qpv: ValeurComparee;
    quartiersVeilleActive: ValeurComparee;
    quartiersInteretCommunautaire: ValeurComparee;
  };
  /** QPV on the map per geography generation (2015 ones stay counted under 2015 after the 2024 list is loaded). */
  qpvParGeneration: Record<string, number>;
  population: ValeurComparee;
  populationQpv: ValeurComparee;
  partPopulationQpv: ValeurComparee;
  /** The facts the comparisons are computed from. */
  base: GeographieResume;
}

const EVENEMENTS_TERRITOIRE = ['TerritoireOuvert', 'TerritoireRenomme', 'NatureTerritoireChangee', 'SirenTerritoireAttribue', 'PredecesseurDeclare'] as const;

const vide = (tenantId: string): TerritoireDocument => ({
  _id: tenantId,
  tenantId,
  ouvert: false,
  siren: null,
  nom: null,
  nomUsuel: null,
  acronyme: null,
  nature: null,
  historiqueNature: [],
  departement: null,
  region: null,
  predecesseurs: [],
  communes: [],
  statistiques: [],
  comptes: {
    communes: comparer(resumeVide(), CLES_CHIFFRE.nombreCommunes),
    communesAvecQpv: comparer(resumeVide(), CLES_CHIFFRE.nombreCommunesAvecQpv),
    qpv: comparer(resumeVide(), CLES_CHIFFRE.nombreQpv),
    quartiersVeilleActive: comparer(resumeVide(), CLES_CHIFFRE.nombreQuartiersVeilleActive),
    quartiersInteretCommunautaire: comparer(resumeVide(), CLES_CHIFFRE.nombreQuartiersInteretCommunautaire),
  },
  qpvParGeneration: {},
  population: comparer(resumeVide(), CLES_CHIFFRE.population),
  populationQpv: comparer(resumeVide(), CLES_CHIFFRE.populationQpv),
  partPopulationQpv: comparer(resumeVide(), CLES_CHIFFRE.partPopulationQpv),
  base: resumeVide(),
});

/** Compares the figure a document declares for `cle` with the value computed at the date that figure describes. */
export function comparer(resume: GeographieResume, cle: string): ValeurComparee {
  const declare = chiffreDeReference(resume, cle);
  const calcule = calculer(resume, cle, declare?.dateReference ?? null);
  return {
    calculee: calcule?.valeur ?? null,
    methode: calcule?.methode ?? null,
    declaree: declare?.valeur ?? null,
    declareeImprimee: declare?.valeurImprimee ?? null,
    qualificatif: declare?.qualificatif ?? null,
    source: declare ? { document: declare.document, localisation: declare.localisation } : null,
    ecart: ecartEntre(declare?.valeur ?? null, calcule?.valeur ?? null),
  };
}

function recalculer(document: TerritoireDocument): TerritoireDocument {
  const base = document.base;
  const enVigueur = base.quartiers.filter((q) => q.statut === 'actif');
  const communes = document.communes.map((commune) => {
    const quartiers = enVigueur.filter((q) => q.communes.some((c) => cleCommuneResolue(base, c) === commune.cle));
    return { ...commune, quartiers: quartiers.map((q) => q.qpvId), avecQpv: quartiers.some((q) => q.categorie === 'qpv') };
  });
  const qpvParGeneration: Record<string, number> = {};
  for (const q of quartiersEnVigueur(base, 'qpv', null)) {
    const key = String(q.generation ?? 'inconnue');
    qpvParGeneration[key] = (qpvParGeneration[key] ?? 0) + 1;
  }
  return {
    ...document,
    communes,
    qpvParGeneration,
    comptes: {
      communes: comparer(base, CLES_CHIFFRE.nombreCommunes),
      communesAvecQpv: comparer(base, CLES_CHIFFRE.nombreCommunesAvecQpv),
      qpv: comparer(base, CLES_CHIFFRE.nombreQpv),
      quartiersVeilleActive: comparer(base, CLES_CHIFFRE.nombreQuartiersVeilleActive),
      quartiersInteretCommunautaire: comparer(base, CLES_CHIFFRE.nombreQuartiersInteretCommunautaire),
    },
    population: comparer(base, CLES_CHIFFRE.population),
    populationQpv: comparer(base, CLES_CHIFFRE.populationQpv),
    partPopulationQpv: comparer(base, CLES_CHIFFRE.partPopulationQpv),
  };
}

function evolveIdentite(document: TerritoireDocument, recorded: RecordedEvent): TerritoireDocument {
  const event = evenement(recorded);
  switch (event.type) {
    case 'TerritoireOuvert': {
      const { siren, nom, nomUsuel, acronyme, nature, departement, region } = event.data;
      return {
        ...document,
        ouvert: true,
        siren,
        nom,
        nomUsuel,
        acronyme,
        nature,
        departement,
        region,
        historiqueNature: nature ? [{ nature, depuis: null }] : [],
      };
    }
    case 'TerritoireRenomme':
      return { ...document, nom: event.data.nom, nomUsuel: event.data.nomUsuel, acronyme: event.data.acronyme };
    case 'NatureTerritoireChangee':
      return {
        ...document,
        nature: event.data.nature,
        historiqueNature: [...document.historiqueNature, { nature: event.data.nature, depuis: event.data.depuis }],
      };
    case 'SirenTerritoireAttribue':
      return { ...document, siren: event.data.siren };
    case 'PredecesseurDeclare':
      return { ...document, predecesseurs: [...document.predecesseurs, event.data.predecesseur] };
    case 'CommuneRattachee': {
      const cle = communeCle(event.data.commune);
      const known = document.communes.find((c) => c.cle === cle);
      const commune: CommuneDuTerritoireVue = {
        cle,
        ...event.data.commune,
        alias: known ? known.alias : event.data.alias,
        rattachee: true,
        depuis: event.data.depuis,
        jusquAu: null,
        quartiers: [],
        avecQpv: false,
      };
      return { ...document, communes: known ? document.communes.map((c) => (c.cle === cle ? commune : c)) : [...document.communes, commune] };
    }
    case 'CommuneDetachee': {
      const cle = communeCle(event.data.commune);
      return { ...document, communes: document.communes.map((c) => (c.cle === cle ? { ...c, rattachee: false, jusquAu: event.data.jusquAu } : c)) };
    }
    case 'AliasCommuneAjoute': {
      const cle = communeCle(event.data.commune);
      return { ...document, communes: document.communes.map((c) => (c.cle === cle ? { ...c, alias: [...c.alias, event.data.alias] } : c)) };
    }
    case 'CodeInseeCommuneAttribue': {
      const cle = communeCle({ codeInsee: null, nom: event.data.nom });
      return {
        ...document,
        communes: document.communes.map((c) => (c.cle === cle ? { ...c, cle: event.data.codeInsee, codeInsee: event.data.codeInsee } : c)),
      };
    }
    case 'StatistiqueTerritoireEnregistree': {
      const { statistique } = event.data;
      const others = document.statistiques.filter((s) => cleStatistique(s) !== cleStatistique(statistique));
      return { ...document, statistiques: [...others, statistique] };
    }
    default:
      return document;
  }
}

/** One document per tenant: the workspace's identity, communes and counts, each count beside the printed one. */
export const territoireProjection: Projection<TerritoireDocument> = {
  name: 'territoire',
  version: 1,
  eventTypes: [...new Set<string>([...EVENEMENTS_TERRITOIRE, ...EVENEMENTS_GEOGRAPHIE])],
  documentIds: (event) => [event.metadata.tenantId],
  evolve(document, event) {
    const current = document ?? vide(event.metadata.tenantId);
    const withIdentity = evolveIdentite(current, event);
    return recalculer({ ...withIdentity, base: evolveResume(current.base, event) });
  },
  indexes: [],
};
