import { eventLabel, humanizeEventType, withEventLabels } from './event-labels';

describe('event labels', () => {
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
