import {
  appelDecider,
  appelStream,
  comiteDecider,
  comiteStream,
  conventionDecider,
  conventionStream,
  dossierCommandsFor,
  dossierDecider,
  dossierStream,
  type AppelLu,
  type DossierChamps,
  type FinanceurRef,
  type PorteurRef,
} from '@cdv/domain-programmation';
import {
  CommandHandler,
  type Actor,
  type Command,
  type CommandMetadata,
  type Decider,
  type DomainEvent,
  type EventStore,
  type RecordedEvent,
} from '@cdv/eventsourcing';

const AGENT: Actor = { userId: 'u-agent', role: 'agent' };

/**
 * Appends one event as it is given, without a decider: for tests about what happens to stored events whatever
 * they say (hash chains, seals, pages, upcasting of an old shape). Tests about what events mean use
 * `seedProgrammation` and `runCommand`, which record real events through the real deciders.
 */
export async function appendEvent(
  store: EventStore,
  stream: string,
  type: string,
  data: unknown,
  metadata: { actor?: Actor; effectiveAt?: string; reason?: string } = {},
): Promise<RecordedEvent> {
  const tenantId = stream.slice(0, stream.indexOf(':'));
  const result = await store.append(stream, [{ type, data, metadata: { tenantId, actor: metadata.actor ?? AGENT, source: 'api', ...metadata } }], {
    expectedRevision: 'any',
  });
  return result.events[0];
}

export const ETAT: FinanceurRef = { id: 'etat', nom: 'Préfecture', categorie: 'etat_credits_specifiques' };
export const REGION: FinanceurRef = { id: 'region', nom: 'Région', categorie: 'region' };
const PORTEUR: PorteurRef = { id: 'asso-1', nom: 'Les Petits Pas', kind: 'association' };
const DECIDERS = { appel: appelDecider, dossier: dossierDecider, comite: comiteDecider, convention: conventionDecider } as const;

/**
 * Runs one command through the real decider of its stream's category, then the dossier commands its events call
 * for (as the application's process manager does); fails the test on a refusal. Returns the events recorded.
 */
export async function runCommand(
  store: EventStore,
  stream: string,
  type: string,
  data: Record<string, unknown>,
  metadata: Partial<CommandMetadata> = {},
): Promise<RecordedEvent[]> {
  const handler = new CommandHandler(store, { stateCacheSize: 0 });
  const tenantId = stream.slice(0, stream.indexOf(':'));
  const category = stream.slice(stream.indexOf(':') + 1).split('-')[0] as keyof typeof DECIDERS;
  const command: Command = { type, data, metadata: { tenantId, actor: AGENT, source: 'api', now: '2024-04-12T18:00:00.000Z', ...metadata } };
  const result = await handler.handle(DECIDERS[category] as unknown as Decider<Command, DomainEvent, unknown>, { stream, command });
  if (!result.ok) throw new Error(`${type} on ${stream} refused: ${result.refusal.code} ${result.refusal.message}`);
  for (const event of result.events) {
    for (const derived of dossierCommandsFor(event)) {
      const applied = await handler.handle(dossierDecider as unknown as Decider<Command, DomainEvent, unknown>, derived);
      if (!applied.ok) throw new Error(`${derived.command.type} on ${derived.stream} refused: ${applied.refusal.message}`);
    }
  }
  return result.events;
}

const champs = (titre: string, annee: number): DossierChamps => ({
  titre,
  description: '',
  publics: [],
  perimetre: { type: 'intercommunal' },
  qpv: [],
  classement: {},
  coutTotal: 20_000_00,
  dateDebut: `${annee}-03-01`,
  dateFin: `${annee}-12-31`,
  nombreActions: 1,
});

/**
 * A small programmation (2023 and 2024), recorded by the real deciders, with events of another tenant (`autre-{tenant}`)
 * interleaved:
 * - appel-2023; dossier-3 (2023), voted and retained by the agent;
 * - appel-2024; dossier-1 (asks the État 5 000 €, avis of the État's instructeur on 2024-04-10) and dossier-2 (asks the
 *   Région 2 000 €), both under instruction;
 * - comite-2024-1 (12 April 2024) retains both: its decision names them in decisions[].dossierId, and its votes are
 *   recorded in each dossier (État 4 500 €, Région 1 500 €);
 * - convention-9 signed for dossier-1 (dossiers[].dossierId), which conventionnes it.
 */
