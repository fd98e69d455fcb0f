import { aggregate } from 'mingo';
import { CommandHandler, MemoryEventStore, type CentsSum, type Command, type Decider, type DomainEvent, type RecordedEvent } from '@cdv/eventsourcing';
import { appelDecider, comiteDecider, conventionDecider, dossierCommandsFor, dossierDecider } from '@cdv/domain-programmation';
import {
  appelProjection,
  avecEnveloppes,
  dossierListProjection,
  financeurLedgerPipeline,
  programmationSummaryPipeline,
  type LedgerRow,
  type ProgrammationSummary,
  type RegleComptage,
  withExactSums,
} from '@cdv/projections-programmation';
import { project } from '@cdv/testing';
import { cabbalr2019Programmation, cabbalr2019Referentiel, CABBALR_REGLES_FINANCEMENT } from './demo-programmation';
import type { CommandeAgregat } from '@cdv/application-programmation';

const DECIDERS = { appel: appelDecider, dossier: dossierDecider, comite: comiteDecider, convention: conventionDecider } as const;

/** Runs the seed as the application would: each command, then the dossier commands its events call for. */
async function seed(store: MemoryEventStore, commands: readonly CommandeAgregat[]): Promise<{ appended: number; refusals: string[] }> {
  const handler = new CommandHandler(store);
  const refusals: string[] = [];
  let appended = 0;
  const handle = async (decider: Decider<Command, DomainEvent, unknown>, stream: string, command: Command) => {
    const result = await handler.handle(decider, { stream, command });
    if (!result.ok) {
      refusals.push(`${stream} ${command.type}: ${result.refusal.code} ${result.refusal.message}`);
      return [];
    }
    if (!result.replayed) appended += result.events.length;
    return result.events;
  };
  for (const { aggregate: kind, stream, command } of commands) {
    const events = await handle(DECIDERS[kind] as unknown as Decider<Command, DomainEvent, unknown>, stream, command);
    for (const event of events) {
      for (const derived of dossierCommandsFor(event, { regles: CABBALR_REGLES_FINANCEMENT })) {
        await handle(dossierDecider as unknown as Decider<Command, DomainEvent, unknown>, derived.stream, derived.command);
      }
    }
  }
  return { appended, refusals };
}

