import { CommandHandler, MemoryEventStore, type Command, type CommandMetadata, type Decider, type DomainEvent, type RecordedEvent } from '@cdv/eventsourcing';
import { appelDecider } from './appel/appel.decider';
import { appelStream } from './appel/appel.stream';
import { comiteDecider } from './comite/comite.decider';
import { comiteStream } from './comite/comite.stream';
import { conventionDecider } from './convention/convention.decider';
import { conventionStream } from './convention/convention.stream';
import { dossierDecider } from './dossier/dossier.decider';
import { agent, as, beneficiaires, champs, etat, lePorteur, LIGNE_ETAT, LIGNE_REGION, porteur, region, ville } from './dossier/dossier.mother';
import { dossierStream } from './dossier/dossier.stream';
import { fichier, RIB, STATUTS } from './pieces/piece.mother';
import { dossierCommandsFor } from './reactions';
import { ligneIdDe } from './shared/references';

/**
 * Object mother: one whole programmation year of `mel`, produced by the real deciders through a command handler,
 * with the dossier commands comité and convention events call for, as the application dispatches them. Every event
 * type of the context occurs at least once, so that tests over « every event type » run on events as they are
 * really recorded, not on a shape invented for the test.
 *
 * d1: retained, conventionné in the CPO conv-1 (2024–2025), partly paid, justified, corrected, soldé with a reliquat;
 * d2: not retained; d3: ajourné, carried on in 2025 by d5; d4: abandoned.
 */
