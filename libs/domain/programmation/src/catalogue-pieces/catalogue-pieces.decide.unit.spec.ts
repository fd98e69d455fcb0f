import type { CommandMetadata } from '@cdv/eventsourcing';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import type { TypePieceCatalogue } from '../pieces/piece.types';
import type { DefinirCataloguePieces } from './catalogue-pieces.commands';
import { cataloguePiecesDecider } from './catalogue-pieces.decider';
import type { CataloguePiecesDefini } from './catalogue-pieces.events';
import { CATALOGUE_PIECES_PAR_DEFAUT } from './catalogue-pieces.state';
import { cataloguePiecesStream } from './catalogue-pieces.stream';

const spec = deciderSpec(cataloguePiecesDecider);
const admin = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ tenantId: 'mel', actor: { userId: 'u', role: 'admin' }, ...extra });
const types: TypePieceCatalogue[] = [
  { id: 'statuts', libelle: 'Statuts', cibles: ['dossier'] },
  { id: 'attestation-urssaf', libelle: 'Attestation URSSAF', cibles: ['dossier', 'convention'] },
];
const definir = (value: TypePieceCatalogue[], metadata = admin()): DefinirCataloguePieces => ({
  type: 'DefinirCataloguePieces',
  data: { types: value },
  metadata,
});
const defini = (value: TypePieceCatalogue[], nombreAvant: number): CataloguePiecesDefini => ({
  type: 'CataloguePiecesDefini',
  data: { types: value, nombreAvant },
});

describe('catalogue of pieces', () => {
  it('is a singleton stream of the workspace, with a default catalogue until admins define one', () => {
    expect(cataloguePiecesStream('mel')).toBe('mel:catalogue-pieces');
    expect(cataloguePiecesDecider.initialState()).toEqual({ types: CATALOGUE_PIECES_PAR_DEFAUT, version: 0 });
    expect(CATALOGUE_PIECES_PAR_DEFAUT.map((type) => type.id)).toEqual(
      expect.arrayContaining(['statuts', 'rib', 'budget-previsionnel', 'compte-rendu-financier', 'convention-signee']),
    );
  });

  it('replaces the default without a reason, a defined catalogue with one', () => {
    spec
      .given([])
      .when(definir(types))
      .then([defini(types, CATALOGUE_PIECES_PAR_DEFAUT.length)]);
    spec
      .given([defini(types, 12)])
      .when(definir(types.slice(0, 1)))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec
      .given([defini(types, 12)])
      .when(definir(types.slice(0, 1), admin({ reason: 'URSSAF demandée par la convention' })))
      .then([defini(types.slice(0, 1), 2)]);
    spec
      .given([defini(types, 12)])
      .when(definir(types))
      .thenNothing();
  });

  it('is reserved to admins (FORBIDDEN to agents, porteurs, auditors)', () => {
    for (const role of ['agent', 'porteur', 'instructeur', 'auditeur', 'lecteur'] as const) {
      spec
        .given([])
        .when(definir(types, admin({ actor: { userId: 'u', role } })))
        .thenRefused('FORBIDDEN');
    }
  });

  it.each([
    ['types', []],
    ['types[0].id', [{ id: 'Statuts !', libelle: 'Statuts', cibles: ['dossier'] }]],
    ['types[1].id', [types[0], types[0]]],
    ['types[0].libelle', [{ id: 'statuts', libelle: ' ', cibles: ['dossier'] }]],
    ['types[0].cibles', [{ id: 'statuts', libelle: 'Statuts', cibles: [] }]],
    ['types[0].cibles', [{ id: 'statuts', libelle: 'Statuts', cibles: ['comite'] }]],
    ['types[0].cibles', [{ id: 'statuts', libelle: 'Statuts', cibles: ['dossier', 'dossier'] }]],
  ])('refuses bad input (VALIDATION_FAILED on %s)', (field, value) => {
    spec
      .given([])
      .when(definir(value as never))
      .thenRefused('VALIDATION_FAILED', undefined, { field });
  });
});
