import { MemoryEventStore, type NewEvent } from '@cdv/eventsourcing';
import { dossierDetailProjection } from '@cdv/projections-programmation';
import { recordEvents } from '@cdv/testing';
import { MODELES_DU_RAPPORT } from './rapport.queries';
import { projectionsDuRapport } from './projections-du-rapport';

const TENANT = 'cabbalr';
const contexte = { tenantId: TENANT, actor: { userId: 'agent', role: 'agent' as const }, source: 'api' as const };
const depose = (dossierId: string, annee: number): NewEvent => ({
  type: 'DossierDepose',
  data: {
    dossierId,
    annee,
    porteur: { id: 'asso', nom: 'Asso', kind: 'association' },
    titre: dossierId,
    description: '',
    publics: [],
    perimetre: { type: 'intercommunal' },
    qpv: [],
    classement: {},
    coutTotal: 1_000_00,
    dateDebut: `${annee}-01-01`,
    dateFin: `${annee}-12-31`,
    nombreActions: 1,
    serie: { id: dossierId, rang: 1 },
    depotTardif: false,
  },
  metadata: contexte,
});

describe('projectionsDuRapport: the read models a report rebuilt from the log needs', () => {
  it('are the report’s read models (MODELES_DU_RAPPORT), in its order', async () => {
    const projections = await projectionsDuRapport(new MemoryEventStore(), TENANT, 2019);
    expect(projections.map((p) => p.name)).toEqual([...MODELES_DU_RAPPORT]);
  });

  it('keep the dossier details of the year’s dossiers only: another year’s dossier events touch no document', async () => {
    const store = new MemoryEventStore();
    await store.append(`${TENANT}:dossier-d-2018`, [depose('d-2018', 2018)], { expectedRevision: 'no_stream' });
    await store.append(`${TENANT}:dossier-d-2019`, [depose('d-2019', 2019)], { expectedRevision: 'no_stream' });
    await store.append(
      `mel:dossier-d-mel`,
      [depose('d-mel', 2019)].map((e) => ({ ...e, metadata: { ...e.metadata, tenantId: 'mel' } })),
      {
        expectedRevision: 'no_stream',
      },
    );
    const detail = (await projectionsDuRapport(store, TENANT, 2019)).find((p) => p.name === dossierDetailProjection.name)!;
    const [retenu2018, retenu2019, autreTenant] = recordEvents(
      ['d-2018', 'd-2019', 'd-mel'].map((dossierId) => ({ stream: `${TENANT}:dossier-${dossierId}`, event: { type: 'DossierRetenu', data: { dossierId } } })),
      { tenantId: TENANT },
    );
    expect(detail.documentIds(retenu2019)).toEqual(['d-2019']);
    expect(detail.documentIds(retenu2018)).toEqual([]);
    expect(detail.documentIds(autreTenant)).toEqual([]);
    // everything else is the dossier details' projection itself
    expect({ ...detail, documentIds: null }).toEqual({ ...dossierDetailProjection, documentIds: null });
  });
});
