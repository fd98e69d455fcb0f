import { createHash } from 'node:crypto';
import type { FichierPiece } from '@cdv/domain-programmation';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { dossierDetailProjection } from './dossier-detail.projection';
import { dossierListProjection } from './dossier-list.projection';
import { piecesProjection } from './pieces.projection';
import { piecesDesDetenteursQuery } from './pieces.queries';
import { scenario } from './scenario.mother';

const file = (nom: string): FichierPiece => ({ nom, taille: 1000, typeMedia: 'application/pdf', sha256: createHash('sha256').update(nom).digest('hex') });
const RIB = { id: 'rib', libelle: 'RIB' };
const porteur = { userId: 'u-porteur', role: 'porteur' as const, organisationId: 'asso' };
const agent = { userId: 'u-agent', role: 'agent' as const };

const events = recordEvents([
  {
    stream: 'mel:dossier-d1',
    event: { type: 'PieceDeposee', data: { dossierId: 'd1', pieceId: 'p1', cible: 'dossier', type: RIB, fichier: file('rib.pdf') } },
    metadata: { actor: porteur },
  },
  {
    stream: 'mel:dossier-d1',
    event: {
      type: 'PieceRemplacee',
      data: { dossierId: 'd1', pieceId: 'p1', cible: 'dossier', type: RIB, fichier: file('rib-2.pdf'), precedent: file('rib.pdf') },
    },
    metadata: { actor: porteur, reason: 'changement de banque' },
  },
  {
    stream: 'mel:convention-c1',
    event: { type: 'PieceDeposee', data: { conventionId: 'c1', pieceId: 'p1', cible: 'convention', type: RIB, fichier: file('rib.pdf') } },
    metadata: { actor: agent },
  },
  {
    stream: 'mel:convention-c1',
    event: { type: 'PieceRetiree', data: { conventionId: 'c1', pieceId: 'p1', cible: 'convention', type: RIB, fichier: file('rib.pdf') } },
    metadata: { actor: agent, reason: 'pièce d’un autre porteur' },
  },
]);

describe('pieces read model', () => {
  it('keeps each piece of a dossier or a convention with every version of its file, who and when, and why it changed', () => {
    projectionSpec(piecesProjection)
      .given(events)
      .then([
        {
          _id: 'dossier-d1:p1',
          detenteur: { type: 'dossier', id: 'd1' },
          statut: 'active',
          fichier: file('rib-2.pdf'),
          deposePar: porteur,
          versions: [
            expect.objectContaining({ fichier: file('rib.pdf'), remplaceeLe: events[1].metadata.recordedAt, motifRemplacement: 'changement de banque' }),
            expect.objectContaining({ fichier: file('rib-2.pdf'), remplaceeLe: null, deposeLe: events[1].metadata.recordedAt }),
          ],
          retrait: null,
        },
        {
          _id: 'convention-c1:p1',
          detenteur: { type: 'convention', id: 'c1' },
          statut: 'retiree',
          retrait: { le: events[3].metadata.recordedAt, par: agent, motif: 'pièce d’un autre porteur' },
        },
      ]);
  });

  it('asks a holder’s pieces, withdrawn ones only for auditors', () => {
    expect(piecesDesDetenteursQuery('convention', ['c1'], { inclureRetirees: false }).filter).toEqual({
      'detenteur.type': 'convention',
      'detenteur.id': { $in: ['c1'] },
      statut: 'active',
    });
    expect(piecesDesDetenteursQuery('dossier', ['d1'], { inclureRetirees: true }).filter).not.toHaveProperty('statut');
  });

  it('leaves the dossier read models’ documents to dossier streams: a convention’s piece touches no dossier', () => {
    expect(dossierListProjection.documentIds(events[2])).toEqual([]);
    expect(dossierDetailProjection.documentIds(events[3])).toEqual([]);
    expect(dossierDetailProjection.documentIds(events[0])).toEqual(['d1']);
  });
});

describe('dossier details and pieces', () => {
  it('count a piece in the dossier’s revision and history (the revision a client sends next as expectedRevision)', () => {
    const entries = scenario().filter((entry) => entry.stream === 'mel:dossier-d1');
    const withPiece = recordEvents([
      ...entries,
      {
        stream: 'mel:dossier-d1',
        event: { type: 'PieceDeposee', data: { dossierId: 'd1', pieceId: 'p1', cible: 'dossier', type: RIB, fichier: file('rib.pdf') } },
      },
    ]);
    const detail = projectionSpec(dossierDetailProjection).given(withPiece).documents.get('d1');
    expect(detail?.revision).toBe(entries.length);
    expect(detail?.historique.at(-1)).toMatchObject({ type: 'PieceDeposee', revision: entries.length });
    expect(projectionSpec(dossierListProjection).given(withPiece).documents.get('d1')?.statut).toBe(
      projectionSpec(dossierListProjection).given(withPiece.slice(0, -1)).documents.get('d1')?.statut,
    );
  });
});
