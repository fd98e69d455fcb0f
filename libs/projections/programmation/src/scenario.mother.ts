import { isRefusal, type Command, type CommandMetadata, type Decider, type DomainEvent, type EventMetadata } from '@cdv/eventsourcing';
import {
  appelDecider,
  appelStream,
  comiteDecider,
  comiteStream,
  conventionDecider,
  conventionStream,
  dossierDecider,
  dossierStream,
  ligneIdDe,
  type AppelCommand,
  type ComiteCommand,
  type ConventionCommand,
  type DossierChamps,
  type DossierCommand,
  type FinanceurRef,
  type PorteurRef,
} from '@cdv/domain-programmation';

/**
 * A small programmation 2024 for read-model tests, produced by the real deciders (so every event is one they
 * accept). Amounts in cents. Entries are what libs/testing's recordEvents takes.
 */
export interface Entry {
  stream: string;
  event: DomainEvent;
  metadata?: Partial<EventMetadata>;
}

export const etat: FinanceurRef = { id: 'prefecture-nord', nom: 'Préfecture du Nord', categorie: 'etat_credits_specifiques' };
export const region: FinanceurRef = { id: 'region-hdf', nom: 'Région Hauts-de-France', categorie: 'region' };
export const ville: FinanceurRef = { id: 'ville-roubaix', nom: 'Ville de Roubaix', categorie: 'communes' };
export const assoA: PorteurRef = { id: 'asso-a', nom: 'Les Petits Pas', kind: 'association' };
export const assoB: PorteurRef = { id: 'asso-b', nom: 'Élan Sportif', kind: 'association' };
export const assoC: PorteurRef = { id: 'asso-c', nom: 'Lire Ensemble', kind: 'association' };
export const communeRoubaix: PorteurRef = { id: 'ville-roubaix', nom: 'Ville de Roubaix', kind: 'commune' };

const roubaix = { insee: '59512', nom: 'Roubaix' };
const alma = { id: 'qpv-alma', code: 'QN05912M', nom: 'Alma' };
const bourgogne = { id: 'qpv-bourgogne', code: 'QN05913M', nom: 'Bourgogne' };
const cohesion = { id: 'p-cohesion', libelle: 'Cohésion sociale' };
const emploi = { id: 'p-emploi', libelle: 'Emploi' };

export const APPEL = { annee: 2024, statut: 'ouvert' as const, ouvertureLe: '2023-11-15', clotureLe: '2024-01-31' };

const champs = (overrides: Partial<DossierChamps>): DossierChamps => ({
  titre: 'Action',
  description: '',
  publics: [],
  perimetre: { type: 'communes', communes: [roubaix] },
  qpv: [],
  classement: {},
  coutTotal: 10_000_00,
  dateDebut: '2024-03-01',
  dateFin: '2024-12-31',
  nombreActions: 1,
  ...overrides,
});

