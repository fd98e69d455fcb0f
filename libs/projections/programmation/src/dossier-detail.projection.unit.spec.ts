import { find } from 'mingo';
import { project, projectionSpec, recordEvents } from '@cdv/testing';
import { dossierDetailProjection, type DossierDetailDocument } from './dossier-detail.projection';
import { dossierDetailFilter } from './dossier-detail.queries';
import { PORTEUR_DETAIL_PROJECTION, porteurDossierDetailFilter } from './porteur.queries';
import { etat, scenario } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });
const dossierEvents = events.filter((e) => e.stream.startsWith('mel:dossier-'));

describe('dossier detail read model', () => {
  it('holds lines, avis, versements, corrections, decisions and the full history', () => {
    const { documents } = projectionSpec(dossierDetailProjection).given(events);
    const d1 = documents.get('d1')!;
    expect(d1).toMatchObject({
      statut: 'conventionne',
      description: 'Ateliers hebdomadaires au centre social',
      classement: { thematique: { id: 'education' } },
      dateDebut: '2024-03-01',
      avis: [{ auteurId: 'caf-nord', avis: 'reserve', commentaire: 'Public à préciser', precedent: null }],
      versements: [
        { versementId: 'v1', ligneId: `${etat.id}:credits_specifiques`, type: 'avance', montant: 2_000_00, totalVerse: 2_000_00, date: '2024-04-20' },
      ],
      corrections: [
        { ligneId: `${etat.id}:credits_specifiques`, etape: 'demande', avant: 5_000_00, apres: 4_500_00, reason: 'erreur de saisie du plan de financement' },
      ],
      decisions: [{ type: 'DossierRetenu', comiteId: '2024-1', le: '2024-03-28' }],
      convention: { conventionId: 'conv-d1', typeConvention: 'annuelle' },
    });
    const d1Events = dossierEvents.filter((e) => e.stream === 'mel:dossier-d1');
    expect(d1.revision).toBe(d1Events.length - 1);
    expect(d1.historique.map((h) => h.type)).toEqual(d1Events.map((e) => e.type));
    expect(d1.historique.find((h) => h.type === 'MontantCorrige')).toMatchObject({
      reason: 'erreur de saisie du plan de financement',
      actor: { role: 'agent' },
    });
    expect(d1.historique.find((h) => h.type === 'FinancementVote')).toMatchObject({ effectiveAt: '2024-03-28' });
    expect(documents.get('d6')).toMatchObject({ statut: 'abandonne', decisions: [{ type: 'DossierAbandonne', motif: 'salariée partie' }] });
  });

  it('records the bilan, its indicators and the solde', () => {
    const later = recordEvents(
      [
        { stream: 'mel:dossier-d1', event: { type: 'ActionDemarree', data: { dossierId: 'd1', dateDebut: '2024-03-01' } } },
        {
          stream: 'mel:dossier-d1',
          event: {
            type: 'BilanDepose',
            data: {
              dossierId: 'd1',
              coutRealise: 9_000_00,
              beneficiaires: { total: 10, femmes: 6, hommes: 4, nonRenseigne: 0, parTrancheAge: [], residentsQpv: 8 },
              recit: 'ok',
            },
          },
        },
        {
          stream: 'mel:dossier-d1',
          event: { type: 'IndicateurRenseigne', data: { dossierId: 'd1', indicateurId: 'i1', libelle: 'familles', valeur: 10, precedente: null } },
        },
        {
          stream: 'mel:dossier-d1',
          event: { type: 'IndicateurRenseigne', data: { dossierId: 'd1', indicateurId: 'i1', libelle: 'familles', valeur: 12, precedente: 10 } },
        },
        {
          stream: 'mel:dossier-d1',
          event: { type: 'DossierSolde', data: { dossierId: 'd1', totaux: { vote: 4_000_00, engage: 4_000_00, verse: 2_000_00, justifie: 0 } } },
        },
      ],
      { tenantId: 'mel', firstPosition: events.length + 1 },
    );
    const documents = project(dossierDetailProjection, [...events, ...later]);
    expect(documents.get('d1')).toMatchObject({
      statut: 'solde',
      actionDemarreeLe: '2024-03-01',
      bilan: { coutRealise: 9_000_00, beneficiaires: { femmes: 6, residentsQpv: 8 } },
      indicateurs: [{ indicateurId: 'i1', valeur: 12 }],
      solde: { totaux: { verse: 2_000_00 } },
    });
  });

  it('serves a porteur its own dossier without the instruction\u2019s internals', () => {
    const documents = [...project(dossierDetailProjection, events).values()];
    expect(find(documents, dossierDetailFilter('d1')).all()).toHaveLength(1);
    expect(find(documents, porteurDossierDetailFilter('asso-b', 'd1')).all()).toHaveLength(0);
    const [mine] = find(documents, porteurDossierDetailFilter('asso-a', 'd1'), PORTEUR_DETAIL_PROJECTION).all() as unknown as DossierDetailDocument[];
    expect(mine.titre).toBe('Ateliers parents-enfants');
    expect(mine).not.toHaveProperty('avis');
    expect(mine.historique[0]).not.toHaveProperty('actor');
    expect(mine.lignes[0]).not.toHaveProperty('avertissements');
    expect(mine.corrections[0]).not.toHaveProperty('par');
  });
});
