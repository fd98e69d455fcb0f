import type { RecordedEvent } from '@cdv/eventsourcing';
import { APPEL_EVENT_TYPES } from './appel/appel.events';
import { COMITE_EVENT_TYPES } from './comite/comite.events';
import { anneesConcernees, dossiersConcernes, financeursConcernes } from './concerne';
import { CONVENTION_EVENT_TYPES } from './convention/convention.events';
import { DOSSIER_EVENT_TYPES } from './dossier/dossier.events';
import { uneAnneeComplete } from './programmation.mother';

const EVERY_TYPE = [...APPEL_EVENT_TYPES, ...DOSSIER_EVENT_TYPES, ...COMITE_EVENT_TYPES, ...CONVENTION_EVENT_TYPES];

describe('which dossiers and years an event concerns, on every event type as the deciders record it', () => {
  let events: RecordedEvent[];
  beforeAll(async () => {
    events = await uneAnneeComplete();
  });
  const first = (type: string, stream?: string) => {
    const found = events.find((event) => event.type === type && (stream === undefined || event.stream === stream));
    if (!found) throw new Error(`no ${type}${stream ? ` in ${stream}` : ''} in the mother`);
    return found;
  };

  it('the mother records every event type of the programmation context', () => {
    expect(EVERY_TYPE.filter((type) => !events.some((event) => event.type === type))).toEqual([]);
  });

  it('a dossier event concerns its dossier; its year is the deposit\u2019s', () => {
    for (const event of events.filter((candidate) => candidate.stream.startsWith('mel:dossier-'))) {
      const id = event.stream.slice('mel:dossier-'.length);
      expect([event.type, dossiersConcernes(event)[0]]).toEqual([event.type, id]);
      expect(anneesConcernees(event)).toEqual(event.type === 'DossierDepose' ? [(event.data as { annee: number }).annee] : []);
    }
  });

  it('a deposit carrying on an ajourné dossier also concerns the one it continues', () => {
    expect(dossiersConcernes(first('DossierDepose', 'mel:dossier-d5'))).toEqual(['d5', 'd3']);
  });

  it('the comité\u2019s decisions name their dossiers in decisions[].dossierId', () => {
    expect(dossiersConcernes(first('ProgrammationArretee'))).toEqual(['d1', 'd2', 'd3']);
    expect(anneesConcernees(first('ProgrammationArretee'))).toEqual([2024]);
    expect([dossiersConcernes(first('ComiteConvoque')), anneesConcernees(first('ComiteConvoque'))]).toEqual([[], [2024]]);
    expect([dossiersConcernes(first('ComiteClos')), anneesConcernees(first('ComiteClos'))]).toEqual([[], []]);
  });

  it('a convention names its dossiers in dossiers[].dossierId and belongs to every year it covers', () => {
    expect(dossiersConcernes(first('ConventionSignee'))).toEqual(['d1']);
    expect(anneesConcernees(first('ConventionSignee'))).toEqual([2024, 2025]);
    expect([dossiersConcernes(first('TrancheEngagee')), anneesConcernees(first('TrancheEngagee'))]).toEqual([['d1'], [2024]]);
    expect([dossiersConcernes(first('DossierRattacheAConvention')), anneesConcernees(first('DossierRattacheAConvention'))]).toEqual([['d5'], [2025]]);
  });

  it('appel events concern a year and no dossier', () => {
    for (const type of APPEL_EVENT_TYPES) expect([type, dossiersConcernes(first(type)), anneesConcernees(first(type))]).toEqual([type, [], [2024]]);
  });

  it('the financeurs an event concerns: its line’s (ligneId = financeurId:nature), an envelope’s, a comité’s, a convention’s', () => {
    const of = (type: string, stream?: string) => financeursConcernes(first(type, stream));
    expect(of('FinancementDemande', 'mel:dossier-d1')).toEqual(['prefecture-nord']);
    for (const type of ['FinancementPropose', 'FinancementVote', 'FinancementEngage', 'VersementEffectue', 'FinancementJustifie', 'MontantCorrige']) {
      expect([type, of(type)]).toEqual([type, ['prefecture-nord']]);
    }
    expect(of('FinancementRefuse')).toEqual(['region-hdf']);
    expect(of('DemandeFinancementRetiree')).toEqual(['ville-roubaix']);
    expect(of('AvisEmis')).toEqual(['prefecture-nord']);
    expect(of('EnveloppeFixee')).toEqual(['region-hdf']);
    expect(of('ComiteConvoque')).toEqual(['prefecture-nord', 'region-hdf']);
    expect(of('MembresComiteCorriges')).toEqual(['prefecture-nord', 'region-hdf']);
    expect(of('ReliquatsConstates')).toEqual(['prefecture-nord']);
    expect(of('ProgrammationArretee')).toEqual(['prefecture-nord', 'region-hdf']);
    expect(of('ConventionSignee')).toEqual(['prefecture-nord']);
    expect(of('TrancheEngagee')).toEqual(['prefecture-nord']);
    expect(of('DossierDepose')).toEqual([]);
  });

  it('events of other contexts, unknown types and malformed payloads concern nothing', () => {
    expect(dossiersConcernes({ type: 'PartenaireEnregistre', data: { dossierId: 'x' } })).toEqual([]);
    expect(dossiersConcernes({ type: 'ProgrammationArretee', data: { decisions: 'pas une liste' } })).toEqual([]);
    expect(dossiersConcernes({ type: 'DossierDepose', data: null })).toEqual([]);
    expect(anneesConcernees({ type: 'ConventionSignee', data: {} })).toEqual([]);
  });
});
