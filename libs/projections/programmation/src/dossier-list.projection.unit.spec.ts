import { find } from 'mingo';
import { project, projectionSpec, recordEvents } from '@cdv/testing';
import { dossierListProjection, type DossierListDocument } from './dossier-list.projection';
import { dossierListFilter, dossierListQuery, InvalidCursor, toConnection, type DossierListArgs } from './dossier-list.queries';
import { porteurDossiersQuery } from './porteur.queries';
import { assoA, etat, region, scenario, ville } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });
const documents = [...project(dossierListProjection, events).values()];

function run(args: DossierListArgs): DossierListDocument[] {
  const query = dossierListQuery(args);
  return find(documents, query.filter).sort(query.sort).limit(query.limit).all() as unknown as DossierListDocument[];
}
const ids = (docs: readonly DossierListDocument[]) => docs.map((d) => d.dossierId);

describe('dossier list read model', () => {
  it('projects one flat document per dossier, idempotently', () => {
    projectionSpec(dossierListProjection)
      .given(events)
      .then([
        {
          _id: 'd1',
          annee: 2024,
          titre: 'Ateliers parents-enfants',
          statut: 'conventionne',
          decision: 'retenu',
          porteur: assoA,
          pilier: { id: 'p-cohesion', libelle: 'Cohésion sociale' },
          thematique: { id: 'education', libelle: 'Éducation' },
          qpvIds: ['qpv-alma', 'qpv-bourgogne'],
          insee: ['59512'],
          financeurIds: [etat.id, region.id],
          conventionId: 'conv-d1',
          deposeLe: '2024-01-10',
          totaux: { demande: 6_500_00, propose: 0, vote: 4_000_00, engage: 4_000_00, verse: 2_000_00, justifie: 0 },
          totauxParNature: {
            credits_specifiques: { demande: 4_500_00, propose: 0, vote: 4_000_00, engage: 4_000_00, verse: 2_000_00, justifie: 0 },
            droit_commun: { demande: 2_000_00, propose: 0, vote: 0, engage: 0, verse: 0, justifie: 0 },
          },
          lignes: [
            expect.objectContaining({
              ligneId: `${etat.id}:credits_specifiques`,
              statut: 'verse',
              categorie: 'etat_credits_specifiques',
              numeroEngagementJuridique: 'EJ-1',
            }),
            expect.objectContaining({ ligneId: `${region.id}:droit_commun`, statut: 'refuse', demande: 2_000_00 }),
          ],
        },
        {
          _id: 'd2',
          statut: 'retenu',
          intercommunal: true,
          insee: [],
          nombreActions: 3,
          financeurIds: [etat.id, ville.id],
          pilier: { id: 'p-emploi', libelle: 'Emploi' },
          thematique: null,
        },
        { _id: 'd3', statut: 'retenu', porteur: expect.objectContaining({ kind: 'commune' }) },
        { _id: 'd4', statut: 'non_retenu', decision: 'non_retenu', lignes: [expect.objectContaining({ statut: 'refuse' })] },
        { _id: 'd5', statut: 'en_instruction', decision: null },
        { _id: 'd6', statut: 'abandonne', decision: null },
      ]);
  });

  it('keeps the accent-free search text and the title sort key up to date', () => {
    const d1 = documents.find((d) => d._id === 'd1')!;
    expect(d1.triTitre).toBe('ateliers parents enfants');
    expect(d1.texte).toContain('les petits pas');
    expect(d1.texte).toContain('centre social');
    expect(d1.texte).toContain('qn05912m');
  });
});

