import type { Actor, CommandHandler, CommandMetadata, EventStore } from '@cdv/eventsourcing';
import {
  appelStream,
  comiteStream,
  dossierStream,
  ligneIdDe,
  type AppelLu,
  type DecisionComite,
  type DossierCommand,
  type FinanceurRef,
  type NatureFinancement,
} from '@cdv/domain-programmation';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { CABBALR_COMMUNES, cabbalr2019Referentiel, ProgrammationSeeder } from '@cdv/demo-programmation';
import { executerCommandes, type CommandePlanifiee } from '@cdv/application-programmation';

/**
 * Realistic programmation histories for the benches, written through the command handler with the real deciders
 * (and the comité's derived dossier commands), so that every event is one the platform would have recorded.
 */
export const TENANT = 'cabbalr';
const AGENT: Actor = { userId: 'agent-bench', role: 'agent' };

/** CABBALR's référentiel (territoire seed) and, with `demo`, its 2019 demo programmation, as `cli seed --demo`. */
export async function seedCabbalr(handler: CommandHandler, store: EventStore, options: { demo: boolean }): Promise<void> {
  await new TerritoireSeeder(handler, store).seed(TENANT);
  if (options.demo) await new ProgrammationSeeder(handler).seedDemo({ tenants: [TENANT] });
}

const FINANCEURS: ReadonlyArray<{ ref: FinanceurRef; nature: NatureFinancement }> = [
  { ref: { id: 'etat', nom: 'Etat – CGET (BOP 147)', categorie: 'etat_credits_specifiques' }, nature: 'credits_specifiques' },
  { ref: { id: 'region', nom: 'Région', categorie: 'region' }, nature: 'droit_commun' },
  { ref: { id: 'caf', nom: 'CAF', categorie: 'caf' }, nature: 'droit_commun' },
];
const PILIERS = [
  { id: 'v1.P1', libelle: 'Cohésion sociale' },
  { id: 'v1.P2', libelle: 'Cadre de vie et renouvellement urbain' },
  { id: 'v1.P3', libelle: 'Emploi et développement économique' },
];
const THEMATIQUES = ['education', 'sante', 'sport', 'culture', 'numerique', 'prevention'].map((id) => ({ id, libelle: id }));

function meta(now: string, commandId: string, extra: Partial<CommandMetadata> = {}): CommandMetadata {
  return { tenantId: TENANT, actor: AGENT, source: 'api', now, commandId, ...extra };
}

/** Opens a year's appel (deposits accepted until the end of the year) — for the mutation bench's dossiers. */
export function ouvrirAppel(annee: number): CommandePlanifiee {
  const stream = appelStream(TENANT, annee);
  return {
    aggregate: 'appel',
    stream,
    command: {
      type: 'OuvrirAppelAProjets',
      data: {
        annee,
        titre: `Appel à projets ${annee}`,
        ouvertureLe: `${annee}-01-01`,
        clotureLe: `${annee}-12-31`,
        priorites: [],
        enveloppes: [],
        comites: [],
      },
      metadata: meta(`${annee}-01-01T08:00:00.000Z`, `bench:${stream}:ouvrir`),
    },
  };
}

/** A dossier deposited with its three lines and put under instruction (5 events). */
export function dossierEnInstruction(annee: number, numero: number, appel: AppelLu, now: string): CommandePlanifiee[] {
  const porteurs = cabbalr2019Referentiel().partenaires.porteurs;
  const communes = Object.entries(CABBALR_COMMUNES);
  const dossierId = `bench-${annee}-${String(numero).padStart(5, '0')}`;
  const stream = dossierStream(TENANT, dossierId);
  const porteur = porteurs[numero % porteurs.length];
  const [nom, insee] = communes[numero % communes.length];
  const demande = (i: number) => (2_000 + ((numero * 37 + i * 101) % 18_000)) * 100;
  const cout = FINANCEURS.reduce((sum, _f, i) => sum + demande(i), 0) * 2;
  const commands: DossierCommand[] = [
    {
      type: 'DeposerDossier',
      data: {
        dossierId,
        annee,
        porteur: { id: porteur.id, nom: porteur.nom, kind: porteur.kind },
        titre: `Action ${numero} — ${['ateliers', 'accompagnement', 'chantier éducatif', 'permanence'][numero % 4]} ${annee}`,
        description: 'Action de la programmation générée pour le bench.',
        publics: ['jeunes'],
        perimetre: { type: 'communes', communes: [{ insee, nom }] },
        qpv: numero % 3 === 0 ? [{ id: 'cabbalr-qpv-mont-liebaud', nom: 'Mont-Liébaud' }] : [],
        classement: { pilier: PILIERS[numero % PILIERS.length], thematique: THEMATIQUES[numero % THEMATIQUES.length] },
        coutTotal: cout,
        dateDebut: `${annee}-01-01`,
        dateFin: `${annee}-12-31`,
        nombreActions: 1,
        contexte: { appel },
      },
      metadata: meta(now, `bench:${stream}:deposer`),
    },
    ...FINANCEURS.map((f, i): DossierCommand => ({
      type: 'DemanderFinancement',
      data: { dossierId, financeur: f.ref, nature: f.nature, montant: demande(i) },
      metadata: meta(now, `bench:${stream}:demander:${i}`),
    })),
    { type: 'MettreEnInstruction', data: { dossierId }, metadata: meta(now, `bench:${stream}:instruire`) },
  ];
  return commands.map((command) => ({ aggregate: 'dossier', stream, command }));
}

