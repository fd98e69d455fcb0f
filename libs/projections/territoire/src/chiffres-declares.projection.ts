import type { Projection, ReadDocument } from '@cdv/eventsourcing';
import type { DatePartielle, Decimal, TypeSujet } from '@cdv/domain-territoire';
import { calculer, ecartEntre, EVENEMENTS_GEOGRAPHIE, evolveResume, resumeVide, type ChiffreResume, type GeographieResume } from './shared/geographie';

export interface ChiffreDeclareVue {
  chiffreId: string;
  documentId: string;
  cle: string;
  libelle: string;
  sujet: { type: TypeSujet; id: string | null };
  valeurImprimee: string;
  valeurDeclaree: Decimal | null;
  unite: string | null;
  qualificatif: string | null;
  dateReference: DatePartielle | null;
  source: { document: string; localisation: string };
  /** What the platform computes for the same thing from its own data; null when it has no rule or no data. */
  valeurCalculee: Decimal | null;
  methode: string | null;
  ecart: boolean | null;
  statut: 'concorde' | 'ecart' | 'non_calculable';
  corrections: ChiffreResume['corrections'];
}

export interface ChiffresDeclaresDocument extends ReadDocument {
  tenantId: string;
  chiffres: ChiffreDeclareVue[];
  nombreEcarts: number;
  base: GeographieResume;
}

function vue(base: GeographieResume, chiffre: ChiffreResume): ChiffreDeclareVue {
  const calcule = chiffre.sujet.type === 'territoire' ? calculer(base, chiffre.cle, chiffre.dateReference) : null;
  const ecart = ecartEntre(chiffre.valeur, calcule?.valeur ?? null);
  return {
    chiffreId: chiffre.chiffreId,
    documentId: chiffre.documentId,
    cle: chiffre.cle,
    libelle: chiffre.libelle,
    sujet: chiffre.sujet,
    valeurImprimee: chiffre.valeurImprimee,
    valeurDeclaree: chiffre.valeur,
    unite: chiffre.unite,
    qualificatif: chiffre.qualificatif,
    dateReference: chiffre.dateReference,
    source: { document: chiffre.document, localisation: chiffre.localisation },
    valeurCalculee: calcule?.valeur ?? null,
    methode: calcule?.methode ?? null,
    ecart,
    statut: ecart === null ? 'non_calculable' : ecart ? 'ecart' : 'concorde',
    corrections: chiffre.corrections,
  };
}

/**
 * One document per tenant listing every figure printed in its source documents, each beside the value computed
 * from the platform's data, with the difference flagged (never overwriting the printed figure).
 */
export const chiffresDeclaresProjection: Projection<ChiffresDeclaresDocument> = {
  name: 'chiffresDeclares',
  version: 1,
  eventTypes: [...EVENEMENTS_GEOGRAPHIE],
  documentIds: (event) => [event.metadata.tenantId],
  evolve(document, event) {
    const base = evolveResume(document?.base ?? resumeVide(), event);
    const chiffres = [...base.chiffres].sort((a, b) => a.ordre - b.ordre).map((chiffre) => vue(base, chiffre));
    return {
      _id: event.metadata.tenantId,
      tenantId: event.metadata.tenantId,
      chiffres,
      nombreEcarts: chiffres.filter((c) => c.ecart === true).length,
      base,
    };
  },
};
