import { deciderSpec } from '@cdv/testing';
import { BUDGET, COMPTE_RENDU, fichier, requises, RIB, STATUTS } from '../pieces/piece.mother';
import type { FichierPiece } from '../pieces/piece.types';
import type { Tag } from '../shared/references';
import { dossierDecider } from './dossier.decider';
import type { DossierEvent } from './dossier.events';
import { agent, as, bilanDepose, cmd, DOSSIER_ID, history, instructeurEtat, lePorteur, porteur, withReason } from './dossier.mother';

const spec = deciderSpec(dossierDecider);

const deposee = (pieceId: string, type: Tag, file: FichierPiece, cible: 'dossier' | 'bilan' = 'dossier'): DossierEvent => ({
  type: 'PieceDeposee',
  data: { dossierId: DOSSIER_ID, pieceId, cible, type, fichier: file },
});
const statuts = fichier('statuts.pdf');
const rib = fichier('rib.pdf', 40_000);
const budget = fichier('budget.xlsx', 30_000, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
const deposer = (pieceId: string, type: Tag, file: FichierPiece, metadata = lePorteur(), cible: 'dossier' | 'bilan' = 'dossier', quotaOctets?: number) =>
  cmd('DeposerPiece', { pieceId, cible, type, fichier: file, ...(quotaOctets === undefined ? {} : { contexte: { quotaOctets } }) }, metadata);

describe('DeposerPiece on a dossier', () => {
  it('records the porteur’s file with its kind, name, size, media type and hash', () => {
    spec
      .given(history.depose)
      .when(deposer('p-statuts', STATUTS, statuts))
      .then([deposee('p-statuts', STATUTS, statuts)]);
  });

  it('lets the EPCI’s agent deposit for the porteur, until the solde', () => {
    spec
      .given(history.enInstruction)
      .when(deposer('p-rib', RIB, rib, agent()))
      .then([deposee('p-rib', RIB, rib)]);
    spec
      .given(history.solde)
      .when(deposer('p-rib', RIB, rib, agent()))
      .thenRefused('INVALID_TRANSITION');
  });

  it('refuses another porteur, instructeurs, auditors and readers (FORBIDDEN)', () => {
    spec
      .given(history.depose)
      .when(deposer('p', RIB, rib, as('porteur', 'asso-voisine')))
      .thenRefused('FORBIDDEN', /another organisation/);
    for (const metadata of [instructeurEtat(), as('auditeur'), as('lecteur')]) {
      spec
        .given(history.depose)
        .when(deposer('p', RIB, rib, metadata))
        .thenRefused('FORBIDDEN');
    }
  });

  it('refuses a piece on a dossier that does not exist (NOT_FOUND) or that stopped (INVALID_TRANSITION)', () => {
    spec
      .given([])
      .when(deposer('p', RIB, rib))
      .thenRefused('NOT_FOUND');
    const abandonne: DossierEvent = { type: 'DossierAbandonne', data: { dossierId: DOSSIER_ID, statutPrecedent: 'depose' } };
    spec
      .given([...history.depose, abandonne])
      .when(deposer('p', RIB, rib))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'abandonne', command: 'DeposerPiece' });
  });

  it.each([
    ['pieceId', { pieceId: '' }],
    ['cible', { cible: 'comite' }],
    ['type.libelle', { type: { id: 'rib', libelle: '' } }],
    ['fichier.nom', { fichier: { ...rib, nom: '' } }],
    ['fichier.taille', { fichier: { ...rib, taille: 0 } }],
    ['fichier.typeMedia', { fichier: { ...rib, typeMedia: 'application/x-msdownload' } }],
    ['fichier.sha256', { fichier: { ...rib, sha256: '../../etc/passwd' } }],
    ['cible', { cible: 'convention' }],
  ])('refuses bad input (VALIDATION_FAILED on %s)', (field, overrides) => {
    spec
      .given(history.depose)
      .when(cmd('DeposerPiece', { pieceId: 'p', cible: 'dossier', type: RIB, fichier: rib, ...overrides } as never, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field });
  });

  it('refuses the same piece id twice, and the same file of the same kind twice (CONFLICT)', () => {
    const given = [...history.depose, deposee('p-rib', RIB, rib)];
    spec
      .given(given)
      .when(deposer('p-rib', RIB, fichier('autre.pdf')))
      .thenRefused('CONFLICT', /already exists/);
    spec
      .given(given)
      .when(deposer('p-rib-2', RIB, rib))
      .thenRefused('CONFLICT', /already deposited as « RIB »/, { pieceId: 'p-rib' });
    spec
      .given(given)
      .when(deposer('p-autre', BUDGET, rib))
      .then([deposee('p-autre', BUDGET, rib)]);
  });

  it('keeps the current files of the dossier within its quota (replaced and withdrawn versions do not count)', () => {
    const given = [...history.depose, deposee('p-statuts', STATUTS, statuts)];
    spec
      .given(given)
      .when(deposer('p-rib', RIB, rib, lePorteur(), 'dossier', statuts.taille + rib.taille - 1))
      .thenRefused('VALIDATION_FAILED', /over the/, { field: 'fichier.taille', quotaOctets: statuts.taille + rib.taille - 1, utilises: statuts.taille });
    spec
      .given(given)
      .when(deposer('p-rib', RIB, rib, lePorteur(), 'dossier', statuts.taille + rib.taille))
      .then([deposee('p-rib', RIB, rib)]);
    const retiree: DossierEvent = {
      type: 'PieceRetiree',
      data: { dossierId: DOSSIER_ID, pieceId: 'p-statuts', cible: 'dossier', type: STATUTS, fichier: statuts },
    };
    spec
      .given([...given, retiree])
      .when(deposer('p-rib', RIB, rib, lePorteur(), 'dossier', rib.taille))
      .then([deposee('p-rib', RIB, rib)]);
  });

  it('takes the bilan’s pieces once the action is under way, not before', () => {
    const crf = fichier('crf.pdf');
    spec
      .given(history.enCours)
      .when(deposer('p-crf', COMPTE_RENDU, crf, lePorteur(), 'bilan'))
      .then([deposee('p-crf', COMPTE_RENDU, crf, 'bilan')]);
    spec
      .given(history.depose)
      .when(deposer('p-crf', COMPTE_RENDU, crf, lePorteur(), 'bilan'))
      .thenRefused('INVALID_TRANSITION', /once the action is under way/);
  });
});