export async function uneAnneeComplete(): Promise<RecordedEvent[]> {
  const store = new MemoryEventStore();
  const handler = new CommandHandler(store);
  const at = (now: string, extra: Partial<CommandMetadata> = {}) => agent({ now, ...extra });

  async function run(decider: Decider<Command, DomainEvent, unknown>, stream: string, command: Command, { toleratedDerivedRefusals = false } = {}) {
    const result = await handler.handle(decider, { stream, command });
    if (!result.ok) throw new Error(`${command.type} on ${stream} refused: ${result.refusal.message}`);
    for (const event of result.events) {
      for (const derived of dossierCommandsFor(event)) {
        const applied = await handler.handle(dossierDecider as unknown as Decider<Command, DomainEvent, unknown>, {
          stream: derived.stream,
          command: derived.command,
        });
        if (!applied.ok && !toleratedDerivedRefusals) throw new Error(`${derived.command.type} on ${derived.stream} refused: ${applied.refusal.message}`);
      }
    }
  }
  const appel = (annee: number, type: string, data: Record<string, unknown>, metadata = agent()) =>
    run(appelDecider as never, appelStream('mel', annee), { type, data: { annee, ...data }, metadata });
  const dossier = (id: string, type: string, data: Record<string, unknown>, metadata = agent()) =>
    run(dossierDecider as never, dossierStream('mel', id), { type, data: { dossierId: id, ...data }, metadata });
  const comite = (type: string, data: Record<string, unknown>, metadata: CommandMetadata) =>
    run(comiteDecider as never, comiteStream('mel', 'c-2024'), { type, data: { comiteId: 'c-2024', ...data }, metadata });
  const convention = (type: string, data: Record<string, unknown>, metadata: CommandMetadata, options = {}) =>
    run(conventionDecider as never, conventionStream('mel', 'conv-1'), { type, data: { conventionId: 'conv-1', ...data }, metadata }, options);

  /** Opens the appel of `annee` (1 Nov. → 31 Jan.) and returns its state as the application passes it to a deposit. */
  const ouvrir = async (annee: number, enveloppes: unknown[] = []) => {
    const lu = { annee, statut: 'ouvert' as const, ouvertureLe: `${annee - 1}-11-15`, clotureLe: `${annee}-01-31` };
    await appel(annee, 'OuvrirAppelAProjets', {
      titre: `Appel ${annee}`,
      ouvertureLe: lu.ouvertureLe,
      clotureLe: lu.clotureLe,
      priorites: [],
      enveloppes,
      comites: [],
    });
    return lu;
  };
  const appel2024 = await ouvrir(2024, [{ financeur: etat, nature: 'credits_specifiques', montant: 10_000_00 }]);
  await appel(2024, 'FixerEnveloppe', { financeur: region, montant: 5_000_00 });
  await appel(2024, 'PlanifierComite', { comiteId: 'c-2024', date: '2024-03-28', libelle: 'Comité des financeurs' });
  await appel(2024, 'ModifierDateCloture', { clotureLe: '2024-02-15' });
  await appel(2024, 'DefinirPiecesRequises', { pieces: [{ type: RIB, etape: 'depot', porteurKinds: [] }] });

  for (const id of ['d1', 'd2', 'd3', 'd4']) {
    await dossier(id, 'DeposerDossier', { annee: 2024, porteur, ...champs, contexte: { appel: appel2024 } }, lePorteur());
    await dossier(id, 'DemanderFinancement', { financeur: etat, nature: 'credits_specifiques', montant: 5_000_00 }, lePorteur());
  }
  await dossier('d1', 'ModifierDossier', { changes: { titre: 'Ateliers parents-enfants du samedi' } }, lePorteur());
  await dossier('d1', 'DemanderFinancement', { financeur: region, nature: 'droit_commun', montant: 2_000_00 }, lePorteur());
  await dossier('d1', 'DemanderFinancement', { financeur: ville, nature: 'droit_commun', montant: 1_000_00 }, lePorteur());
  await dossier('d1', 'RetirerDemandeFinancement', { ligneId: ligneIdDe(ville.id, 'droit_commun') }, lePorteur());
  await dossier('d1', 'DeposerPiece', { pieceId: 'p-rib', cible: 'dossier', type: RIB, fichier: fichier('rib.pdf') }, lePorteur());
  await dossier('d1', 'RemplacerPiece', { pieceId: 'p-rib', fichier: fichier('rib-2.pdf') }, lePorteur({ reason: 'nouveau compte' }));
  await dossier('d1', 'DeposerPiece', { pieceId: 'p-statuts', cible: 'dossier', type: STATUTS, fichier: fichier('statuts.pdf') }, lePorteur());
  await dossier('d1', 'RetirerPiece', { pieceId: 'p-statuts' }, at('2024-01-20T09:00:00.000Z', { reason: 'statuts d’une autre association' }));
  await dossier('d1', 'RattacherASerie', { serie: { id: 'ateliers-parents', rang: 2 } });
  await dossier('d4', 'AbandonnerDossier', { motif: 'plus de bénévoles' }, lePorteur());
  for (const id of ['d1', 'd2', 'd3']) await dossier(id, 'MettreEnInstruction', {});
  await dossier('d1', 'EmettreAvis', { auteur: { id: etat.id, nom: etat.nom }, avis: 'favorable', commentaire: '' });
  await dossier('d1', 'ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 4_000_00 });
  await appel(2024, 'CloreAppelAProjets', {});

  const seance = '2024-03-28T18:00:00.000Z';
  await comite(
    'ConvoquerComite',
    {
      annee: 2024,
      date: '2024-03-28',
      libelle: 'Comité des financeurs',
      membres: [etat, region].map((financeur) => ({ organisationId: financeur.id, nom: financeur.nom, qualite: 'financeur' })),
    },
    at(seance),
  );
  const membres = [etat, region].map((financeur) => ({ organisationId: financeur.id, nom: financeur.nom, qualite: 'financeur' }));
  await comite(
    'CorrigerMembresComite',
    { membres: [...membres, { organisationId: etat.id, nom: etat.nom, qualite: 'presidence' }] },
    at(seance, { reason: 'la préfète co-préside' }),
  );
  await comite(
    'ArreterProgrammation',
    {
      decisions: [
        {
          dossierId: 'd1',
          decision: 'retenu',
          lignes: [
            { ligneId: LIGNE_ETAT, financeurId: etat.id, resultat: 'vote', montant: 4_000_00 },
            { ligneId: LIGNE_REGION, financeurId: region.id, resultat: 'refuse' },
          ],
        },
        { dossierId: 'd2', decision: 'non_retenu', lignes: [] },
        { dossierId: 'd3', decision: 'ajourne', lignes: [] },
      ],
    },
    at(seance),
  );
  await comite('CloreComite', {}, at(seance));

  const signature = '2024-04-10T10:00:00.000Z';
  await convention(
    'SignerConvention',
    {
      typeConvention: 'pluriannuelle',
      objet: 'Ateliers parents-enfants',
      porteur,
      signataires: [etat],
      anneeDebut: 2024,
      anneeFin: 2025,
      dateSignature: '2024-04-10',
      dossiers: [{ dossierId: 'd1', annee: 2024 }],
    },
    at(signature),
  );
  await convention(
    'EngagerTranche',
    { annee: 2024, dossierId: 'd1', ligneId: LIGNE_ETAT, financeurId: etat.id, montant: 4_000_00, numeroEngagementJuridique: 'EJ-1' },
    at(signature),
  );
  await dossier('d1', 'DemarrerAction', { dateDebut: '2024-04-15' }, lePorteur({ now: signature }));
  await dossier(
    'd1',
    'EnregistrerVersement',
    { ligneId: LIGNE_ETAT, versementId: 'v1', type: 'acompte', montant: 3_500_00, date: '2024-05-02' },
    at(signature),
  );
  await dossier(
    'd1',
    'DeposerBilan',
    { coutRealise: 9_000_00, beneficiaires, indicateurs: [{ indicateurId: 'participants', libelle: 'Participants', valeur: 40 }], recit: 'Bilan' },
    lePorteur({ now: '2025-01-20T09:00:00.000Z' }),
  );
  await dossier('d1', 'JustifierFinancement', { ligneId: LIGNE_ETAT, montant: 3_400_00 }, at('2025-02-01T09:00:00.000Z'));
  await dossier(
    'd1',
    'CorrigerMontant',
    { ligneId: LIGNE_ETAT, etape: 'justifie', montant: 3_500_00 },
    at('2025-02-02T09:00:00.000Z', { reason: 'pièce oubliée' }),
  );
  await dossier('d1', 'SolderDossier', {}, at('2025-02-03T09:00:00.000Z', { reason: 'action réalisée à 88 %' }));
  await appel(2024, 'CloturerExercice', { dossiersNonSoldes: 0 }, at('2025-02-04T09:00:00.000Z'));

  // 2025: d5 carries on the ajourné d3, and joins the CPO (its own state decides later whether it can be conventionné).
  const appel2025 = await ouvrir(2025);
  await dossier(
    'd5',
    'DeposerDossier',
    {
      annee: 2025,
      porteur,
      ...champs,
      dateDebut: '2025-03-01',
      dateFin: '2025-12-31',
      origine: { dossierId: 'd3', annee: 2024 },
      contexte: { appel: appel2025 },
    },
    as('porteur', porteur.id, { now: '2025-01-10T09:00:00.000Z' }),
  );
  await convention('RattacherDossierAConvention', { dossierId: 'd5', annee: 2025 }, at('2025-04-01T09:00:00.000Z'), { toleratedDerivedRefusals: true });

  return store.readAll();
}
