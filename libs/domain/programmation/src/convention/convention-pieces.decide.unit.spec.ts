import type { CommandMetadata } from '@cdv/eventsourcing';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { CONVENTION_SIGNEE, fichier, RIB } from '../pieces/piece.mother';
import type { PorteurRef } from '../shared/references';
import type { ConventionCommand } from './convention.commands';
import { conventionDecider } from './convention.decider';
import type { ConventionStreamEvent } from './convention.events';
import { matching } from '../shared/deep-partial';

const m = matching<ConventionStreamEvent>;

const spec = deciderSpec(conventionDecider);
const ligue: PorteurRef = { id: 'ligue-enseignement', nom: 'Ligue de l’enseignement', kind: 'association' };
const agent = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ tenantId: 'cabbalr', ...extra });
const laLigue = (extra: Partial<CommandMetadata> = {}) => agent({ actor: { userId: 'u-ligue', role: 'porteur', organisationId: ligue.id }, ...extra });
const signee: ConventionStreamEvent = {
  type: 'ConventionSignee',
  data: {
    conventionId: 'cpo-1',
    typeConvention: 'pluriannuelle',
    objet: 'Citoyenneté numérique',
    porteur: ligue,
    signataires: [{ id: 'prefecture', nom: 'Préfecture', categorie: 'etat_credits_specifiques' }],
    anneeDebut: 2019,
    anneeFin: 2021,
    dateSignature: '2019-05-15',
    dossiers: [{ dossierId: 'd-1', annee: 2019 }],
  },
};
const scan = fichier('convention-signee.pdf');
const c = (command: Omit<ConventionCommand, 'metadata'>, metadata = agent()) => ({ ...command, metadata }) as ConventionCommand;
const deposer = (metadata = agent(), cible: 'convention' | 'dossier' = 'convention') =>
  c({ type: 'DeposerPiece', data: { conventionId: 'cpo-1', pieceId: 'p-conv', cible, type: CONVENTION_SIGNEE, fichier: scan } }, metadata);
const deposee: ConventionStreamEvent = {
  type: 'PieceDeposee',
  data: { conventionId: 'cpo-1', pieceId: 'p-conv', cible: 'convention', type: CONVENTION_SIGNEE, fichier: scan },
};

describe('pieces of a convention', () => {
  it('take the signed convention from the EPCI’s agent or from its porteur', () => {
    spec.given([signee]).when(deposer()).then([deposee]);
    spec.given([signee]).when(deposer(laLigue())).then([deposee]);
  });

  it('refuse another porteur, an instructeur, an auditor (FORBIDDEN); an unknown convention (NOT_FOUND); another cible', () => {
    spec
      .given([signee])
      .when(deposer(agent({ actor: { userId: 'u', role: 'porteur', organisationId: 'autre-asso' } })))
      .thenRefused('FORBIDDEN');
    spec
      .given([signee])
      .when(deposer(agent({ actor: { userId: 'u', role: 'instructeur', organisationId: 'prefecture' } })))
      .thenRefused('FORBIDDEN');
    spec
      .given([signee])
      .when(deposer(agent({ actor: { userId: 'u', role: 'auditeur' } })))
      .thenRefused('FORBIDDEN');
    spec.given([]).when(deposer()).thenRefused('NOT_FOUND');
    spec.given([signee]).when(deposer(agent(), 'dossier')).thenRefused('VALIDATION_FAILED', undefined, { field: 'cible' });
  });

  it('let the porteur replace a wrong scan with a reason, but only the EPCI withdraw a signed act', () => {
    const nouveau = fichier('convention-signee-v2.pdf');
    spec
      .given([signee, deposee])
      .when(c({ type: 'RemplacerPiece', data: { conventionId: 'cpo-1', pieceId: 'p-conv', fichier: nouveau } }, laLigue({ reason: 'page manquante' })))
      .thenMatches(m([{ type: 'PieceRemplacee', data: { fichier: nouveau, precedent: scan } }]));
    spec
      .given([signee, deposee])
      .when(c({ type: 'RetirerPiece', data: { conventionId: 'cpo-1', pieceId: 'p-conv' } }, laLigue({ reason: 'erreur' })))
      .thenRefused('INVALID_TRANSITION');
    spec
      .given([signee, deposee])
      .when(c({ type: 'RetirerPiece', data: { conventionId: 'cpo-1', pieceId: 'p-conv' } }, agent({ reason: 'convention d’un autre porteur' })))
      .thenMatches(m([{ type: 'PieceRetiree' }]));
  });

  it('keep several kinds (the RIB for the versements)', () => {
    spec
      .given([signee, deposee])
      .when(c({ type: 'DeposerPiece', data: { conventionId: 'cpo-1', pieceId: 'p-rib', cible: 'convention', type: RIB, fichier: fichier('rib.pdf') } }))
      .thenMatches(m([{ type: 'PieceDeposee', data: { pieceId: 'p-rib' } }]));
  });
});