describe('RemplacerPiece on a dossier', () => {
  const given = [...history.depose, deposee('p-rib', RIB, rib)];
  const nouveau = fichier('rib-2024.pdf', 41_000);

  it('records the new file and the previous one; the reason is required', () => {
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: nouveau }, lePorteur(withReason('changement de banque'))))
      .then([{ type: 'PieceRemplacee', data: { dossierId: DOSSIER_ID, pieceId: 'p-rib', cible: 'dossier', type: RIB, fichier: nouveau, precedent: rib } }]);
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: nouveau }, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
  });

  it('does nothing when the file is the same', () => {
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: rib }, lePorteur(withReason('r'))))
      .thenNothing();
  });

  it('refuses an unknown piece (NOT_FOUND), a withdrawn one (INVALID_TRANSITION), another porteur (FORBIDDEN), a bad file', () => {
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-x', fichier: nouveau }, lePorteur(withReason('r'))))
      .thenRefused('NOT_FOUND');
    const retiree: DossierEvent = { type: 'PieceRetiree', data: { dossierId: DOSSIER_ID, pieceId: 'p-rib', cible: 'dossier', type: RIB, fichier: rib } };
    spec
      .given([...given, retiree])
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: nouveau }, lePorteur(withReason('r'))))
      .thenRefused('INVALID_TRANSITION');
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: nouveau }, as('porteur', 'asso-voisine', withReason('r'))))
      .thenRefused('FORBIDDEN');
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: { ...nouveau, taille: -1 } }, lePorteur(withReason('r'))))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'fichier.taille' });
  });

  it('counts the difference against the quota', () => {
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: nouveau, contexte: { quotaOctets: 40_999 } }, lePorteur(withReason('r'))))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'fichier.taille' });
    spec
      .given(given)
      .when(cmd('RemplacerPiece', { pieceId: 'p-rib', fichier: nouveau, contexte: { quotaOctets: 41_000 } }, lePorteur(withReason('r'))))
      .thenMatches([{ type: 'PieceRemplacee' }]);
  });
});

