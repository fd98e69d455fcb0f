import type { Cents, Command } from '@cdv/eventsourcing';
import type { TypeConvention } from '../dossier/dossier.events';
import type { PieceCommand } from '../pieces/piece.commands';
import type { DetenteurConvention } from '../pieces/piece.events';
import type { FinanceurRef, PorteurRef } from '../shared/references';
import type { DossierConventionneRef } from './convention.events';

export type SignerConvention = Command<
  'SignerConvention',
  {
    conventionId: string;
    typeConvention: TypeConvention;
    objet: string;
    porteur: PorteurRef;
    signataires: FinanceurRef[];
    anneeDebut: number;
    anneeFin: number;
    dateSignature: string;
    numeroEngagementJuridique?: string;
    dossiers: DossierConventionneRef[];
    synthetique?: string[];
  }
>;

export type RattacherDossierAConvention = Command<'RattacherDossierAConvention', { conventionId: string; dossierId: string; annee: number }>;

export type EngagerTranche = Command<
  'EngagerTranche',
  {
    conventionId: string;
    annee: number;
    dossierId: string;
    ligneId: string;
    financeurId: string;
    montant: Cents;
    numeroEngagementJuridique?: string;
    synthetique?: string[];
  }
>;

export type ConventionCommand = SignerConvention | RattacherDossierAConvention | EngagerTranche | PieceCommand<DetenteurConvention>;
