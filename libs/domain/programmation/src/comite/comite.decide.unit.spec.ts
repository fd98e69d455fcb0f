import { CommandHandler, MemoryEventStore, type CommandMetadata, type RecordedEvent } from '@cdv/eventsourcing';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { dossierDecider } from '../dossier/dossier.decider';
import { dossierStream } from '../dossier/dossier.stream';
import type { RegleFinancement } from '../regles/regles';
import { ligneIdDe } from '../shared/references';
import { comiteDecider } from './comite.decider';
import type { ComiteCommand, ConvoquerComite } from './comite.commands';
import { dossierCommandsFromComite } from './comite.dossier-commands';
import type { ComiteEvent, DecisionComite } from './comite.events';
import { comiteStream } from './comite.stream';
import { dossierCommandsFor } from '../reactions';

const spec = deciderSpec(comiteDecider);
const agent = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ now: '2024-03-28T18:00:00.000Z', ...extra });
const ETAT = 'prefecture-nord';
const REGION = 'region-hdf';
const LIGNE_ETAT = ligneIdDe(ETAT, 'credits_specifiques');
const LIGNE_REGION = ligneIdDe(REGION, 'droit_commun');

const convoquerData: ConvoquerComite['data'] = {
  comiteId: 'comite-2024-1',
  annee: 2024,
  date: '2024-03-28',
  libelle: 'Comité des financeurs du 28 mars 2024',
  membres: [
    { organisationId: 'mel', nom: 'Métropole Européenne de Lille', qualite: 'presidence' },
    { organisationId: ETAT, nom: 'Préfecture du Nord', qualite: 'financeur' },
    { organisationId: REGION, nom: 'Région Hauts-de-France', qualite: 'financeur' },
    { organisationId: 'conseil-citoyen-alma', nom: 'Conseil citoyen Alma', qualite: 'partenaire' },
  ],
};
const convoque: ComiteEvent = { type: 'ComiteConvoque', data: convoquerData };
const c = (command: Omit<ComiteCommand, 'metadata'>, metadata = agent()) => ({ ...command, metadata }) as ComiteCommand;
const retenu: DecisionComite = {
  dossierId: 'd-1',
  titre: 'Ateliers parents-enfants',
  decision: 'retenu',
  lignes: [
    { ligneId: LIGNE_ETAT, financeurId: ETAT, resultat: 'vote', montant: 4_000_00 },
    { ligneId: LIGNE_REGION, financeurId: REGION, resultat: 'refuse', motif: 'hors critères' },
  ],
};
const nonRetenu: DecisionComite = {
  dossierId: 'd-2',
  decision: 'non_retenu',
  motif: 'hors priorités',
  lignes: [{ ligneId: LIGNE_ETAT, financeurId: ETAT, resultat: 'refuse' }],
};
const ajourne: DecisionComite = { dossierId: 'd-3', decision: 'ajourne', lignes: [] };
const arreter = (decisions: DecisionComite[], metadata = agent(), presents?: string[]) =>
  c({ type: 'ArreterProgrammation', data: { comiteId: 'comite-2024-1', decisions, ...(presents ? { presents } : {}) } }, metadata);

