import { addCents, type Cents, type CentsSum, type Projection, type ReadDocument, type RecordedEvent } from '@cdv/eventsourcing';
import { CONVENTION_EVENT_TYPES, type ConventionEvent, type FinanceurRef, type PorteurRef, type TypeConvention } from '@cdv/domain-programmation';

/** A convention / CPO with the dossiers of each year and its tranches: the stable identifier across years. */
export interface ConventionDocument extends ReadDocument {
  conventionId: string;
  typeConvention: TypeConvention;
  objet: string;
  porteur: PorteurRef;
  signataires: FinanceurRef[];
  anneeDebut: number;
  anneeFin: number;
  dateSignature: string;
  numeroEngagementJuridique: string | null;
  dossiers: Array<{ dossierId: string; annee: number }>;
  tranches: Array<{ annee: number; dossierId: string; ligneId: string; financeurId: string; montant: Cents; numeroEngagementJuridique: string | null }>;
}

export function evolveConvention(document: ConventionDocument | null, event: RecordedEvent): ConventionDocument | null {
  const domain = { type: event.type, data: event.data } as ConventionEvent;
  if (domain.type === 'ConventionSignee') {
    const d = domain.data;
    return {
      _id: d.conventionId,
      conventionId: d.conventionId,
      typeConvention: d.typeConvention,
      objet: d.objet,
      porteur: d.porteur,
      signataires: d.signataires,
      anneeDebut: d.anneeDebut,
      anneeFin: d.anneeFin,
      dateSignature: d.dateSignature,
      numeroEngagementJuridique: d.numeroEngagementJuridique ?? null,
      dossiers: d.dossiers,
      tranches: [],
    };
  }
  if (!document) return null;
  if (domain.type === 'DossierRattacheAConvention') {
    return { ...document, dossiers: [...document.dossiers, { dossierId: domain.data.dossierId, annee: domain.data.annee }] };
  }
  const d = domain.data;
  const tranches = [
    ...document.tranches,
    {
      annee: d.annee,
      dossierId: d.dossierId,
      ligneId: d.ligneId,
      financeurId: d.financeurId,
      montant: d.montant,
      numeroEngagementJuridique: d.numeroEngagementJuridique ?? null,
    },
  ];
  return { ...document, tranches };
}

/** What the tranches engaged, summed exactly when it is read (see totalVoteDuComite). */
export function totalEngageDeLaConvention(document: Pick<ConventionDocument, 'tranches'>): CentsSum {
  return document.tranches.reduce<CentsSum>((sum, tranche) => addCents(sum, tranche.montant), 0);
}

export const conventionProjection: Projection<ConventionDocument> = {
  name: 'conventions',
  // 2: totalEngage is summed when read (totalEngageDeLaConvention)
  version: 2,
  eventTypes: CONVENTION_EVENT_TYPES,
  documentIds: (event) => [(event.data as { conventionId: string }).conventionId],
  evolve: evolveConvention,
  indexes: [{ keys: { 'porteur.id': 1 } }, { keys: { 'dossiers.dossierId': 1 } }],
};
