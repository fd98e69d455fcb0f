import type { DomainEvent } from '@cdv/eventsourcing';
import type { PartenaireEnregistre, ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { aggregate, find } from 'mingo';
import { partenairesProjection, type PartenaireDocument } from './partenaires.projection';
import { financeursParCategoriePipeline, partenairesQuery, type PartenairesFiltre } from './partenaires.queries';

const T = 'cabbalr';
const record = (entries: Array<[string, ReferentielEvent]>) =>
  recordEvents(
    entries.map(([stream, event]) => ({ stream: `${T}:${stream}`, event: event as DomainEvent })),
    { tenantId: T },
  );
const enregistre = (data: Partial<PartenaireEnregistre['data']> & Pick<PartenaireEnregistre['data'], 'partenaireId' | 'nom' | 'nature'>): ReferentielEvent => ({
  type: 'PartenaireEnregistre',
  data: { alias: [], siret: null, siren: null, rna: null, roles: [], categorieFinanceur: null, communes: [], associationPorteuseId: null, ...data },
});

const events = record([
  ['partenaire-bookkaffe', enregistre({ partenaireId: 'bookkaffe', nom: 'BOOKKAFFÉ', nature: 'association', roles: ['porteur'], alias: ['Bookkafé'] })],
  ['partenaire-plie', enregistre({ partenaireId: 'plie', nom: "ASSOCIATION PLAN BETHUNOIS D'INSERTION", nature: 'association', roles: ['porteur'] })],
  [
    'partenaire-etat',
    enregistre({
      partenaireId: 'etat',
      nom: 'Etat - CGET',
      nature: 'etat_service',
      roles: ['financeur', 'signataire'],
      categorieFinanceur: 'etat_credits_specifiques',
    }),
  ],
  ['partenaire-caf', enregistre({ partenaireId: 'caf', nom: 'CAF du Pas-de-Calais', nature: 'caf', roles: ['financeur'], categorieFinanceur: 'caf' })],
  ['partenaire-cc-regain', enregistre({ partenaireId: 'cc-regain', nom: 'CONSEIL CITOYEN QUARTIER DU REGAIN', nature: 'conseil_citoyen', roles: ['porteur'] })],
  ['partenaire-plie', { type: 'AliasPartenaireAjoute', data: { partenaireId: 'plie', alias: 'PLIE' } }],
  ['partenaire-bookkaffe', { type: 'PartenaireRenomme', data: { partenaireId: 'bookkaffe', nom: 'Bookkaffé', ancienNom: 'BOOKKAFFÉ' } }],
  [
    'partenaire-bookkaffe',
    {
      type: 'IdentifiantsPartenaireRenseignes',
      data: { partenaireId: 'bookkaffe', siret: '73282932000074', siren: null, rna: 'W623001234', precedents: { siret: null, siren: null, rna: null } },
    },
  ],
  [
    'partenaire-cc-regain',
    { type: 'AssociationPorteuseDesignee', data: { partenaireId: 'cc-regain', associationPorteuseId: 'bookkaffe', anciennePorteuseId: null } },
  ],
]);

const { documents } = projectionSpec(partenairesProjection).given(events);
const run = (filtre: PartenairesFiltre) => {
  const { filter, sort } = partenairesQuery(filtre);
  return (
    find([...documents.values()], filter)
      .sort(sort ?? {})
      .all() as unknown as PartenaireDocument[]
  ).map((d) => d._id);
};

describe('partenaires projection', () => {
  it('keeps names, aliases (with former names), identifiers and roles', () => {
    projectionSpec(partenairesProjection)
      .given(events)
      .then([
        { _id: 'bookkaffe', nom: 'Bookkaffé', alias: ['Bookkafé', 'BOOKKAFFÉ'], siret: '73282932000074', siren: '732829320', rna: 'W623001234' },
        { _id: 'caf', categorieFinanceur: 'caf', roles: ['financeur'] },
        { _id: 'cc-regain', nature: 'conseil_citoyen', associationPorteuseId: 'bookkaffe' },
        { _id: 'etat', categorieFinanceur: 'etat_credits_specifiques' },
        { _id: 'plie', alias: ['PLIE'] },
      ]);
  });

  it('searches by name, alias, SIRET, SIREN or RNA; filters by kind, role and financeur category', () => {
    expect(run({ texte: 'plie' })).toEqual(['plie']);
    expect(run({ texte: 'bookkafe' })).toEqual(['bookkaffe']);
    expect(run({ texte: '732 829 320 00074' })).toEqual(['bookkaffe']);
    expect(run({ texte: '732829320' })).toEqual(['bookkaffe']);
    expect(run({ texte: 'W623001234' })).toEqual(['bookkaffe']);
    expect(run({ nature: 'conseil_citoyen' })).toEqual(['cc-regain']);
    expect(run({ role: 'financeur' })).toEqual(['caf', 'etat']);
    expect(run({ categorieFinanceur: 'etat_credits_specifiques' })).toEqual(['etat']);
    expect(run({ associationPorteuseId: 'bookkaffe' })).toEqual(['cc-regain']);
  });

  it('groups financeurs by report category', () => {
    const rows = aggregate([...documents.values()], financeursParCategoriePipeline()) as Array<{ _id: string; nombre: number }>;
    expect(rows.map((r) => [r._id, r.nombre])).toEqual([
      ['caf', 1],
      ['etat_credits_specifiques', 1],
    ]);
  });
});