interface DossierPlan {
  dossierId: string;
  stream: string;
  montants: number[];
  retenu: boolean;
}

/**
 * One year of a programmation, about 30 events per retained dossier (docs/design.md §1): deposit, three lines, instruction,
 * two avis, proposals; the comité (votes and decisions, derived to each dossier); then for the retained ones
 * convention, start, engagements, advance and balance payments, bilan, justification and solde.
 */
export function anneeDeProgrammation(annee: number, dossiers: number): CommandePlanifiee[] {
  const out: CommandePlanifiee[] = [];
  const appel = appelStream(TENANT, annee);
  const ouverture = `${annee - 1}-10-01`;
  const cloture = `${annee - 1}-11-30`;
  const comiteId = `${annee}-1`;
  const comiteLe = `${annee}-03-15`;
  out.push({
    aggregate: 'appel',
    stream: appel,
    command: {
      type: 'OuvrirAppelAProjets',
      data: {
        annee,
        titre: `Appel à projets ${annee}`,
        ouvertureLe: ouverture,
        clotureLe: cloture,
        priorites: [],
        enveloppes: [],
        comites: [{ comiteId, date: comiteLe, libelle: `Comité ${annee}` }],
      },
      metadata: meta(`${ouverture}T08:00:00.000Z`, `bench:${appel}:ouvrir`),
    },
  });
  const appelLu: AppelLu = { annee, statut: 'ouvert', ouvertureLe: ouverture, clotureLe: cloture };
  const plans: DossierPlan[] = [];
  for (let numero = 0; numero < dossiers; numero++) {
    const instruction = dossierEnInstruction(annee, numero, appelLu, `${annee - 1}-11-15T09:00:00.000Z`);
    const { stream } = instruction[0];
    const dossierId = (instruction[0].command.data as { dossierId: string }).dossierId;
    const montants = instruction.filter((c) => c.command.type === 'DemanderFinancement').map((c) => (c.command.data as { montant: number }).montant);
    plans.push({ dossierId, stream, montants, retenu: numero % 7 !== 3 });
    out.push(...instruction);
    const now = `${annee}-01-20T10:00:00.000Z`;
    const dossier = (command: DossierCommand) => out.push({ aggregate: 'dossier', stream, command });
    dossier({
      type: 'EmettreAvis',
      data: { dossierId, auteur: { id: 'etat', nom: 'Etat' }, avis: 'favorable', commentaire: '' },
      metadata: meta(now, `bench:${stream}:avis:etat`),
    });
    dossier({
      type: 'EmettreAvis',
      data: { dossierId, auteur: { id: 'caf', nom: 'CAF' }, avis: 'reserve', commentaire: 'Public à préciser.' },
      metadata: meta(now, `bench:${stream}:avis:caf`),
    });
    FINANCEURS.forEach((f, i) =>
      dossier({
        type: 'ProposerFinancement',
        data: { dossierId, ligneId: ligneIdDe(f.ref.id, f.nature), montant: montants[i] },
        metadata: meta(now, `bench:${stream}:proposer:${i}`),
      }),
    );
  }
  out.push({
    aggregate: 'appel',
    stream: appel,
    command: { type: 'CloreAppelAProjets', data: { annee }, metadata: meta(`${cloture}T18:00:00.000Z`, `bench:${appel}:clore`) },
  });

  const comite = comiteStream(TENANT, comiteId);
  const comiteNow = `${comiteLe}T17:00:00.000Z`;
  out.push({
    aggregate: 'comite',
    stream: comite,
    command: {
      type: 'ConvoquerComite',
      data: {
        comiteId,
        annee,
        date: comiteLe,
        libelle: `Comité des financeurs ${annee}`,
        membres: FINANCEURS.map((f) => ({ organisationId: f.ref.id, nom: f.ref.nom, qualite: 'financeur' as const })),
      },
      metadata: meta(`${annee}-02-15T09:00:00.000Z`, `bench:${comite}:convoquer`),
    },
  });
  const decisions: DecisionComite[] = plans.map((plan) => ({
    dossierId: plan.dossierId,
    decision: plan.retenu ? 'retenu' : 'non_retenu',
    lignes: FINANCEURS.map((f, i) => ({
      ligneId: ligneIdDe(f.ref.id, f.nature),
      financeurId: f.ref.id,
      ...(plan.retenu ? { resultat: 'vote' as const, montant: plan.montants[i] } : { resultat: 'refuse' as const }),
    })),
  }));
  out.push({
    aggregate: 'comite',
    stream: comite,
    command: { type: 'ArreterProgrammation', data: { comiteId, decisions }, metadata: meta(comiteNow, `bench:${comite}:arreter`, { effectiveAt: comiteLe }) },
  });
  out.push({ aggregate: 'comite', stream: comite, command: { type: 'CloreComite', data: { comiteId }, metadata: meta(comiteNow, `bench:${comite}:clore`) } });

  for (const plan of plans.filter((p) => p.retenu)) {
    const { dossierId, stream } = plan;
    const dossier = (command: DossierCommand) => out.push({ aggregate: 'dossier', stream, command });
    const execution = `${annee}-05-02T10:00:00.000Z`;
    const solde = `${annee + 1}-03-01T10:00:00.000Z`;
    dossier({
      type: 'ConventionnerDossier',
      data: { dossierId, conventionId: `conv-${dossierId}`, typeConvention: 'annuelle' },
      metadata: meta(execution, `bench:${stream}:conventionner`),
    });
    dossier({ type: 'DemarrerAction', data: { dossierId, dateDebut: `${annee}-05-02` }, metadata: meta(execution, `bench:${stream}:demarrer`) });
    FINANCEURS.forEach((f, i) =>
      dossier({
        type: 'EngagerFinancement',
        data: { dossierId, ligneId: ligneIdDe(f.ref.id, f.nature), montant: plan.montants[i] },
        metadata: meta(execution, `bench:${stream}:engager:${i}`),
      }),
    );
    for (const [type, part, date] of [
      ['avance', 0.5, `${annee}-06-01`],
      ['solde', 0.5, `${annee + 1}-02-01`],
    ] as const) {
      FINANCEURS.forEach((f, i) => {
        const montant = type === 'avance' ? Math.round(plan.montants[i] * part) : plan.montants[i] - Math.round(plan.montants[i] * 0.5);
        dossier({
          type: 'EnregistrerVersement',
          data: { dossierId, ligneId: ligneIdDe(f.ref.id, f.nature), versementId: `${dossierId}-${i}-${type}`, type, montant, date },
          metadata: meta(`${date}T10:00:00.000Z`, `bench:${stream}:verser:${type}:${i}`),
        });
      });
    }
    dossier({
      type: 'DeposerBilan',
      data: {
        dossierId,
        coutRealise: plan.montants.reduce((a, b) => a + b, 0) * 2,
        beneficiaires: { total: 40, femmes: 22, hommes: 18, nonRenseigne: 0, parTrancheAge: [{ tranche: '16-25', nombre: 40 }], residentsQpv: 31 },
        indicateurs: [],
        recit: 'Action réalisée comme prévu.',
      },
      metadata: meta(solde, `bench:${stream}:bilan`),
    });
    FINANCEURS.forEach((f, i) =>
      dossier({
        type: 'JustifierFinancement',
        data: { dossierId, ligneId: ligneIdDe(f.ref.id, f.nature), montant: plan.montants[i] },
        metadata: meta(solde, `bench:${stream}:justifier:${i}`),
      }),
    );
    dossier({ type: 'SolderDossier', data: { dossierId }, metadata: meta(solde, `bench:${stream}:solder`) });
  }
  return out;
}

/** Runs planned commands, throwing on the first refusal (a bench history must be one the deciders accept). */
export async function executer(handler: CommandHandler, commands: readonly CommandePlanifiee[]): Promise<number> {
  const result = await executerCommandes(handler, commands);
  if (result.refus) {
    const { stream, command, refusal } = result.refus;
    throw new Error(`bench history: ${command.type} on ${stream} refused (${refusal.code}): ${refusal.message}`);
  }
  return result.appended;
}
