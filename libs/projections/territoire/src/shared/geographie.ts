import type { RecordedEvent } from '@cdv/eventsourcing';
import {
  additionnerDecimaux,
  arrondirDecimal,
  CLES_CHIFFRE,
  communeCle,
  debutDe,
  decimalesDe,
  egalDecimal,
  finDe,
  ratioDecimal,
  type CategorieQuartier,
  type Chiffre,
  type CommuneRef,
  type DateIso,
  type DatePartielle,
  type Decimal,
  type GenerationQpv,
  type Statistique,
  type Validite,
} from '@cdv/domain-territoire';
import { evenement } from './events';
import { normaliserTexte } from '@cdv/shared-kernel';

/**
 * The facts the computed figures are derived from, kept inside the read-model documents that compute them
 * (territoire, chiffresDeclares): a projection sees one event at a time and cannot query other documents.
 */
export interface CommuneResume extends CommuneRef {
  cle: string;
  alias: string[];
  rattachee: boolean;
}

export interface QuartierResume {
  qpvId: string;
  categorie: CategorieQuartier;
  code: string | null;
  generation: GenerationQpv | null;
  nom: string;
  statut: 'actif' | 'remplace' | 'retire';
  validite: Validite;
  /** Start of an EPCI quartier with no validity: the date of the deliberation that recognised it. */
  reconnuLe: DatePartielle | null;
  /** Date it left the map (retired or replaced). */
  finLe: DateIso | null;
  communes: CommuneRef[];
  population: Decimal | null;
}

export interface ChiffreResume extends Chiffre {
  documentId: string;
  /** Values replaced by corrections of a mis-read figure, with the reason of each correction. */
  corrections: { valeurImprimee: string; valeur: Decimal | null; localisation: string; motif: string | null; le: string }[];
  ordre: number;
}

export interface GeographieResume {
  communes: CommuneResume[];
  quartiers: QuartierResume[];
  chiffres: ChiffreResume[];
  /** Population of the EPCI from its statistics (the last one recorded), when any. */
  populationStatistique: Decimal | null;
}

export const resumeVide = (): GeographieResume => ({ communes: [], quartiers: [], chiffres: [], populationStatistique: null });

/** Event types that change the resume. */
export const EVENEMENTS_GEOGRAPHIE = [
  'CommuneRattachee',
  'CommuneDetachee',
  'AliasCommuneAjoute',
  'CodeInseeCommuneAttribue',
  'StatistiqueTerritoireEnregistree',
  'QpvDeclare',
  'CodeQpvAttribue',
  'QpvRenomme',
  'CommuneQpvRattachee',
  'CommuneQpvDetachee',
  'QpvRemplace',
  'QpvRetire',
  'StatistiqueQpvEnregistree',
  'ChiffreDeclare',
  'ChiffreCorrige',
] as const;

function majQuartier(resume: GeographieResume, qpvId: string, change: (q: QuartierResume) => QuartierResume): GeographieResume {
  return { ...resume, quartiers: resume.quartiers.map((q) => (q.qpvId === qpvId ? change(q) : q)) };
}

function majCommune(resume: GeographieResume, cle: string, change: (c: CommuneResume) => CommuneResume): GeographieResume {
  return { ...resume, communes: resume.communes.map((c) => (c.cle === cle ? change(c) : c)) };
}

function estPopulation(statistique: Statistique): boolean {
  return statistique.indicateur === 'population' && statistique.valeur !== null;
}