describe('CABBALR 2019 demo programmation', () => {
  const commands = cabbalr2019Programmation();
  let events: RecordedEvent[];
  const summary = (regle: RegleComptage) => {
    const docs = [...project(dossierListProjection, events).values()];
    return withExactSums<ProgrammationSummary>(aggregate(docs, programmationSummaryPipeline({ annee: 2019, regle }))[0]);
  };

  beforeAll(async () => {
    const store = new MemoryEventStore();
    const { refusals } = await seed(store, commands);
    expect(refusals).toEqual([]);
    events = await store.readAll();
  });

  it('is a deterministic, ordered list of commands with provenance', () => {
    expect(cabbalr2019Programmation()).toEqual(commands);
    expect(commands[0]).toMatchObject({ aggregate: 'appel', stream: 'cabbalr:appel-2019', command: { type: 'OuvrirAppelAProjets' } });
    expect(new Set(commands.map((c) => c.command.metadata.commandId)).size).toBe(commands.length);
    for (const { command } of commands) {
      expect(command.metadata).toMatchObject({ tenantId: 'cabbalr', source: 'migration', provenance: { document: '003_3822072f1ba3b923.txt' } });
    }
    expect(commands.filter((c) => c.command.type === 'DeposerDossier')).toHaveLength(123);
  });

  it('flags every invented amount in the data and the metadata', () => {
    const demandes = commands.filter((c) => c.command.type === 'DemanderFinancement');
    const synthetiques = demandes.filter((c) => (c.command.data as { synthetique?: string[] }).synthetique?.includes('montant'));
    expect(synthetiques.every((c) => c.command.metadata.provenance?.note?.includes('synthetic amount'))).toBe(true);
    // The PRE's État credits (400 809 €, L607) and the technical partner of J'apprends à nager (L278) are facts.
    expect(
      demandes.filter((c) => !synthetiques.includes(c)).map((c) => [(c.command.data as { montant: number }).montant, c.command.metadata.provenance?.lines]),
    ).toEqual([
      [400_809_00, 'L607'],
      [0, 'L278'],
    ]);
  });

  it('seeding twice appends nothing', async () => {
    const store = new MemoryEventStore();
    const first = await seed(store, commands);
    const second = await seed(store, commands);
    expect(first.appended).toBeGreaterThan(0);
    expect(second).toEqual({ appended: 0, refusals: [] });
  });

  it('counts the programmation the report\u2019s three ways, each under its rule (seed 003 §5.8)', () => {
    expect(summary('dossier').comptes).toMatchObject({ deposes: 123, retenus: 123, projetsRetenus: 123 });
    expect(summary('action_declaree').comptes.projetsRetenus).toBe(130);
    expect(summary('action_declaree').parPilier.map((g) => [g.cle, g.projets, g.porteursDistincts])).toEqual([
      ['v1.P1', 96, 49],
      ['v1.P2', 10, 8],
      ['v1.P3', 24, 18],
    ]);
    expect(summary('dossier_credits_specifiques').comptes.projetsRetenus).toBe(123);
  });

  it('reproduces the report\u2019s tables to the euro: subventions droit commun and crédits spécifiques per pilier and thématique', () => {
    const euros = (g: { vote: { droitCommun: CentsSum; creditsSpecifiques: CentsSum } }) => [
      Number(g.vote.droitCommun) / 100,
      Number(g.vote.creditsSpecifiques) / 100,
    ];
    const s = summary('action_declaree');
    expect(Object.fromEntries(s.parPilier.map((g) => [g.cle, euros(g)]))).toEqual({
      'v1.P1': [717_269, 1_595_490],
      'v1.P2': [13_005, 90_133],
      'v1.P3': [454_883, 406_645],
    });
    expect(Object.fromEntries(s.parThematique.map((g) => [g.cle, [g.projets, ...euros(g)]]))).toEqual({
      null: [34, 467_888, 496_778],
      'acces-aux-droits': [5, 53_387, 26_235],
      culture: [13, 53_336, 106_028],
      education: [23, 295_733, 773_782],
      'environnement-mobilite': [15, 60_964, 208_799],
      numerique: [7, 0, 101_869],
      'participation-des-habitants': [10, 87_169, 145_713],
      prevention: [3, 0, 33_900],
      sante: [15, 110_140, 135_624],
      sport: [5, 56_540, 63_540],
    });
  });

  it('shows the CGET envelope overrun the report\u2019s own figures imply (crédits spécifiques ≠ CGET, seed 003 §5.4)', () => {
    const docs = [...project(dossierListProjection, events).values()];
    const [appel] = [...project(appelProjection, events).values()];
    const ledger = avecEnveloppes(withExactSums<LedgerRow[]>(aggregate(docs, financeurLedgerPipeline({ annee: 2019 }))), appel);
    const etat = ledger.find((r) => r.financeurId === 'etat')!;
    expect(etat.parNature.creditsSpecifiques.vote).toBe(2_080_268_00);
    expect(etat).toMatchObject({ enveloppe: 1_712_989_00, depassement: true });
    expect(ledger.find((r) => r.financeurId === 'cabbalr')).toMatchObject({ vote: 12_000_00, enveloppe: 94_414_00, depassement: false });
  });

  it('retains every dossier through the comité, conventionnes the two CPO dossiers and engages their 2019 tranche', () => {
    const docs = [...project(dossierListProjection, events).values()];
    const cpo = docs.filter((d) => d.statut === 'conventionne' && d.conventionId?.startsWith('cpo-'));
    expect(cpo.map((d) => [d.titre, d.conventionId])).toEqual([
      ['Citoyenneté Numérique Former et Agir', 'cpo-citoyennete-numerique'],
      ["Découverte des métiers de l'armée de l'air", 'cpo-metiers-armee-de-l-air'],
    ]);
    expect(cpo.every((d) => d.totaux.engage > 0 && d.totaux.engage === d.totauxParNature.credits_specifiques.vote)).toBe(true);
    // the six Fonds de Cohésion Sociale dossiers have the EPCI's own (synthetic) annual convention
    const fcs = docs.filter((d) => d.conventionId?.startsWith('cabbalr-fcs-2019-'));
    expect(fcs).toHaveLength(6);
    expect(
      fcs.every(
        (d) => d.statut === 'conventionne' && d.porteur.kind === 'conseil_citoyen' && d.lignes.some((l) => l.dispositif?.id === 'fonds-cohesion-sociale'),
      ),
    ).toBe(true);
    expect(docs.filter((d) => d.statut === 'retenu')).toHaveLength(121 - 6);
    const nager = docs.find((d) => d.titre === "J'apprends à nager")!;
    expect(nager).toMatchObject({
      serieRang: 3,
      lignes: expect.arrayContaining([expect.objectContaining({ financeurId: 'comite-departemental-de-natation', modalite: 'technique', statut: 'demande' })]),
    });
    const caused = events.filter((e) => e.type === 'FinancementVote');
    expect(caused.every((e) => e.metadata.causationId === events.find((c) => c.type === 'ProgrammationArretee')!.id)).toBe(true);
    expect(
      events
        .filter((e) => e.type === 'FinancementDemande' || e.type === 'FinancementVote')
        .every((e) => (e.data as { avertissements: unknown[] }).avertissements.length === 0),
    ).toBe(true);
  });

  it('lists the référentiel ids it assumes', () => {
    const referentiel = cabbalr2019Referentiel();
    expect(referentiel.partenaires.porteurs).toHaveLength(61);
    expect(referentiel.partenaires.porteurs).toContainEqual({ id: 'ville-de-bethune', nom: 'Ville de Béthune', kind: 'commune', lignes: [242] });
    expect(referentiel.partenaires.porteurs).toContainEqual(expect.objectContaining({ id: 'cabbalr', kind: 'epci' }));
    expect(referentiel.partenaires.financeurs.map((f) => f.id)).toEqual([
      'etat',
      'region',
      'departement',
      'caf',
      'cabbalr',
      'comite-departemental-de-natation',
    ]);
    expect(referentiel.partenaires.porteurs).toContainEqual(expect.objectContaining({ id: 'centre-d-information-sur-les-droits-des-femmes-e' }));
    expect(referentiel.qpv).toEqual([{ id: 'cabbalr-qpv-mont-liebaud', nom: 'Mont-Liébaud' }]);
    const custom = cabbalr2019Programmation({ partenaireId: (nom) => `p-${nom.length}` });
    expect(custom.find((c) => c.command.type === 'DeposerDossier')!.command.data).toMatchObject({ porteur: { id: expect.stringMatching(/^p-\d+$/) } });
  });
});
