import { SCEAU_EVENT_TYPES } from '@cdv/domain-audit';
import { APPEL_EVENT_TYPES, CATALOGUE_PIECES_EVENT_TYPES, COMITE_EVENT_TYPES, CONVENTION_EVENT_TYPES, DOSSIER_EVENT_TYPES } from '@cdv/domain-programmation';
import { DISPOSITIF_EVENT_TYPES, RAPPORT_EVENT_TYPES } from '@cdv/domain-rapport';
import { REFERENTIEL_EVENT_TYPES } from '@cdv/domain-territoire';
import { EVENT_LABELS, eventLabel, humanizeEventType, withEventLabels } from './event-labels';

describe('event labels', () => {
  it('has a French label, with its accents, for every event type of every context', () => {
    const types = [
      ...REFERENTIEL_EVENT_TYPES,
      ...APPEL_EVENT_TYPES,
      ...DOSSIER_EVENT_TYPES,
      ...COMITE_EVENT_TYPES,
      ...CONVENTION_EVENT_TYPES,
      ...CATALOGUE_PIECES_EVENT_TYPES,
      // the tenant's financing rules (libs/application/programmation/src/regles)
      'ReglesFinancementDefinies',
      ...RAPPORT_EVENT_TYPES,
      ...DISPOSITIF_EVENT_TYPES,
      ...SCEAU_EVENT_TYPES,
    ];
    expect(types.filter((type) => !Object.prototype.hasOwnProperty.call(EVENT_LABELS, type))).toEqual([]);
    expect(eventLabel('FinancementPropose')).toBe('Financement proposé');
    expect(eventLabel('DossierConventionne')).toBe('Dossier conventionné');
    expect(eventLabel('RapportArrete')).toBe('Rapport annuel arrêté');
  });

  it('uses the registry (French, with accents) and falls back on the split type name', () => {
    expect(eventLabel('DossierDepose')).toBe('Dossier déposé');
    expect(eventLabel('SceauPose')).toBe('Sceau posé');
    expect(eventLabel('TrancheAnnuleeParErreur')).toBe('Tranche annulee par erreur');
    expect(eventLabel('DossierDepose', {})).toBe('Dossier depose');
  });

  it('splits case changes and single-letter words', () => {
    expect(humanizeEventType('AppelAProjetsOuvert')).toBe('Appel a projets ouvert');
    expect(humanizeEventType('QpvDeclare')).toBe('Qpv declare');
    expect(humanizeEventType('Bop147Ajoute')).toBe('Bop147 ajoute');
    expect(humanizeEventType('')).toBe('');
  });

  it('lets a context add or override labels', () => {
    const labels = withEventLabels({ SerieOuverte: 'Série ouverte', DossierDepose: 'Dossier reçu' });
    expect(eventLabel('SerieOuverte', labels)).toBe('Série ouverte');
    expect(eventLabel('DossierDepose', labels)).toBe('Dossier reçu');
    expect(eventLabel('AvisEmis', labels)).toBe('Avis émis');
    expect(eventLabel('toString', labels)).toBe('To string'); // not Object.prototype's
  });
});