describe('RetirerPiece on a dossier', () => {
  it('lets the porteur withdraw its piece before the instruction, with a reason; the file is kept in the event', () => {
    spec
      .given([...history.depose, deposee('p-rib', RIB, rib)])
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, lePorteur(withReason('mauvais fichier'))))
      .then([{ type: 'PieceRetiree', data: { dossierId: DOSSIER_ID, pieceId: 'p-rib', cible: 'dossier', type: RIB, fichier: rib } }]);
    spec
      .given([...history.depose, deposee('p-rib', RIB, rib)])
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
  });

  it('keeps what the instructeurs read: under instruction only the EPCI withdraws; the porteur replaces', () => {
    const given = [...history.enInstruction, deposee('p-rib', RIB, rib)];
    spec
      .given(given)
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, lePorteur(withReason('r'))))
      .thenRefused('INVALID_TRANSITION', /replace the piece/);
    spec
      .given(given)
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, agent(withReason('pièce d’un autre dossier'))))
      .thenMatches([{ type: 'PieceRetiree' }]);
  });

  it('refuses a piece withdrawn already (CONFLICT), unknown (NOT_FOUND), an instructeur (FORBIDDEN)', () => {
    const retiree: DossierEvent = { type: 'PieceRetiree', data: { dossierId: DOSSIER_ID, pieceId: 'p-rib', cible: 'dossier', type: RIB, fichier: rib } };
    spec
      .given([...history.depose, deposee('p-rib', RIB, rib), retiree])
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, agent(withReason('r'))))
      .thenRefused('CONFLICT');
    spec
      .given(history.depose)
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, agent(withReason('r'))))
      .thenRefused('NOT_FOUND');
    spec
      .given([...history.depose, deposee('p-rib', RIB, rib)])
      .when(cmd('RetirerPiece', { pieceId: 'p-rib' }, instructeurEtat(withReason('r'))))
      .thenRefused('FORBIDDEN');
  });
});

describe('required pieces', () => {
  const mettre = (piecesRequises = requises) => cmd('MettreEnInstruction', { contexte: { piecesRequises } });

  it('refuse the instruction while a piece the appel asks is missing, naming what is missing', () => {
    spec
      .given([...history.depose, deposee('p-statuts', STATUTS, statuts), deposee('p-rib', RIB, rib)])
      .when(mettre())
      .thenRefused('VALIDATION_FAILED', /lacks required pieces: « Budget prévisionnel »/, { field: 'pieces', etape: 'depot', manquantes: [BUDGET] });
  });

  it('let the instruction start once they are all there (a withdrawn piece does not count)', () => {
    const complet = [...history.depose, deposee('p-statuts', STATUTS, statuts), deposee('p-rib', RIB, rib), deposee('p-budget', BUDGET, budget)];
    spec
      .given(complet)
      .when(mettre())
      .then([{ type: 'DossierMisEnInstruction', data: { dossierId: DOSSIER_ID } }]);
    const retiree: DossierEvent = { type: 'PieceRetiree', data: { dossierId: DOSSIER_ID, pieceId: 'p-rib', cible: 'dossier', type: RIB, fichier: rib } };
    spec
      .given([...complet, retiree])
      .when(mettre())
      .thenRefused('VALIDATION_FAILED', /« RIB »/);
  });

  it('ask only what the porteur’s kind must give, and nothing when the application passed no requirement', () => {
    expect(porteur.kind).toBe('association');
    const statutsSeulementPourLesCommunes = [{ type: STATUTS, etape: 'depot' as const, porteurKinds: ['commune' as const] }];
    spec
      .given(history.depose)
      .when(mettre(statutsSeulementPourLesCommunes))
      .thenMatches([{ type: 'DossierMisEnInstruction' }]);
    spec
      .given(history.depose)
      .when(cmd('MettreEnInstruction', {}))
      .thenMatches([{ type: 'DossierMisEnInstruction' }]);
  });

  it('refuse the solde while the bilan lacks its pieces; a piece of the deposit does not stand for one of the bilan', () => {
    const bilan = [...history.bilan];
    expect(bilan[bilan.length - 1]).toBe(bilanDepose);
    // a reason, as money engaged is left unpaid on this history (ADR 0025)
    const solder = cmd('SolderDossier', { contexte: { piecesRequises: requises } }, agent({ reason: 'action réalisée, solde non demandé' }));
    spec
      .given([...bilan, deposee('p-crf', COMPTE_RENDU, fichier('crf.pdf'), 'dossier')])
      .when(solder)
      .thenRefused('VALIDATION_FAILED', /the bilan lacks required pieces: « Compte rendu financier/, { etape: 'bilan' });
    spec
      .given([...bilan, deposee('p-crf', COMPTE_RENDU, fichier('crf.pdf'), 'bilan')])
      .when(solder)
      .thenMatches([{ type: 'ReliquatsConstates' }, { type: 'DossierSolde' }]);
  });
});
