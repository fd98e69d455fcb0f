import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  cleStatistique,
  communeCle,
  type CategorieQuartier,
  type CommuneRef,
  type DateIso,
  type GenerationQpv,
  type LienQpv,
  type QpvDeclare,
  type Reconnaissance,
  type Statistique,
  type Validite,
} from '@cdv/domain-territoire';
import { evenement } from './shared/events';
import { ajouterSansDoublon, clesRecherche } from './shared/recherche';
import { normaliserTexte } from '@cdv/shared-kernel';

export interface QpvDocument extends ReadDocument {
  qpvId: string;
  tenantId: string;
  categorie: CategorieQuartier;
  code: string | null;
  /** Every code the quartier has carried, so a record that cites an older one still finds it. */
  codes: string[];
  generation: GenerationQpv | null;
  validite: Validite;
  statut: 'actif' | 'remplace' | 'retire';
  nom: string;
  /** Aliases and former names. */
  alias: string[];
  /** Normalised name and aliases, for "contains" searches. */
  nomsRecherche: string[];
  communes: CommuneRef[];
  /** INSEE codes and normalised names of the communes, for filtering by commune. */
  communesRecherche: string[];
  zonages: string[];
  reconnaissance: Reconnaissance | null;
  /**
   * Links as recorded on this quartier. A link is recorded on one side or both (the 2024 declaration names its
   * predecessors, RemplacerQpv on the 2015 QPV names its successors): qpvs.queries.ts reads both sides.
   */
  predecesseurs: LienQpv[];
  successeurs: LienQpv[];
  remplaceLe: DateIso | null;
  retireLe: DateIso | null;
  statistiques: Statistique[];
}

function communesRecherche(communes: readonly CommuneRef[]): string[] {
  return [...new Set(communes.flatMap((c) => [...(c.codeInsee ? [c.codeInsee] : []), normaliserTexte(c.nom)]))];
}

function avecRecherche(document: QpvDocument): QpvDocument {
  return { ...document, nomsRecherche: clesRecherche(document.nom, ...document.alias), communesRecherche: communesRecherche(document.communes) };
}

const memeLien = (a: LienQpv, b: LienQpv) => a.qpvId === b.qpvId;

function declarer(recorded: RecordedEvent<QpvDeclare>): QpvDocument {
  const d = recorded.data;
  return avecRecherche({
    _id: d.qpvId,
    qpvId: d.qpvId,
    tenantId: recorded.metadata.tenantId,
    categorie: d.categorie,
    code: d.code,
    codes: d.code ? [d.code] : [],
    generation: d.generation,
    validite: d.validite,
    statut: 'actif',
    nom: d.nom,
    alias: d.alias,
    nomsRecherche: [],
    communes: d.communes,
    communesRecherche: [],
    zonages: d.zonages,
    reconnaissance: d.reconnaissance,
    predecesseurs: d.predecesseurs,
    successeurs: [],
    remplaceLe: null,
    retireLe: null,
    statistiques: [],
  });
}

function evolveQpv(document: QpvDocument, recorded: RecordedEvent): QpvDocument {
  const event = evenement(recorded);
  switch (event.type) {
    case 'CodeQpvAttribue':
      return { ...document, code: event.data.code, codes: ajouterSansDoublon(document.codes, event.data.code), generation: event.data.generation };
    case 'QpvRenomme':
      return { ...document, nom: event.data.nom, alias: ajouterSansDoublon(document.alias, event.data.ancienNom) };
    case 'AliasQpvAjoute':
      return { ...document, alias: ajouterSansDoublon(document.alias, event.data.alias) };
    case 'CommuneQpvRattachee':
      return { ...document, communes: [...document.communes, event.data.commune] };
    case 'CommuneQpvDetachee': {
      const cle = communeCle(event.data.commune);
      return { ...document, communes: document.communes.filter((c) => communeCle(c) !== cle) };
    }
    case 'QpvRemplace':
      return {
        ...document,
        statut: 'remplace',
        remplaceLe: event.data.dateEffet,
        successeurs: event.data.successeurs.reduce((links, link) => ajouterSansDoublon(links, link, memeLien), document.successeurs),
      };
    case 'QpvRetire':
      return { ...document, statut: 'retire', retireLe: event.data.dateEffet };
    case 'StatistiqueQpvEnregistree': {
      const { statistique } = event.data;
      return { ...document, statistiques: [...document.statistiques.filter((s) => cleStatistique(s) !== cleStatistique(statistique)), statistique] };
    }
    default:
      return document;
  }
}

/** One document per quartier (QPV, quartier de veille active, quartier d'intérêt communautaire), with both ends of successor links. */
export const qpvsProjection: Projection<QpvDocument> = {
  name: 'qpvs',
  version: 1,
  eventTypes: [
    'QpvDeclare',
    'CodeQpvAttribue',
    'QpvRenomme',
    'AliasQpvAjoute',
    'CommuneQpvRattachee',
    'CommuneQpvDetachee',
    'QpvRemplace',
    'QpvRetire',
    'StatistiqueQpvEnregistree',
  ],
  // Every event of a quartier names it: one document per event, so the runner never has to guess which one a new document is.
  documentIds: (event) => [(event.data as { qpvId: string }).qpvId],
  evolve(document, event) {
    if (event.type === 'QpvDeclare') return document ?? declarer(event as RecordedEvent<QpvDeclare>);
    return document ? avecRecherche(evolveQpv(document, event)) : null;
  },
  indexes: [{ keys: { codes: 1 } }, { keys: { generation: 1, statut: 1 } }, { keys: { communesRecherche: 1 } }, { keys: { nomsRecherche: 1 } }],
};