export function evolveResume(resume: GeographieResume, recorded: RecordedEvent): GeographieResume {
  const event = evenement(recorded);
  switch (event.type) {
    case 'CommuneRattachee': {
      const cle = communeCle(event.data.commune);
      const known = resume.communes.find((c) => c.cle === cle);
      if (known) return majCommune(resume, cle, (c) => ({ ...c, rattachee: true }));
      return { ...resume, communes: [...resume.communes, { ...event.data.commune, cle, alias: event.data.alias, rattachee: true }] };
    }
    case 'CommuneDetachee':
      return majCommune(resume, communeCle(event.data.commune), (c) => ({ ...c, rattachee: false }));
    case 'AliasCommuneAjoute':
      return majCommune(resume, communeCle(event.data.commune), (c) => ({ ...c, alias: [...c.alias, event.data.alias] }));
    case 'CodeInseeCommuneAttribue':
      return majCommune(resume, communeCle({ codeInsee: null, nom: event.data.nom }), (c) => ({
        ...c,
        codeInsee: event.data.codeInsee,
        cle: event.data.codeInsee,
      }));
    case 'StatistiqueTerritoireEnregistree':
      return estPopulation(event.data.statistique) && event.data.statistique.perimetre === 'epci'
        ? { ...resume, populationStatistique: event.data.statistique.valeur }
        : resume;
    case 'QpvDeclare': {
      const d = event.data;
      const quartier: QuartierResume = {
        qpvId: d.qpvId,
        categorie: d.categorie,
        code: d.code,
        generation: d.generation,
        nom: d.nom,
        statut: 'actif',
        validite: d.validite,
        reconnuLe: d.reconnaissance?.date ?? null,
        finLe: null,
        communes: d.communes,
        population: null,
      };
      return { ...resume, quartiers: [...resume.quartiers.filter((q) => q.qpvId !== d.qpvId), quartier] };
    }
    case 'CodeQpvAttribue':
      return majQuartier(resume, event.data.qpvId, (q) => ({ ...q, code: event.data.code, generation: event.data.generation }));
    case 'QpvRenomme':
      return majQuartier(resume, event.data.qpvId, (q) => ({ ...q, nom: event.data.nom }));
    case 'CommuneQpvRattachee':
      return majQuartier(resume, event.data.qpvId, (q) => ({ ...q, communes: [...q.communes, event.data.commune] }));
    case 'CommuneQpvDetachee': {
      const cle = communeCle(event.data.commune);
      return majQuartier(resume, event.data.qpvId, (q) => ({ ...q, communes: q.communes.filter((c) => communeCle(c) !== cle) }));
    }
    case 'QpvRemplace':
      return majQuartier(resume, event.data.qpvId, (q) => ({ ...q, statut: 'remplace', finLe: event.data.dateEffet }));
    case 'QpvRetire':
      return majQuartier(resume, event.data.qpvId, (q) => ({ ...q, statut: 'retire', finLe: event.data.dateEffet }));
    case 'StatistiqueQpvEnregistree':
      return estPopulation(event.data.statistique)
        ? majQuartier(resume, event.data.qpvId, (q) => ({ ...q, population: event.data.statistique.valeur }))
        : resume;
    case 'ChiffreDeclare': {
      const chiffre: ChiffreResume = { ...event.data, corrections: [], ordre: recorded.position };
      return { ...resume, chiffres: [...resume.chiffres.filter((c) => c.chiffreId !== chiffre.chiffreId), chiffre] };
    }
    case 'ChiffreCorrige': {
      const { chiffreId, valeurImprimee, valeur, localisation, precedente } = event.data;
      const correction = { ...precedente, motif: recorded.metadata.reason ?? null, le: recorded.metadata.recordedAt };
      return {
        ...resume,
        chiffres: resume.chiffres.map((c) =>
          c.chiffreId === chiffreId ? { ...c, valeurImprimee, valeur, localisation, corrections: [...c.corrections, correction] } : c,
        ),
      };
    }
    default:
      return resume;
  }
}

/** Quartiers of a category on the map at a date (or now, when no date is given). */
export function quartiersEnVigueur(resume: GeographieResume, categorie: CategorieQuartier, date: DatePartielle | null): QuartierResume[] {
  return resume.quartiers.filter((q) => {
    if (q.categorie !== categorie) return false;
    if (date === null) return q.statut === 'actif';
    const jour = finDe(date);
    const debut = q.validite.du ?? (q.reconnuLe ? debutDe(q.reconnuLe) : null);
    if (debut !== null && debut > jour) return false;
    if (q.validite.au !== null && q.validite.au < jour) return false;
    return q.finLe === null || q.finLe > jour;
  });
}

/** Resolves a quartier's commune to the territory's commune (by INSEE code, name or alias) so counts do not split one commune in two. */
export function cleCommuneResolue(resume: GeographieResume, commune: CommuneRef): string {
  if (commune.codeInsee) {
    const byCode = resume.communes.find((c) => c.codeInsee === commune.codeInsee);
    if (byCode) return byCode.cle;
  }
  const nom = normaliserTexte(commune.nom);
  const byName = resume.communes.find((c) => normaliserTexte(c.nom) === nom || c.alias.some((a) => normaliserTexte(a) === nom));
  return byName ? byName.cle : communeCle(commune);
}