describe('comité des financeurs', () => {
  it('names its stream', () => {
    expect(comiteStream('mel', '2024-1')).toBe('mel:comite-2024-1');
  });

  describe('ConvoquerComite', () => {
    it('records the session, its date and members', () => {
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: convoquerData }))
        .then([convoque]);
    });

    it('refuses a duplicate (CONFLICT), non-staff (FORBIDDEN), bad members (VALIDATION_FAILED)', () => {
      spec
        .given([convoque])
        .when(c({ type: 'ConvoquerComite', data: convoquerData }))
        .thenRefused('CONFLICT');
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: convoquerData }, agent({ actor: { userId: 'u', role: 'instructeur', organisationId: ETAT } })))
        .thenRefused('FORBIDDEN');
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: { ...convoquerData, membres: [] } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'membres' });
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: { ...convoquerData, membres: [convoquerData.membres[0]] } }))
        .thenRefused('VALIDATION_FAILED', /at least one financeur/, { field: 'membres' });
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: { ...convoquerData, membres: [convoquerData.membres[1], convoquerData.membres[1]] } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'membres[1].organisationId' });
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: { ...convoquerData, date: '28/03/2024' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'date' });
    });
  });

  describe('ArreterProgrammation', () => {
    it('records every vote and every dossier decision as ONE event', () => {
      spec
        .given([convoque])
        .when(arreter([retenu, nonRetenu, ajourne]))
        .then([
          {
            type: 'ProgrammationArretee',
            data: {
              comiteId: 'comite-2024-1',
              annee: 2024,
              date: '2024-03-28',
              presents: ['mel', ETAT, REGION, 'conseil-citoyen-alma'],
              decisions: [retenu, nonRetenu, ajourne],
            },
          },
        ]);
    });

    it('refuses to decide a dossier twice (CONFLICT in the comité, VALIDATION_FAILED in one command)', () => {
      const arretee: ComiteEvent = {
        type: 'ProgrammationArretee',
        data: { comiteId: 'comite-2024-1', annee: 2024, date: '2024-03-28', presents: [ETAT], decisions: [retenu] },
      };
      spec
        .given([convoque, arretee])
        .when(arreter([retenu]))
        .thenRefused('CONFLICT', undefined, { dossierId: 'd-1' });
      spec
        .given([convoque])
        .when(arreter([retenu, retenu]))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'decisions[1].dossierId' });
    });

    it('refuses a financeur deciding another financeur\u2019s line (FORBIDDEN)', () => {
      spec
        .given([convoque])
        .when(arreter([{ ...retenu, lignes: [{ ligneId: LIGNE_REGION, financeurId: ETAT, resultat: 'vote', montant: 1 }] }]))
        .thenRefused('FORBIDDEN', /its own lines/, { financeurId: ETAT, ligneId: LIGNE_REGION });
    });

    it('refuses votes by non-members, partners or absent financeurs (VALIDATION_FAILED)', () => {
      const line = (financeurId: string) => [
        { ...retenu, lignes: [{ ligneId: ligneIdDe(financeurId, 'droit_commun'), financeurId, resultat: 'vote' as const, montant: 1 }] },
      ];
      spec
        .given([convoque])
        .when(arreter(line('caf-nord')))
        .thenRefused('VALIDATION_FAILED', /not a financeur/, { field: 'decisions[0].lignes[0].financeurId' });
      spec
        .given([convoque])
        .when(arreter(line('conseil-citoyen-alma')))
        .thenRefused('VALIDATION_FAILED', /not a financeur/);
      spec
        .given([convoque])
        .when(arreter(line(REGION), agent(), ['mel', ETAT]))
        .thenRefused('VALIDATION_FAILED', /not present/);
      spec
        .given([convoque])
        .when(arreter([retenu], agent(), ['inconnu']))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'presents' });
    });

    it('refuses inconsistent decisions: retenu without vote, non retenu with a vote, bad amounts', () => {
      spec
        .given([convoque])
        .when(arreter([{ ...retenu, lignes: [retenu.lignes[1]] }]))
        .thenRefused('VALIDATION_FAILED', /at least one/, { field: 'decisions[0].decision' });
      spec
        .given([convoque])
        .when(arreter([{ ...nonRetenu, lignes: [retenu.lignes[0]] }]))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'decisions[0].decision' });
      spec
        .given([convoque])
        .when(arreter([{ ...retenu, lignes: [{ ...retenu.lignes[0], montant: -1 }] }]))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'decisions[0].lignes[0].montant' });
      spec
        .given([convoque])
        .when(arreter([{ ...retenu, lignes: [retenu.lignes[0], retenu.lignes[0]] }]))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'decisions[0].lignes[1].ligneId' });
      spec
        .given([convoque])
        .when(arreter([{ ...retenu, anneeReport: 2025 }]))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'decisions[0].anneeReport' });
      spec.given([convoque]).when(arreter([])).thenRefused('VALIDATION_FAILED', undefined, { field: 'decisions' });
    });

    it('refuses decisions recorded before the comité meets, after it closed, or on an unknown comité', () => {
      spec
        .given([convoque])
        .when(arreter([retenu], agent({ now: '2024-03-27T10:00:00.000Z' })))
        .thenRefused('INVALID_TRANSITION', /meets on 2024-03-28/, { state: 'a_venir' });
      spec
        .given([convoque, { type: 'ComiteClos', data: { comiteId: 'comite-2024-1', dossiersDecides: 0 } }])
        .when(arreter([retenu]))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'clos', command: 'ArreterProgrammation' });
      spec
        .given([])
        .when(arreter([retenu]))
        .thenRefused('NOT_FOUND');
      spec
        .given([convoque])
        .when(arreter([retenu], agent({ actor: { userId: 'a', role: 'auditeur' } })))
        .thenRefused('FORBIDDEN');
    });
  });

  describe('members with several capacities, corrected after the convocation', () => {
    const coPresidence = { organisationId: ETAT, nom: 'Préfecture du Nord', qualite: 'presidence' as const };
    const corriger = (membres: ConvoquerComite['data']['membres'], metadata = agent({ reason: 'la préfète co-préside' })) =>
      c({ type: 'CorrigerMembresComite', data: { comiteId: 'comite-2024-1', membres } }, metadata);

    it('the State may co-preside and finance: one entry per capacity; the same capacity twice is refused', () => {
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: { ...convoquerData, membres: [...convoquerData.membres, coPresidence] } }))
        .thenMatches([{ type: 'ComiteConvoque' }]);
      spec
        .given([{ type: 'ComiteConvoque', data: { ...convoquerData, membres: [...convoquerData.membres, coPresidence] } }])
        .when(arreter([retenu]))
        .thenMatches([{ type: 'ProgrammationArretee' }]);
      spec
        .given([])
        .when(c({ type: 'ConvoquerComite', data: { ...convoquerData, membres: [...convoquerData.membres, convoquerData.membres[1]] } }))
        .thenRefused('VALIDATION_FAILED', /twice as financeur/, { field: 'membres[4].organisationId' });
    });

    it('corrects the members with a reason, naming those before', () => {
      const membres = [...convoquerData.membres, coPresidence];
      spec
        .given([convoque])
        .when(corriger(membres))
        .then([{ type: 'MembresComiteCorriges', data: { comiteId: 'comite-2024-1', membres, precedents: convoquerData.membres } }]);
      spec
        .given([convoque])
        .when(corriger([...convoquerData.membres].reverse()))
        .thenNothing();
    });

    it('refuses without a reason, bad members, non-staff, a closed comité, and removing a financeur that already decided', () => {
      spec
        .given([convoque])
        .when(corriger(convoquerData.membres.slice(1), agent()))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec.given([convoque]).when(corriger([])).thenRefused('VALIDATION_FAILED', undefined, { field: 'membres' });
      spec
        .given([convoque])
        .when(corriger(convoquerData.membres, agent({ reason: 'x', actor: { userId: 'p', role: 'porteur', organisationId: 'asso' } })))
        .thenRefused('FORBIDDEN');
      spec
        .given([convoque, { type: 'ComiteClos', data: { comiteId: 'comite-2024-1', dossiersDecides: 0 } }])
        .when(corriger(convoquerData.membres))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'clos', command: 'CorrigerMembresComite' });
      const decided: ComiteEvent = {
        type: 'ProgrammationArretee',
        data: { comiteId: 'comite-2024-1', annee: 2024, date: '2024-03-28', presents: [ETAT, REGION], decisions: [retenu] },
      };
      spec
        .given([convoque, decided])
        .when(corriger(convoquerData.membres.filter((membre) => membre.organisationId !== REGION)))
        .thenRefused('VALIDATION_FAILED', /already decided lines/, { field: 'membres', organisationId: REGION });
      spec.given([]).when(corriger(convoquerData.membres)).thenRefused('NOT_FOUND');
    });
  });

  describe('CloreComite', () => {
    it('closes the session with the number of dossiers decided', () => {
      const arretee: ComiteEvent = {
        type: 'ProgrammationArretee',
        data: { comiteId: 'comite-2024-1', annee: 2024, date: '2024-03-28', presents: [ETAT], decisions: [retenu, ajourne] },
      };
      spec
        .given([convoque, arretee])
        .when(c({ type: 'CloreComite', data: { comiteId: 'comite-2024-1' } }))
        .then([{ type: 'ComiteClos', data: { comiteId: 'comite-2024-1', dossiersDecides: 2 } }]);
      spec
        .given([convoque, arretee, { type: 'ComiteClos', data: { comiteId: 'comite-2024-1', dossiersDecides: 2 } }])
        .when(c({ type: 'CloreComite', data: { comiteId: 'comite-2024-1' } }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'clos', command: 'CloreComite' });
      spec
        .given([])
        .when(c({ type: 'CloreComite', data: { comiteId: 'comite-2024-1' } }))
        .thenRefused('NOT_FOUND');
      spec
        .given([convoque])
        .when(c({ type: 'CloreComite', data: { comiteId: 'comite-2024-1' } }, agent({ actor: { userId: 'l', role: 'lecteur' } })))
        .thenRefused('FORBIDDEN');
    });
  });
});

