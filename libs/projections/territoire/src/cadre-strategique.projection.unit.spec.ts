import type { DomainEvent } from '@cdv/eventsourcing';
import type { ObjectifAjoute, ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { aggregate, find } from 'mingo';
import { cadreStrategiqueProjection, type CadreStrategiqueDocument } from './cadre-strategique.projection';
import { arbre, cadreStrategiqueQuery, noeudsPipeline, versionDuNoeudQuery } from './cadre-strategique.queries';

const T = 'cabbalr';
const record = (entries: ReferentielEvent[]) =>
  recordEvents(
    entries.map((event) => ({ stream: `${T}:cadre-cv-cabbalr`, event: event as DomainEvent })),
    { tenantId: T },
  );
const noeud = (data: Partial<ObjectifAjoute['data']> & Pick<ObjectifAjoute['data'], 'noeudId' | 'libelle'>): ReferentielEvent => ({
  type: 'ObjectifAjoute',
  data: {
    cadreId: 'cv-cabbalr',
    version: 1,
    dimension: 'piliers',
    parentId: null,
    niveau: 0,
    code: null,
    libelleAffiche: null,
    variantes: [],
    liens: [],
    ...data,
  },
});
const dimensions = [
  { code: 'piliers', libelle: 'Piliers', niveaux: ['pilier', 'orientation', 'objectif opérationnel'] },
  { code: 'feuille-de-route', libelle: 'Feuille de route', niveaux: ['priorité', 'sous-priorité'] },
];

const events = record([
  {
    type: 'CadreStrategiqueDefini',
    data: { cadreId: 'cv-cabbalr', version: 1, intitule: 'Cadre 2018', contratId: 'cv-cabbalr', dimensions, validations: [], versionPrecedente: null },
  },
  noeud({ noeudId: 'v1.P3', code: 'P3', libelle: 'PILIER 3. EMPLOI, INSERTION ET DEVELOPPEMENT ECONOMIQUE' }),
  noeud({ noeudId: 'v1.P3.o1', parentId: 'v1.P3', niveau: 1, libelle: "Renforcer l'employabilité" }),
  noeud({ noeudId: 'v1.P3.o1.2', parentId: 'v1.P3.o1', niveau: 2, libelle: 'Informar les habitants des QPV' }),
  noeud({ noeudId: 'v1.fdr.1', dimension: 'feuille-de-route', code: '1', libelle: 'Optimiser la Charte', liens: ['v1.P3'] }),
  noeud({ noeudId: 'v1.fdr.1.1', dimension: 'feuille-de-route', parentId: 'v1.fdr.1', niveau: 1, code: '1.1', libelle: 'Education et orientation scolaire' }),
  { type: 'LibelleAfficheDefini', data: { cadreId: 'cv-cabbalr', version: 1, noeudId: 'v1.P3.o1.2', libelleAffiche: 'Informer les habitants des QPV' } },
  {
    type: 'CadreStrategiqueDefini',
    data: { cadreId: 'cv-cabbalr', version: 2, intitule: 'Cadre 2021', contratId: 'cv-cabbalr', dimensions, validations: [], versionPrecedente: 1 },
  },
  noeud({ noeudId: 'v2.emploi', version: 2, libelle: 'Emploi' }),
  {
    type: 'CorrespondanceVersionsDeclaree',
    data: { cadreId: 'cv-cabbalr', versionSource: 1, versionCible: 2, correspondances: [{ de: 'v1.P3', vers: ['v2.emploi'] }] },
  },
]);

describe('cadreStrategique projection', () => {
  it('keeps one document per version, the old one superseded and mapped to the new one', () => {
    projectionSpec(cadreStrategiqueProjection)
      .given(events)
      .then([
        {
          _id: 'cv-cabbalr:v1',
          statut: 'remplacee',
          remplaceePar: 2,
          dimensions: [
            { ...dimensions[0], racines: ['v1.P3'] },
            { ...dimensions[1], racines: ['v1.fdr.1'] },
          ],
          correspondancesSortantes: [{ de: 'v1.P3', vers: ['v2.emploi'], versionCible: 2 }],
        },
        { _id: 'cv-cabbalr:v2', statut: 'courante', correspondancesEntrantes: [{ de: 'v1.P3', vers: ['v2.emploi'], versionSource: 1 }] },
      ]);
  });

  it('serves the current version, the version of a node, the nodes of a dimension and the tree', () => {
    const { documents } = projectionSpec(cadreStrategiqueProjection).given(events);
    const all = [...documents.values()];
    expect((find(all, cadreStrategiqueQuery('cv-cabbalr').filter).all() as unknown as CadreStrategiqueDocument[]).map((d) => d.version)).toEqual([2]);
    expect((find(all, versionDuNoeudQuery('v1.P3.o1').filter).all() as unknown as CadreStrategiqueDocument[]).map((d) => d.version)).toEqual([1]);
    const rows = aggregate(all, noeudsPipeline('cv-cabbalr', 1, 'feuille-de-route')) as Array<{ noeudId: string; niveauLibelle: string }>;
    expect(rows.map((r) => [r.noeudId, r.niveauLibelle])).toEqual([
      ['v1.fdr.1', 'priorité'],
      ['v1.fdr.1.1', 'sous-priorité'],
    ]);
    const tree = arbre(documents.get('cv-cabbalr:v1')!, 'piliers');
    expect(tree[0].sousNoeuds[0].sousNoeuds[0]).toMatchObject({
      libelle: 'Informar les habitants des QPV',
      libelleAffiche: 'Informer les habitants des QPV',
      niveauLibelle: 'objectif opérationnel',
    });
  });
});