export function communesAvecQpv(resume: GeographieResume, date: DatePartielle | null): string[] {
  const cles = quartiersEnVigueur(resume, 'qpv', date).flatMap((q) => q.communes.map((c) => cleCommuneResolue(resume, c)));
  return [...new Set(cles)];
}

export interface ValeurCalculee {
  valeur: Decimal | null;
  methode: string;
}

/** The figure declared for a key: the one describing the latest date, the last declared among equals. */
export function chiffreDeReference(resume: GeographieResume, cle: string): ChiffreResume | null {
  const candidats = resume.chiffres.filter((c) => c.cle === cle && c.sujet.type === 'territoire');
  if (candidats.length === 0) return null;
  return [...candidats].sort((a, b) => (a.dateReference ?? '').localeCompare(b.dateReference ?? '') || a.ordre - b.ordre)[candidats.length - 1];
}

/** Computes a well-known figure from the platform's own data; null when it cannot be computed. */
export function calculer(resume: GeographieResume, cle: string, date: DatePartielle | null): ValeurCalculee | null {
  switch (cle) {
    case CLES_CHIFFRE.nombreCommunes:
      return { valeur: String(resume.communes.filter((c) => c.rattachee).length), methode: 'communes rattachées au territoire' };
    case CLES_CHIFFRE.nombreQpv:
      return { valeur: String(quartiersEnVigueur(resume, 'qpv', date).length), methode: 'QPV déclarés en vigueur' };
    case CLES_CHIFFRE.nombreCommunesAvecQpv:
      return { valeur: String(communesAvecQpv(resume, date).length), methode: 'communes distinctes des QPV en vigueur' };
    case CLES_CHIFFRE.nombreQuartiersVeilleActive:
      return { valeur: String(quartiersEnVigueur(resume, 'quartier_veille_active', date).length), methode: 'quartiers de veille active déclarés' };
    case CLES_CHIFFRE.nombreQuartiersInteretCommunautaire:
      return {
        valeur: String(quartiersEnVigueur(resume, 'quartier_interet_communautaire', date).length),
        methode: "quartiers d'intérêt communautaire déclarés",
      };
    case CLES_CHIFFRE.population:
      return resume.populationStatistique !== null ? { valeur: resume.populationStatistique, methode: 'statistique de population du territoire' } : null;
    case CLES_CHIFFRE.populationQpv: {
      const qpv = quartiersEnVigueur(resume, 'qpv', date);
      if (qpv.length === 0 || qpv.some((q) => q.population === null)) return null;
      return { valeur: additionnerDecimaux(qpv.map((q) => q.population as Decimal)), methode: 'somme des populations des QPV' };
    }
    case CLES_CHIFFRE.partPopulationQpv: {
      const numerateur = operande(resume, CLES_CHIFFRE.populationQpv, date);
      const denominateur = operande(resume, CLES_CHIFFRE.population, date);
      if (!numerateur || !denominateur) return null;
      const valeur = ratioDecimal(numerateur.valeur, denominateur.valeur, 100, 2);
      return valeur === null ? null : { valeur, methode: `population en QPV (${numerateur.origine}) ÷ population (${denominateur.origine}) × 100` };
    }
    default:
      return null;
  }
}

/** An input of a ratio: computed when the platform can, otherwise the declared figure (said so in the method). */
function operande(resume: GeographieResume, cle: string, date: DatePartielle | null): { valeur: Decimal; origine: string } | null {
  const calcule = calculer(resume, cle, date);
  if (calcule?.valeur) return { valeur: calcule.valeur, origine: 'calculée' };
  const declare = chiffreDeReference(resume, cle);
  return declare?.valeur ? { valeur: declare.valeur, origine: 'déclarée' } : null;
}

/**
 * A printed figure differs from the computed one when they differ at the precision the document prints:
 * "20 %" against 18.84 % is a difference (19 ≠ 20); "13 %" against 12.7 % is not.
 */
export function ecartEntre(declare: Decimal | null, calcule: Decimal | null): boolean | null {
  if (declare === null || calcule === null) return null;
  return !egalDecimal(arrondirDecimal(calcule, decimalesDe(declare)), declare);
}
