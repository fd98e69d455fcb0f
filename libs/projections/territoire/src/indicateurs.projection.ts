import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  cleCible,
  cleValeur,
  memeNoeud,
  type CibleIndicateur,
  type NatureIndicateur,
  type RefNoeud,
  type TypeVentilation,
  type ValeurIndicateur,
} from '@cdv/domain-territoire';
import { evenement } from './shared/events';
import { ajouterSansDoublon, clesRecherche } from './shared/recherche';

export interface ValeurVue extends ValeurIndicateur {
  /** Earlier values replaced by corrections, with their reason. */
  corrections: { valeur: ValeurIndicateur['valeur']; valeurImprimee: string | null; motif: string | null; le: string }[];
}

export interface IndicateurDocument extends ReadDocument {
  tenantId: string;
  /** false while the indicator is only known from an engagement that cites it. */
  defini: boolean;
  libelle: string | null;
  libelleRecherche: string[];
  unite: string | null;
  nature: NatureIndicateur | null;
  ventilations: TypeVentilation[];
  tranchesAge: string[];
  definition: string | null;
  noeuds: RefNoeud[];
  noeudIds: string[];
  engagementIds: string[];
  cibles: (CibleIndicateur & { engagementId: string })[];
  valeurs: ValeurVue[];
  /** false renders as « non renseigné » in reports. */
  renseigne: boolean;
}

// An indicator's document is touched by its own stream and by the engagements that cite it; every event names
// the indicator ids it concerns, and a document created from an engagement event is completed by IndicateurDefini.
const vide = (tenantId: string): Omit<IndicateurDocument, '_id'> => ({
  tenantId,
  defini: false,
  libelle: null,
  libelleRecherche: [],
  unite: null,
  nature: null,
  ventilations: [],
  tranchesAge: [],
  definition: null,
  noeuds: [],
  noeudIds: [],
  engagementIds: [],
  cibles: [],
  valeurs: [],
  renseigne: false,
});

function evolveIndicateur(document: Omit<IndicateurDocument, '_id'>, recorded: RecordedEvent): Omit<IndicateurDocument, '_id'> {
  const event = evenement(recorded);
  switch (event.type) {
    case 'IndicateurDefini': {
      const d = event.data;
      const noeuds = d.noeuds.reduce((all, n) => ajouterSansDoublon(all, n, memeNoeud), document.noeuds);
      return {
        ...document,
        defini: true,
        libelle: d.libelle,
        libelleRecherche: clesRecherche(d.libelle),
        unite: d.unite,
        nature: d.nature,
        ventilations: d.ventilations,
        tranchesAge: d.tranchesAge,
        definition: d.definition,
        noeuds,
        noeudIds: noeuds.map((n) => n.noeudId),
      };
    }
    case 'IndicateurRattacheObjectif': {
      const noeuds = ajouterSansDoublon(document.noeuds, event.data.noeud, memeNoeud);
      return { ...document, noeuds, noeudIds: noeuds.map((n) => n.noeudId) };
    }
    case 'ValeurIndicateurRenseignee': {
      const { indicateurId: _id, ...valeur } = event.data;
      return { ...document, valeurs: [...document.valeurs, { ...valeur, corrections: [] }], renseigne: true };
    }
    case 'ValeurIndicateurCorrigee': {
      const { indicateurId: _id, precedente, ...valeur } = event.data;
      const cle = cleValeur(valeur);
      const correction = {
        valeur: precedente.valeur,
        valeurImprimee: precedente.valeurImprimee,
        motif: recorded.metadata.reason ?? null,
        le: recorded.metadata.recordedAt,
      };
      return { ...document, valeurs: document.valeurs.map((v) => (cleValeur(v) === cle ? { ...valeur, corrections: [...v.corrections, correction] } : v)) };
    }
    case 'EngagementPris':
      return { ...document, engagementIds: ajouterSansDoublon(document.engagementIds, event.data.engagementId) };
    case 'IndicateurRattacheEngagement':
      return { ...document, engagementIds: ajouterSansDoublon(document.engagementIds, event.data.engagementId) };
    case 'CibleIndicateurFixee':
      return { ...document, engagementIds: ajouterSansDoublon(document.engagementIds, event.data.engagementId), cibles: [...document.cibles, event.data] };
    case 'CibleIndicateurModifiee': {
      const { precedente: _previous, ...cible } = event.data;
      const cle = `${cible.engagementId}#${cleCible(cible)}`;
      return { ...document, cibles: document.cibles.map((c) => (`${c.engagementId}#${cleCible(c)}` === cle ? cible : c)) };
    }
    default:
      return document;
  }
}

/** The indicator catalogue: definition, attachment to objectives and engagements, targets and values per year. */
export const indicateursProjection: Projection<IndicateurDocument> = {
  name: 'indicateurs',
  version: 1,
  eventTypes: [
    'IndicateurDefini',
    'IndicateurRattacheObjectif',
    'ValeurIndicateurRenseignee',
    'ValeurIndicateurCorrigee',
    'EngagementPris',
    'IndicateurRattacheEngagement',
    'CibleIndicateurFixee',
    'CibleIndicateurModifiee',
  ],
  documentIds(recorded) {
    const event = evenement(recorded);
    if (event.type === 'EngagementPris') return event.data.indicateurIds;
    return [(event.data as { indicateurId: string }).indicateurId];
  },
  evolve(document, event) {
    const current = document ?? { _id: '', ...vide(event.metadata.tenantId) };
    const { _id, ...rest } = current;
    return { _id, ...evolveIndicateur(rest, event) };
  },
  indexes: [{ keys: { noeudIds: 1 } }, { keys: { engagementIds: 1 } }, { keys: { renseigne: 1 } }],
};