export function scenario(): Entry[] {
  const entries: Entry[] = [];
  const states = new Map<string, unknown>();
  let clock = 0;
  const meta = (extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
    tenantId: 'mel',
    actor: { userId: 'agent-1', role: 'agent' },
    source: 'api',
    now: '2024-01-15T09:00:00.000Z',
    ...extra,
  });
  function run<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string, command: C) {
    const state = (states.get(stream) as S | undefined) ?? decider.initialState();
    const decision = decider.decide(command, state);
    if (isRefusal(decision)) throw new Error(`${command.type} refused: ${decision.message}`);
    let next = state;
    for (const event of decision) {
      next = decider.evolve(next, event);
      const { now: _now, ...context } = command.metadata;
      entries.push({ stream, event, metadata: { ...context, recordedAt: new Date(Date.parse('2024-01-15T09:00:00.000Z') + clock++ * 60_000).toISOString() } });
    }
    states.set(stream, next);
  }
  const appel = (command: Omit<AppelCommand, 'metadata'>, m = meta()) =>
    run(appelDecider, appelStream('mel', 2024), { ...command, metadata: m } as AppelCommand);
  const dossier = (id: string, command: Omit<DossierCommand, 'metadata' | 'data'> & { data: Record<string, unknown> }, m = meta()) =>
    run(dossierDecider, dossierStream('mel', id), { ...command, data: { dossierId: id, ...command.data }, metadata: m } as DossierCommand);
  const deposer = (id: string, porteur: PorteurRef, c: Partial<DossierChamps>, m = meta()) =>
    dossier(id, { type: 'DeposerDossier', data: { annee: 2024, porteur, ...champs(c), contexte: { appel: APPEL } } }, m);
  const demander = (id: string, financeur: FinanceurRef, montant: number, nature: 'credits_specifiques' | 'droit_commun') =>
    dossier(id, { type: 'DemanderFinancement', data: { financeur, nature, montant } });

  appel({
    type: 'OuvrirAppelAProjets',
    data: {
      annee: 2024,
      titre: 'Appel à projets 2024',
      ouvertureLe: '2023-11-15',
      clotureLe: '2024-01-31',
      priorites: [],
      enveloppes: [
        { financeur: etat, nature: 'credits_specifiques', montant: 10_000_00 },
        { financeur: region, montant: 3_000_00 },
        { financeur: { id: 'caf-nord', nom: 'CAF du Nord', categorie: 'caf' }, montant: 5_000_00 },
      ],
      comites: [{ comiteId: '2024-1', date: '2024-03-28', libelle: 'Comité des financeurs' }],
    },
  });

  // D1: retained, conventionné, engaged and partly paid.
  deposer(
    'd1',
    assoA,
    {
      titre: 'Ateliers parents-enfants',
      description: 'Ateliers hebdomadaires au centre social',
      qpv: [alma, bourgogne],
      classement: { pilier: cohesion, thematique: { id: 'education', libelle: 'Éducation' } },
    },
    meta({ effectiveAt: '2024-01-10' }),
  );
  demander('d1', etat, 5_000_00, 'credits_specifiques');
  demander('d1', region, 2_000_00, 'droit_commun');
  // D2: retained, 3 actions grouped, intercommunal.
  deposer('d2', assoA, { titre: 'Parcours emploi', perimetre: { type: 'intercommunal' }, classement: { pilier: emploi }, nombreActions: 3 });
  demander('d2', etat, 3_000_00, 'credits_specifiques');
  demander('d2', ville, 1_000_00, 'droit_commun');
  // D3: a commune's action, retained on the Région only.
  deposer('d3', communeRoubaix, {
    titre: 'Santé des ados',
    qpv: [alma],
    classement: { pilier: cohesion, thematique: { id: 'sante', libelle: 'Santé' } },
    coutTotal: 3_000_00,
  });
  demander('d3', region, 1_500_00, 'droit_commun');
  // D4: not retained; D5: still under instruction; D6: abandoned.
  deposer('d4', assoB, { titre: 'Tournoi de quartier' });
  demander('d4', etat, 2_000_00, 'credits_specifiques');
  deposer('d5', assoC, { titre: 'Lire en famille' });
  demander('d5', etat, 1_000_00, 'credits_specifiques');
  deposer('d6', assoC, { titre: 'Projet abandonné' });
  demander('d6', etat, 500_00, 'credits_specifiques');
  for (const id of ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']) dossier(id, { type: 'MettreEnInstruction', data: {} });
  dossier(
    'd1',
    { type: 'EmettreAvis', data: { auteur: { id: 'caf-nord', nom: 'CAF du Nord' }, avis: 'reserve', commentaire: 'Public à préciser' } },
    meta({ actor: { userId: 'instr-caf', role: 'instructeur', organisationId: 'caf-nord' } }),
  );
  dossier(
    'd6',
    { type: 'AbandonnerDossier', data: { motif: 'salariée partie' } },
    meta({ actor: { userId: 'p-c', role: 'porteur', organisationId: assoC.id } }),
  );
  appel({ type: 'CloreAppelAProjets', data: { annee: 2024 } }, meta({ effectiveAt: '2024-02-01' }));

  const comite = (command: Omit<ComiteCommand, 'metadata'>, m = meta({ now: '2024-03-28T18:00:00.000Z' })) =>
    run(comiteDecider, comiteStream('mel', '2024-1'), { ...command, metadata: m } as ComiteCommand);
  comite({
    type: 'ConvoquerComite',
    data: {
      comiteId: '2024-1',
      annee: 2024,
      date: '2024-03-28',
      libelle: 'Comité des financeurs',
      membres: [etat, region, ville].map((f) => ({ organisationId: f.id, nom: f.nom, qualite: 'financeur' as const })),
    },
  });
  const voteMeta = meta({ now: '2024-03-28T18:00:00.000Z', effectiveAt: '2024-03-28' });
  dossier('d1', { type: 'VoterFinancement', data: { ligneId: ligneIdDe(etat.id, 'credits_specifiques'), montant: 4_000_00, comiteId: '2024-1' } }, voteMeta);
  dossier('d1', { type: 'RefuserFinancement', data: { ligneId: ligneIdDe(region.id, 'droit_commun'), comiteId: '2024-1' } }, voteMeta);
  dossier('d1', { type: 'RetenirDossier', data: { comiteId: '2024-1' } }, voteMeta);
  dossier('d2', { type: 'VoterFinancement', data: { ligneId: ligneIdDe(etat.id, 'credits_specifiques'), montant: 3_000_00, comiteId: '2024-1' } }, voteMeta);
  dossier('d2', { type: 'VoterFinancement', data: { ligneId: ligneIdDe(ville.id, 'droit_commun'), montant: 1_000_00, comiteId: '2024-1' } }, voteMeta);
  dossier('d2', { type: 'RetenirDossier', data: { comiteId: '2024-1' } }, voteMeta);
  dossier('d3', { type: 'VoterFinancement', data: { ligneId: ligneIdDe(region.id, 'droit_commun'), montant: 1_500_00, comiteId: '2024-1' } }, voteMeta);
  dossier('d3', { type: 'RetenirDossier', data: { comiteId: '2024-1' } }, voteMeta);
  dossier('d4', { type: 'NePasRetenirDossier', data: { comiteId: '2024-1', motif: 'hors priorités' } }, voteMeta);
  comite({
    type: 'ArreterProgrammation',
    data: {
      comiteId: '2024-1',
      decisions: [
        {
          dossierId: 'd1',
          decision: 'retenu',
          lignes: [{ ligneId: ligneIdDe(etat.id, 'credits_specifiques'), financeurId: etat.id, resultat: 'vote', montant: 4_000_00 }],
        },
        { dossierId: 'd4', decision: 'non_retenu', lignes: [] },
      ],
    },
  });

  const convention = (command: Omit<ConventionCommand, 'metadata'>, m = meta({ now: '2024-04-10T10:00:00.000Z', effectiveAt: '2024-04-10' })) =>
    run(conventionDecider, conventionStream('mel', 'conv-d1'), { ...command, metadata: m } as ConventionCommand);
  convention({
    type: 'SignerConvention',
    data: {
      conventionId: 'conv-d1',
      typeConvention: 'annuelle',
      objet: 'Ateliers',
      porteur: assoA,
      signataires: [etat],
      anneeDebut: 2024,
      anneeFin: 2024,
      dateSignature: '2024-04-10',
      dossiers: [{ dossierId: 'd1', annee: 2024 }],
    },
  });
  convention({
    type: 'EngagerTranche',
    data: {
      conventionId: 'conv-d1',
      annee: 2024,
      dossierId: 'd1',
      ligneId: ligneIdDe(etat.id, 'credits_specifiques'),
      financeurId: etat.id,
      montant: 4_000_00,
      numeroEngagementJuridique: 'EJ-1',
    },
  });
  const later = meta({ now: '2024-04-10T10:00:00.000Z' });
  dossier('d1', { type: 'ConventionnerDossier', data: { conventionId: 'conv-d1', typeConvention: 'annuelle' } }, later);
  dossier(
    'd1',
    {
      type: 'EngagerFinancement',
      data: { ligneId: ligneIdDe(etat.id, 'credits_specifiques'), montant: 4_000_00, numeroEngagementJuridique: 'EJ-1', conventionId: 'conv-d1' },
    },
    later,
  );
  dossier(
    'd1',
    {
      type: 'EnregistrerVersement',
      data: { ligneId: ligneIdDe(etat.id, 'credits_specifiques'), versementId: 'v1', type: 'avance', montant: 2_000_00, date: '2024-04-20' },
    },
    later,
  );
  dossier(
    'd1',
    { type: 'CorrigerMontant', data: { ligneId: ligneIdDe(etat.id, 'credits_specifiques'), etape: 'demande', montant: 4_500_00 } },
    meta({ now: '2024-04-11T10:00:00.000Z', reason: 'erreur de saisie du plan de financement' }),
  );
  return entries;
}
