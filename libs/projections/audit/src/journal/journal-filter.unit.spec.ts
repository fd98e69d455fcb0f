import type { ConventionSignee, FinancementDemande, FinancementVote, ProgrammationArretee } from '@cdv/domain-programmation';
import { recordEvents } from '@cdv/testing';
import { invalidDateRange, matchesJournalFilter } from './journal-filter';

// Payloads typed by the domain's event types: the filter is tested on the shapes the deciders record.
const caf = { id: 'caf', nom: 'CAF du Nord', categorie: 'caf' as const };
const demande: FinancementDemande['data'] = {
  dossierId: '1',
  ligneId: 'caf:droit_commun',
  financeur: caf,
  nature: 'droit_commun',
  modalite: 'numeraire',
  montant: 100,
  avertissements: [],
};
const vote: FinancementVote['data'] = { dossierId: '1', ligneId: 'etat-bop147:credits_specifiques', montant: 100, avertissements: [] };
const decision = (dossierId: string) => ({ dossierId, decision: 'retenu' as const, lignes: [] });
const arretee: ProgrammationArretee['data'] = {
  comiteId: '2024-1',
  annee: 2024,
  date: '2024-01-12',
  presents: ['etat-bop147'],
  decisions: [decision('1'), decision('2')],
};
const signee: ConventionSignee['data'] = {
  conventionId: '9',
  typeConvention: 'annuelle',
  objet: 'Ateliers',
  porteur: { id: 'asso-1', nom: 'Asso', kind: 'association' },
  signataires: [caf],
  anneeDebut: 2024,
  anneeFin: 2024,
  dateSignature: '2024-01-20',
  dossiers: [{ dossierId: '2', annee: 2024 }],
};
const [depot, voteEvent, comite, autre, convention] = recordEvents(
  [
    { stream: 'mel:dossier-1', event: { type: 'FinancementDemande', data: demande } },
    {
      stream: 'mel:dossier-1',
      event: { type: 'FinancementVote', data: vote },
      metadata: { actor: { userId: 'u-etat', role: 'instructeur', organisationId: 'etat' }, effectiveAt: '2024-01-10' },
    },
    { stream: 'mel:comite-2024-1', event: { type: 'ProgrammationArretee', data: arretee } },
    { stream: 'mel:dossier-2', event: { type: 'DossierMisEnInstruction', data: { dossierId: '2' } } },
    { stream: 'mel:convention-9', event: { type: 'ConventionSignee', data: signee } },
  ],
  { startAt: '2024-01-15T09:00:00.000Z' },
);
const all = [depot, voteEvent, comite, autre, convention];
const ids = (filter: Parameters<typeof matchesJournalFilter>[1]) =>
  all.filter((event) => matchesJournalFilter(event, filter)).map((event) => all.indexOf(event));

describe('matchesJournalFilter', () => {
  it('filters by actor, organisation and types', () => {
    expect(ids({ userId: 'u-etat' })).toEqual([1]);
    expect(ids({ organisationId: 'etat' })).toEqual([1]);
    expect(ids({ eventTypes: ['FinancementDemande', 'ProgrammationArretee'] })).toEqual([0, 2]);
    expect(ids({ eventTypes: [] })).toEqual([0, 1, 2, 3, 4]);
  });

  it('filters by recorded and effective dates (from inclusive, to exclusive)', () => {
    expect(ids({ recorded: { from: '2024-01-15T09:01:00.000Z', to: '2024-01-15T09:03:00.000Z' } })).toEqual([1, 2]);
    // The vote took effect on 10 January; the others have no separate effective date (recorded on 15 January).
    expect(ids({ effective: { to: '2024-01-15' } })).toEqual([1]);
    expect(ids({ effective: { from: '2024-01-15' } })).toEqual([0, 2, 3, 4]);
  });

  it('filters by stream, dossier (own stream and references) and financeur (at any depth)', () => {
    expect(ids({ stream: 'dossier-1' })).toEqual([0, 1]);
    expect(ids({ stream: 'mel:dossier-1' })).toEqual([0, 1]);
    // the comité names its dossiers in decisions[].dossierId, the convention in dossiers[].dossierId
    expect(ids({ dossierId: '1' })).toEqual([0, 1, 2]);
    expect(ids({ dossierId: '2' })).toEqual([2, 3, 4]);
    expect(ids({ financeurId: 'caf' })).toEqual([0, 4]);
    expect(ids({ financeurId: 'etat-bop147', userId: 'u-etat' })).toEqual([1]);
  });

  it('names a malformed date', () => {
    expect(invalidDateRange({ recorded: { from: 'hier' } })).toEqual({ field: 'recorded.from', value: 'hier' });
    expect(invalidDateRange({ effective: { to: '2024-02-01' } })).toBeNull();
  });
});