export async function seedProgrammation(store: EventStore, tenant = 'mel'): Promise<void> {
  const appel = (annee: number): AppelLu => ({ annee, statut: 'ouvert', ouvertureLe: `${annee - 1}-11-01`, clotureLe: `${annee}-01-31` });
  const ouvrir = (annee: number) =>
    runCommand(store, appelStream(tenant, annee), 'OuvrirAppelAProjets', {
      annee,
      titre: `Appel ${annee}`,
      ouvertureLe: `${annee - 1}-11-01`,
      clotureLe: `${annee}-01-31`,
      priorites: [],
      enveloppes: [],
      comites: [],
    });
  const deposer = (t: string, id: string, annee: number, titre: string, financeur: FinanceurRef, montant: number) => [
    () =>
      runCommand(
        store,
        dossierStream(t, id),
        'DeposerDossier',
        { dossierId: id, annee, porteur: PORTEUR, ...champs(titre, annee), contexte: { appel: appel(annee) } },
        { tenantId: t, now: `${annee}-01-15T09:00:00.000Z` },
      ),
    () =>
      runCommand(
        store,
        dossierStream(t, id),
        'DemanderFinancement',
        { dossierId: id, financeur, nature: financeur === ETAT ? 'credits_specifiques' : 'droit_commun', montant },
        { tenantId: t },
      ),
    () => runCommand(store, dossierStream(t, id), 'MettreEnInstruction', { dossierId: id }, { tenantId: t }),
  ];
  const steps: Array<() => Promise<unknown>> = [
    () => ouvrir(2023),
    ...deposer(tenant, '3', 2023, 'Jardins partagés', ETAT, 3_000_00),
    ...deposer(`autre-${tenant}`, '1', 2024, 'Autre territoire', ETAT, 1_00),
    () => ouvrir(2024),
    ...deposer(tenant, '1', 2024, 'Ateliers numériques', ETAT, 5_000_00),
    ...deposer(tenant, '2', 2024, 'Médiation', REGION, 2_000_00),
    () =>
      runCommand(
        store,
        dossierStream(tenant, '1'),
        'EmettreAvis',
        { dossierId: '1', auteur: { id: ETAT.id, nom: ETAT.nom }, avis: 'favorable', commentaire: '' },
        { actor: { userId: 'u-etat', role: 'instructeur', organisationId: 'etat' }, effectiveAt: '2024-04-10' },
      ),
    () =>
      runCommand(store, comiteStream(tenant, '2024-1'), 'ConvoquerComite', {
        comiteId: '2024-1',
        annee: 2024,
        date: '2024-04-12',
        libelle: 'Comité des financeurs',
        membres: [ETAT, REGION].map((financeur) => ({ organisationId: financeur.id, nom: financeur.nom, qualite: 'financeur' })),
      }),
    () =>
      runCommand(
        store,
        comiteStream(tenant, '2024-1'),
        'ArreterProgrammation',
        {
          comiteId: '2024-1',
          decisions: [
            { dossierId: '1', decision: 'retenu', lignes: [{ ligneId: 'etat:credits_specifiques', financeurId: 'etat', resultat: 'vote', montant: 4_500_00 }] },
            { dossierId: '2', decision: 'retenu', lignes: [{ ligneId: 'region:droit_commun', financeurId: 'region', resultat: 'vote', montant: 1_500_00 }] },
          ],
        },
        { effectiveAt: '2024-04-12' },
      ),
    () =>
      runCommand(store, conventionStream(tenant, '9'), 'SignerConvention', {
        conventionId: '9',
        typeConvention: 'annuelle',
        objet: 'Ateliers numériques',
        porteur: PORTEUR,
        signataires: [ETAT],
        anneeDebut: 2024,
        anneeFin: 2024,
        dateSignature: '2024-04-20',
        dossiers: [{ dossierId: '1', annee: 2024 }],
      }),
    () => runCommand(store, dossierStream(tenant, '3'), 'VoterFinancement', { dossierId: '3', ligneId: 'etat:credits_specifiques', montant: 3_000_00 }),
    () => runCommand(store, dossierStream(tenant, '3'), 'RetenirDossier', { dossierId: '3' }),
  ];
  for (const step of steps) await step();
}