describe('comité decision → dossier commands', () => {
  const recorded = (decisions: DecisionComite[]): RecordedEvent => ({
    id: '0190a1b2-0000-7000-8000-000000000001',
    type: 'ProgrammationArretee',
    schemaVersion: 1,
    stream: 'mel:comite-comite-2024-1',
    revision: 1,
    position: 42,
    data: { comiteId: 'comite-2024-1', annee: 2024, date: '2024-03-28', presents: [ETAT, REGION], decisions },
    metadata: {
      tenantId: 'mel',
      actor: { userId: 'secretariat', role: 'agent' },
      source: 'api',
      correlationId: 'corr-1',
      recordedAt: '2024-03-29T08:00:00.000Z',
      prevHash: 'x',
      hash: 'y',
    },
  });

  it('maps votes and refusals first, then the dossier decision, each caused by the comité event', () => {
    const regles: RegleFinancement[] = [{ id: 'r', libelle: 'r', application: 'avertissement', type: 'plafond', montantMax: 1, cible: {} }];
    const commands = dossierCommandsFromComite(
      recorded([retenu, nonRetenu, { ...ajourne, anneeReport: 2026, motif: 'à retravailler' }]) as RecordedEvent<ComiteEvent>,
      { regles },
    );
    expect(commands.map(({ stream, command }) => [stream, command.type])).toEqual([
      ['mel:dossier-d-1', 'VoterFinancement'],
      ['mel:dossier-d-1', 'RefuserFinancement'],
      ['mel:dossier-d-1', 'RetenirDossier'],
      ['mel:dossier-d-2', 'RefuserFinancement'],
      ['mel:dossier-d-2', 'NePasRetenirDossier'],
      ['mel:dossier-d-3', 'AjournerDossier'],
    ]);
    expect(commands[0].command).toMatchObject({
      data: { dossierId: 'd-1', ligneId: LIGNE_ETAT, montant: 4_000_00, comiteId: 'comite-2024-1', contexte: { regles } },
      metadata: {
        tenantId: 'mel',
        actor: { userId: 'secretariat', role: 'agent' },
        causationId: '0190a1b2-0000-7000-8000-000000000001',
        correlationId: 'corr-1',
        effectiveAt: '2024-03-28',
        now: '2024-03-29T08:00:00.000Z',
      },
    });
    expect(commands[5].command).toMatchObject({ data: { anneeReport: 2026, motif: 'à retravailler' } });
    const ids = commands.map(({ command }) => command.metadata.commandId);
    expect(new Set(ids).size).toBe(ids.length);
    // Deterministic: the same event gives the same commandIds, so a second dispatch appends nothing.
    expect(dossierCommandsFromComite(recorded([retenu]) as RecordedEvent<ComiteEvent>).map(({ command }) => command.metadata.commandId)).toEqual(
      ids.slice(0, 3),
    );
  });

  it('calls for nothing on other comité events, and dossierCommandsFor routes by event type', () => {
    const other = { ...recorded([]), type: 'ComiteClos', data: { comiteId: 'comite-2024-1', dossiersDecides: 0 } };
    expect(dossierCommandsFromComite(other as RecordedEvent<ComiteEvent>)).toEqual([]);
    expect(dossierCommandsFor(recorded([retenu]))).toHaveLength(3);
    expect(dossierCommandsFor({ ...recorded([]), type: 'DossierDepose' })).toEqual([]);
  });

  it('applied by a command handler, records the comité\u2019s decisions in each dossier exactly once', async () => {
    const store = new MemoryEventStore();
    const handler = new CommandHandler(store);
    const meta = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ now: '2024-01-15T09:00:00.000Z', ...extra });
    const appel = { annee: 2024, statut: 'ouvert' as const, ouvertureLe: '2023-11-15', clotureLe: '2024-01-31' };
    for (const dossierId of ['d-1', 'd-2']) {
      const stream = dossierStream('mel', dossierId);
      const base = {
        titre: dossierId,
        description: '',
        publics: [],
        perimetre: { type: 'intercommunal' as const },
        qpv: [],
        classement: {},
        coutTotal: 10_000_00,
        dateDebut: '2024-01-01',
        dateFin: '2024-12-31',
        nombreActions: 1,
      };
      await handler.handle(dossierDecider, {
        stream,
        command: {
          type: 'DeposerDossier',
          data: { dossierId, annee: 2024, porteur: { id: 'p', nom: 'P', kind: 'association' }, ...base, contexte: { appel } },
          metadata: meta(),
        },
      });
      await handler.handle(dossierDecider, {
        stream,
        command: {
          type: 'DemanderFinancement',
          data: {
            dossierId,
            financeur: { id: ETAT, nom: 'Préfecture', categorie: 'etat_credits_specifiques' },
            nature: 'credits_specifiques',
            montant: 5_000_00,
          },
          metadata: meta(),
        },
      });
      await handler.handle(dossierDecider, {
        stream,
        command: {
          type: 'DemanderFinancement',
          data: { dossierId, financeur: { id: REGION, nom: 'Région', categorie: 'region' }, nature: 'droit_commun', montant: 2_000_00 },
          metadata: meta(),
        },
      });
      await handler.handle(dossierDecider, { stream, command: { type: 'MettreEnInstruction', data: { dossierId }, metadata: meta() } });
    }
    await handler.handle(comiteDecider, {
      stream: comiteStream('mel', 'comite-2024-1'),
      command: { type: 'ConvoquerComite', data: convoquerData, metadata: agent() },
    });
    const decided = await handler.handle(comiteDecider, {
      stream: comiteStream('mel', 'comite-2024-1'),
      command: arreter([retenu, { ...nonRetenu, lignes: [] }]),
    });
    if (!decided.ok) throw new Error(decided.refusal.message);
    const cause = decided.events[0];
    for (let round = 0; round < 2; round++) {
      for (const { stream, command } of dossierCommandsFromComite(cause)) {
        const result = await handler.handle(dossierDecider, { stream, command });
        expect(result.ok).toBe(true);
      }
    }
    const d1 = await store.readStream(dossierStream('mel', 'd-1'));
    expect(d1.slice(4).map((e) => [e.type, e.metadata.causationId])).toEqual([
      ['FinancementVote', cause.id],
      ['FinancementRefuse', cause.id],
      ['DossierRetenu', cause.id],
    ]);
    const d2 = await store.readStream(dossierStream('mel', 'd-2'));
    expect(d2.slice(4).map((e) => e.type)).toEqual(['FinancementRefuse', 'FinancementRefuse', 'DossierNonRetenu']);
  });
});