describe('dossier list queries', () => {
  it.each<[string, DossierListArgs['filter'], string[]]>([
    ['year', { annee: 2024 }, ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']],
    ['status', { statut: ['retenu', 'conventionne'] }, ['d1', 'd2', 'd3']],
    ['pilier', { pilierId: 'p-cohesion' }, ['d1', 'd3']],
    ['no pilier', { pilierId: null }, ['d4', 'd5', 'd6']],
    ['QPV', { qpvId: 'qpv-alma' }, ['d1', 'd3']],
    ['commune (INSEE)', { commune: '59512' }, ['d1', 'd3', 'd4', 'd5', 'd6']],
    ['commune by name, case ignored (a référentiel without INSEE codes)', { commune: 'ROUBAIX' }, ['d1', 'd3', 'd4', 'd5', 'd6']],
    ['commune by name: the whole name', { commune: 'Roub' }, []],
    ['intercommunal', { intercommunal: true }, ['d2']],
    ['porteur', { porteurId: 'asso-a' }, ['d1', 'd2']],
    ['financeur', { financeurId: 'region-hdf' }, ['d1', 'd3']],
    ['text, accents and case ignored', { texte: 'ÉLAN sportif' }, ['d4']],
    ['text over description and QPV code', { texte: 'centre qn05912m' }, ['d1']],
    ['text: every word must match', { texte: 'ateliers emploi' }, []],
    ['text: punctuation is ignored', { texte: '(parcours) emploi.*' }, ['d2']],
    ['combined', { annee: 2024, porteurId: 'asso-a', statut: 'retenu' }, ['d2']],
  ])('filters by %s', (_label, filter, expected) => {
    expect(ids(run({ filter, sort: { field: 'titre', direction: 'asc' }, first: 50 })).sort()).toEqual(expected);
  });

  it('finds an imported dossier by its reference in the source system (the spreadsheet’s « Référence du dossier »)', () => {
    const depot = events.find((e) => e.type === 'DossierDepose')!;
    const importe = recordEvents(
      [
        {
          stream: 'mel:dossier-d-import',
          event: {
            type: 'DossierDepose',
            data: { ...(depot.data as Record<string, unknown>), dossierId: 'd-import', titre: 'Jardin partagé', referenceExterne: 'PRE-2019/07' },
          },
        },
        {
          stream: 'mel:dossier-d-import',
          event: {
            type: 'FinancementDemande',
            data: {
              dossierId: 'd-import',
              ligneId: 'etat:cs',
              financeur: etat,
              nature: 'credits_specifiques',
              modalite: 'numeraire',
              montant: 100,
              avertissements: [],
            },
          },
        },
      ],
      { tenantId: 'mel', firstPosition: 1_000 },
    );
    const avecImport = [...project(dossierListProjection, [...events, ...importe]).values()];
    const cherche = (texte: string) => {
      const query = dossierListQuery({ filter: { texte }, first: 50 });
      return (find(avecImport, query.filter).all() as unknown as DossierListDocument[]).map((d) => d.dossierId);
    };
    // a line's event leaves the search keys as the deposit wrote them
    expect(avecImport.find((d) => d._id === 'd-import')!.texte).toContain('pre 2019 07');
    expect(cherche('PRE-2019/07')).toEqual(['d-import']);
    expect(cherche('pre-2019')).toEqual(['d-import']);
    expect(cherche('PRE-2019/08')).toEqual([]);
  });

  it('pages with Relay cursors on a stable sort (value, then _id)', () => {
    const args = (after?: string): DossierListArgs => ({
      filter: { annee: 2024 },
      sort: { field: 'coutTotal', direction: 'desc' },
      first: 2,
      ...(after ? { after } : {}),
    });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const connection = toConnection(run(args(after)), args(after));
      seen.push(...connection.edges.map((e) => e.node.dossierId));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(['d6', 'd5', 'd4', 'd2', 'd1', 'd3']);
  });

  it('refuses a cursor of another sort or a forged one', () => {
    const connection = toConnection(run({ sort: { field: 'titre', direction: 'asc' }, first: 1 }), { sort: { field: 'titre', direction: 'asc' }, first: 1 });
    expect(() => dossierListQuery({ sort: { field: 'coutTotal', direction: 'asc' }, after: connection.pageInfo.endCursor! })).toThrow(InvalidCursor);
    expect(() => dossierListQuery({ after: 'not-a-cursor' })).toThrow(InvalidCursor);
  });

  it('an empty filter matches everything; a porteur only ever sees its own dossiers', () => {
    expect(dossierListFilter({})).toEqual({});
    const query = porteurDossiersQuery('asso-a', { filter: { porteurId: 'asso-b' } });
    expect(
      find(documents, query.filter)
        .all()
        .map((d) => d._id)
        .sort(),
    ).toEqual(['d1', 'd2']);
  });
});
