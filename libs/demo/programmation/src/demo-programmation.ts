import type { Cents, CommandMetadata } from '@cdv/eventsourcing';
import {
  appelStream,
  comiteStream,
  conventionStream,
  dossierStream,
  ligneIdDe,
  type AppelLu,
  type DecisionComite,
  type DossierCommand,
  type FinanceurRef,
  type NatureFinancement,
  type PorteurRef,
  type QpvRef,
  type RegleFinancement,
  type SerieRef,
  type Tag,
} from '@cdv/domain-programmation';
import { normaliser } from '@cdv/projections-programmation';
import {
  CABBALR_2019_ACTIONS,
  CABBALR_2019_PORTEURS,
  CABBALR_AAP_2019_PRIORITES,
  CABBALR_FEUILLE_DE_ROUTE,
  CABBALR_PILIERS,
  type ActionCabbalr2019,
  type ThematiqueCabbalr,
} from './cabbalr-2019.data';
import type { CommandeAgregat } from '@cdv/application-programmation';
import { conventionsFcsCabbalr2019 } from './cabbalr-2019-conventions-fcs';

/**
 * The demo programmation of CABBALR 2019, built from the report (seeds/003) and its fixture: the appel, the 123
 * dossiers the report lists (130 actions, the PRE line counting 8), their lines per financeur, the comité that
 * retains them and the two CPO the report names. As ordered `{ aggregate, stream, command }` with deterministic
 * ids and commandIds, so seeding twice appends nothing.
 *
 * The report gives no amount per action, only totals per table: each table's « Subventions droit commun » and
 * « crédits spécifiques » are spread evenly over its actions. Every invented value is flagged in the data
 * (`synthetique: ['montant']`…) and in the metadata (`provenance.note`). Facts carry their line in the report.
 *
 * The comité's and the conventions' effects on dossiers are not in this list: the runner applies, after each
 * comité or convention command, the dossier commands that `dossierCommandsFor(event)` derives from its events,
 * as the application's process manager does in production.
 */

export const SEED_CABBALR = '003_3822072f1ba3b923.txt';
const TENANT = 'cabbalr';
const ANNEE = 2019;

export interface DemoOptions {
  /** The seed's server clock (default: the report's « arrêtée au » date, L19). Business dates go in effectiveAt. */
  now?: string;
  /** How a partenaire's id derives from its name in the report; the territoire seed must create the same ids. */
  partenaireId?: (nom: string) => string;
}

/**
 * `Ville de Béthune` → `ville-de-bethune`: the territoire seed's rule for partners it registers by name (slug of the
 * name, 48 characters at most); the EPCI itself is `cabbalr` there too.
 */
export function partenaireIdParDefaut(nom: string): string {
  if (nom === 'CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE') return 'cabbalr';
  return normaliser(nom).replace(/ /g, '-').slice(0, 48).replace(/-+$/, '');
}

// ── Référentiel the demo refers to ───────────────────────────────────────────────────────────────────────────

/** INSEE codes of the communes the 2019 actions name (Code officiel géographique; the report gives names only). */
export const CABBALR_COMMUNES: Readonly<Record<string, string>> = {
  Auchel: '62048',
  Barlin: '62083',
  Béthune: '62119',
  Beuvry: '62126',
  'Bruay-la-Buissière': '62178',
  'Calonne-Ricouart': '62194',
  'Cauchy-à-la-Tour': '62217',
  Divion: '62270',
  Haisnes: '62401',
  Houdain: '62457',
  Lillers: '62516',
  'Marles-les-Mines': '62555',
  'Nœux-les-Mines': '62617',
};

/** QPV the actions name (« ses QPV Mont-Liébaud et Rue de Lille », L458). The report gives no official code. */
export const CABBALR_QPV: Readonly<Record<string, QpvRef>> = {
  'mont-liebaud': { id: 'cabbalr-qpv-mont-liebaud', nom: 'Mont-Liébaud' },
};

/**
 * Financeurs of the demo, with the ids the territoire seed gives the report's financeur split (L150–L157). Their
 * lines are synthetic; the organisations are the report's.
 */
export const CABBALR_FINANCEURS = {
  /** « crédits CGET (Etat) », L135; the CPO « entre la Préfecture du Pas de Calais et la Ligue », L302. */
  etatBop147: { id: 'etat', nom: 'Etat – CGET (BOP 147)', categorie: 'etat_credits_specifiques' },
  /** CNDS, « droit commun de l'Etat », L278. */
  etatDroitCommun: { id: 'etat', nom: 'Etat – droit commun', categorie: 'etat_droit_commun' },
  region: { id: 'region', nom: 'Région', categorie: 'region' },
  departement: { id: 'departement', nom: 'Département', categorie: 'departement' },
  caf: { id: 'caf', nom: 'CAF', categorie: 'caf' },
  /** The Fonds de Cohésion Sociale, L136, L386–L402. */
  epci: { id: 'cabbalr', nom: 'CABBALR – Fonds de Cohésion Sociale', categorie: 'epci' },
  /** Technical support of J'apprends à nager, L278. */
  natation: { id: 'comite-departemental-de-natation', nom: 'Comité Départemental de Natation', categorie: 'autres' },
} as const satisfies Record<string, FinanceurRef>;

/** CABBALR's Fonds de Cohésion Sociale rules (L394, L400), as tenant configuration. */
export const CABBALR_REGLES_FINANCEMENT: RegleFinancement[] = [
  {
    id: 'fcs-plafond-2000',
    libelle: 'Fonds de Cohésion Sociale : 2 000 € au plus par action',
    application: 'bloquant',
    type: 'plafond',
    montantMax: 2_000_00,
    cible: { dispositifs: ['fonds-cohesion-sociale'] },
  },
  {
    id: 'fcs-egal-part-communale',
    libelle: 'Fonds de Cohésion Sociale : égal à la participation de la commune',
    application: 'avertissement',
    type: 'egal_a',
    cible: { dispositifs: ['fonds-cohesion-sociale'] },
    reference: { categories: ['communes'] },
  },
  {
    id: 'fdc-pv-40-pourcent',
    libelle: 'Fonds de concours Politique de la Ville : 40 % des dépenses éligibles, plafonné à 70 000 €',
    application: 'bloquant',
    type: 'taux_max',
    tauxMaxPourcentage: 40,
    assiette: 'depenses_eligibles',
    plafond: 70_000_00,
    cible: { dispositifs: ['fonds-de-concours-pv'] },
  },
];

// ── The report's tables (the only amounts it gives for actions) ──────────────────────────────────────────────

type Groupe = ThematiqueCabbalr | 'emploi' | 'cadre-de-vie';

/** « Subventions droit commun » and « crédits spécifiques Pol Ville » in whole euros, per table. */
const TABLES: Record<Groupe, { droitCommun: number; specifiques: number; ligne: number; libelle: string }> = {
  emploi: { droitCommun: 454_883, specifiques: 406_645, ligne: 524, libelle: 'Emploi Développement économique' },
  education: { droitCommun: 295_733, specifiques: 773_782, ligne: 604, libelle: 'Education' },
  sante: { droitCommun: 110_140, specifiques: 135_624, ligne: 639, libelle: 'Santé' },
  sport: { droitCommun: 56_540, specifiques: 63_540, ligne: 654, libelle: 'Sport' },
  culture: { droitCommun: 53_336, specifiques: 106_028, ligne: 674, libelle: 'Culture' },
  numerique: { droitCommun: 0, specifiques: 101_869, ligne: 695, libelle: 'Numérique' },
  'environnement-mobilite': { droitCommun: 60_964, specifiques: 208_799, ligne: 724, libelle: 'Environnement et mobilité' },
  prevention: { droitCommun: 0, specifiques: 33_900, ligne: 736, libelle: 'Prévention' },
  'acces-aux-droits': { droitCommun: 53_387, specifiques: 26_235, ligne: 748, libelle: 'Accès aux droits' },
  'participation-des-habitants': { droitCommun: 87_169, specifiques: 145_713, ligne: 772, libelle: 'Participation des habitants' },
  'cadre-de-vie': { droitCommun: 13_005, specifiques: 90_133, ligne: 785, libelle: 'Cadre de vie' },
};

/** Who carries each table's droit commun in the demo: a choice of ours, flagged synthetic with the amounts. */
const FINANCEUR_DROIT_COMMUN: Record<Groupe, FinanceurRef> = {
  emploi: CABBALR_FINANCEURS.region,
  education: CABBALR_FINANCEURS.caf,
  sante: CABBALR_FINANCEURS.departement,
  sport: CABBALR_FINANCEURS.etatDroitCommun,
  culture: CABBALR_FINANCEURS.region,
  numerique: CABBALR_FINANCEURS.region,
  'environnement-mobilite': CABBALR_FINANCEURS.departement,
  prevention: CABBALR_FINANCEURS.departement,
  'acces-aux-droits': CABBALR_FINANCEURS.departement,
  'participation-des-habitants': CABBALR_FINANCEURS.caf,
  'cadre-de-vie': CABBALR_FINANCEURS.departement,
};

const THEMATIQUES: Record<ThematiqueCabbalr, string> = {
  education: 'Education',
  sante: 'Santé',
  sport: 'Sport',
  culture: 'Culture',
  numerique: 'Numérique',
  'environnement-mobilite': 'Environnement et mobilité',
  prevention: 'Prévention',
  'acces-aux-droits': 'Accès aux droits',
  'participation-des-habitants': 'Participation des habitants',
};

/** Facts the report gives about single actions (line → fact). */
const PRE = { ligne: 592, etat: 400_809, depenses: 842_525, source: 'L607' };
const NAGER = { ligne: 648, dateDebut: '2019-07-08', dateFin: '2019-08-31', source: 'L264–L278' };
const GUSP = { ligne: 792, dateDebut: '2019-09-01', dateFin: '2020-03-31', source: 'L314' };
/** Renewed actions: rank of 2019 in their série (« 3ème année », « phase 3 », « renouvelée », « 2ème année »). */
const SERIES: ReadonlyArray<{ ligne: number; titre: string; rang: number; source: string }> = [
  { ligne: 648, titre: "J'apprends à nager", rang: 3, source: 'L264' },
  { ligne: 836, titre: "Découverte des métiers de l'armée de l'air", rang: 2, source: 'L282' },
  { ligne: 732, titre: 'Montée en compétences et mise en réseau des médiateurs sociaux', rang: 3, source: 'L353–L355' },
  { ligne: 769, titre: 'Hub Interasso', rang: 2, source: 'L337' },
  { ligne: 692, titre: 'Citoyenneté Numérique', rang: 2, source: 'L298' },
];

/** A grid line holds several actions: an action is known by its line and the start of its title. */
const est = (action: ActionCabbalr2019, ligne: number, titre: string) => action.ligne === ligne && action.titre.startsWith(titre);

// ── Synthetic calendar (the report gives no AAP dates, L45/§4.1: « Do not invent them in fixtures ») ──────────

const CALENDRIER = {
  ouvertureLe: '2018-10-01',
  clotureLe: '2018-11-30',
  depotLe: '2018-11-15',
  comiteLe: '2019-03-15',
};

interface Ligne {
  financeur: FinanceurRef;
  nature: NatureFinancement;
  montant: Cents;
  modalite?: 'technique';
  dispositif?: Tag;
  synthetique: boolean;
  source: string;
}

interface DossierPlan {
  id: string;
  action: ActionCabbalr2019;
  groupe: Groupe;
  lignes: Ligne[];
  coutTotal: Cents;
  coutTotalReel: boolean;
}

export function cabbalr2019Programmation(options: DemoOptions = {}): CommandeAgregat[] {
  const now = options.now ?? '2020-09-29T00:00:00.000Z';
  const partenaireId = options.partenaireId ?? partenaireIdParDefaut;
  const plans = planifier(partenaireId);
  const commands: CommandeAgregat[] = [];
  let sequence = 0;
  const meta = (stream: string, lines: string, extra: Partial<CommandMetadata> & { note?: string } = {}): CommandMetadata => {
    const { note, ...rest } = extra;
    return {
      tenantId: TENANT,
      actor: { userId: 'seed-cabbalr-2019', role: 'system' },
      source: 'migration',
      now,
      commandId: `seed:${stream}:${sequence++}`,
      correlationId: 'seed:cabbalr:2019',
      provenance: { document: SEED_CABBALR, lines, ...(note ? { note } : {}) },
      ...rest,
    };
  };

  // Appel à projets 2019: priorities and the two envelopes the report gives; synthetic calendar.
  const appel = appelStream(TENANT, ANNEE);
  const feuille = new Map(CABBALR_FEUILLE_DE_ROUTE.map((p) => [p.n, p]));
  commands.push({
    aggregate: 'appel',
    stream: appel,
    command: {
      type: 'OuvrirAppelAProjets',
      data: {
        annee: ANNEE,
        titre: 'Appel à projets unique du Contrat de Ville 2019',
        ouvertureLe: CALENDRIER.ouvertureLe,
        clotureLe: CALENDRIER.clotureLe,
        priorites: CABBALR_AAP_2019_PRIORITES.map((n) => ({ id: `v1.fdr.${n}`, libelle: feuille.get(n)?.libelle ?? `Priorité ${n}` })),
        enveloppes: [
          { financeur: CABBALR_FINANCEURS.etatBop147, nature: 'credits_specifiques', montant: 1_712_989_00 },
          { financeur: CABBALR_FINANCEURS.epci, nature: 'credits_specifiques', montant: 94_414_00 },
        ],
        comites: [{ comiteId: '2019-1', date: CALENDRIER.comiteLe, libelle: 'Comité des financeurs 2019' }],
        synthetique: ['ouvertureLe', 'clotureLe', 'comites'],
      },
      metadata: meta(appel, 'L135, L136, L517, L565–L570, L779–L782, L897', {
        effectiveAt: CALENDRIER.ouvertureLe,
        note: 'synthetic dates: the report gives no AAP calendar',
      }),
    },
  });

  // Dossiers: deposit, plan de financement, instruction.
  const appelLu: AppelLu = { annee: ANNEE, statut: 'ouvert', ouvertureLe: CALENDRIER.ouvertureLe, clotureLe: CALENDRIER.clotureLe };
  for (const plan of plans) {
    const { action } = plan;
    const stream = dossierStream(TENANT, plan.id);
    const source = `L${action.ligne}`;
    const porteur = porteurRef(action.porteur, partenaireId);
    const serie = SERIES.find((s) => est(action, s.ligne, s.titre));
    const dates = action.ligne === NAGER.ligne ? NAGER : action.ligne === GUSP.ligne ? GUSP : null;
    const deposer = (command: DossierCommand) => commands.push({ aggregate: 'dossier', stream, command });
    deposer({
      type: 'DeposerDossier',
      data: {
        dossierId: plan.id,
        annee: ANNEE,
        porteur,
        titre: action.titre,
        description: action.note ?? '',
        publics: [],
        perimetre: action.communes.length
          ? { type: 'communes', communes: action.communes.map((nom) => ({ insee: CABBALR_COMMUNES[nom], nom })) }
          : { type: 'intercommunal' },
        qpv: (action.qpv ?? []).map((key) => CABBALR_QPV[key]),
        classement: classement(action, feuille),
        coutTotal: plan.coutTotal,
        dateDebut: dates?.dateDebut ?? `${ANNEE}-01-01`,
        dateFin: dates?.dateFin ?? `${ANNEE}-12-31`,
        nombreActions: action.nombreActions ?? 1,
        ...(serie ? { serie: { id: `serie-${normaliser(action.titre).replace(/ /g, '-')}`, rang: serie.rang } satisfies SerieRef } : {}),
        referenceExterne: `${SEED_CABBALR}#L${action.ligne}`,
        synthetique: [...(plan.coutTotalReel ? [] : ['coutTotal']), ...(dates ? [] : ['dateDebut', 'dateFin'])],
        contexte: { appel: appelLu },
      },
      metadata: meta(stream, [source, serie?.source, dates?.source].filter(Boolean).join(', '), {
        effectiveAt: CALENDRIER.depotLe,
        note: plan.coutTotalReel ? 'synthetic deposit date' : 'synthetic total cost (lines + 25 %) and deposit date',
      }),
    });
    for (const ligne of plan.lignes) {
      deposer({
        type: 'DemanderFinancement',
        data: {
          dossierId: plan.id,
          financeur: ligne.financeur,
          nature: ligne.nature,
          ...(ligne.modalite ? { modalite: ligne.modalite } : {}),
          ...(ligne.dispositif ? { dispositif: ligne.dispositif } : {}),
          montant: ligne.montant,
          ...(ligne.synthetique ? { synthetique: ['montant'] } : {}),
          contexte: { regles: CABBALR_REGLES_FINANCEMENT },
        },
        metadata: meta(stream, ligne.source, {
          effectiveAt: CALENDRIER.depotLe,
          ...(ligne.synthetique ? { note: 'synthetic amount: the table total spread evenly over its actions' } : {}),
        }),
      });
    }
    deposer({ type: 'MettreEnInstruction', data: { dossierId: plan.id }, metadata: meta(stream, source, { effectiveAt: CALENDRIER.depotLe }) });
  }
  commands.push({
    aggregate: 'appel',
    stream: appel,
    command: {
      type: 'CloreAppelAProjets',
      data: { annee: ANNEE },
      metadata: meta(appel, 'L173', { effectiveAt: CALENDRIER.clotureLe, note: 'synthetic date' }),
    },
  });

  // Comité des financeurs: every listed action retained, each money line voted as asked (« 129 retenus », L173).
  const comite = comiteStream(TENANT, '2019-1');
  const membres = new Map<string, { organisationId: string; nom: string; qualite: 'financeur' | 'partenaire' }>();
  for (const ligne of plans.flatMap((p) => p.lignes)) {
    const qualite = ligne.modalite ? 'partenaire' : 'financeur';
    if (!membres.has(ligne.financeur.id) || qualite === 'financeur')
      membres.set(ligne.financeur.id, { organisationId: ligne.financeur.id, nom: ligne.financeur.nom.replace(/ – .*$/, ''), qualite });
  }
  commands.push({
    aggregate: 'comite',
    stream: comite,
    command: {
      type: 'ConvoquerComite',
      data: {
        comiteId: '2019-1',
        annee: ANNEE,
        date: CALENDRIER.comiteLe,
        libelle: 'Comité des financeurs 2019',
        membres: [...membres.values()],
        synthetique: ['date'],
      },
      metadata: meta(comite, 'L917', { note: 'the report names the Comité des Financeurs but not its date or members' }),
    },
  });
  const decisions: DecisionComite[] = plans.map((plan) => ({
    dossierId: plan.id,
    titre: plan.action.titre,
    porteurNom: plan.action.porteur,
    decision: 'retenu',
    lignes: plan.lignes
      .filter((ligne) => !ligne.modalite)
      .map((ligne) => ({
        ligneId: ligneIdDe(ligne.financeur.id, ligne.nature),
        financeurId: ligne.financeur.id,
        resultat: 'vote' as const,
        montant: ligne.montant,
        ...(ligne.synthetique ? { synthetique: ['montant'] } : {}),
      })),
  }));
  commands.push({
    aggregate: 'comite',
    stream: comite,
    command: {
      type: 'ArreterProgrammation',
      data: { comiteId: '2019-1', decisions },
      metadata: meta(comite, 'L135, L173, L576–L807, L832–L842', { effectiveAt: CALENDRIER.comiteLe, note: 'synthetic votes: amounts voted as asked' }),
    },
  });
  commands.push({
    aggregate: 'comite',
    stream: comite,
    command: { type: 'CloreComite', data: { comiteId: '2019-1' }, metadata: meta(comite, 'L917', { effectiveAt: CALENDRIER.comiteLe }) },
  });

  // The two CPO the report names, 2019–2021, with the State.
  const cpo = (conventionId: string, ligneAction: number, titre: string, dateSignature: string, lines: string, note: string) => {
    const plan = plans.find((p) => est(p.action, ligneAction, titre));
    if (!plan) return;
    const stream = conventionStream(TENANT, conventionId);
    const bop147 = plan.lignes.find((l) => l.financeur.categorie === 'etat_credits_specifiques');
    commands.push({
      aggregate: 'convention',
      stream,
      command: {
        type: 'SignerConvention',
        data: {
          conventionId,
          typeConvention: 'pluriannuelle',
          objet: plan.action.titre,
          porteur: porteurRef(plan.action.porteur, partenaireId),
          signataires: [CABBALR_FINANCEURS.etatBop147],
          anneeDebut: 2019,
          anneeFin: 2021,
          dateSignature,
          dossiers: [{ dossierId: plan.id, annee: ANNEE }],
          synthetique: ['dateSignature'],
        },
        metadata: meta(stream, lines, { effectiveAt: dateSignature, note }),
      },
    });
    if (bop147) {
      commands.push({
        aggregate: 'convention',
        stream,
        command: {
          type: 'EngagerTranche',
          data: {
            conventionId,
            annee: ANNEE,
            dossierId: plan.id,
            ligneId: ligneIdDe(bop147.financeur.id, bop147.nature),
            financeurId: bop147.financeur.id,
            montant: bop147.montant,
            synthetique: ['montant'],
          },
          metadata: meta(stream, lines, { effectiveAt: dateSignature, note: 'synthetic amount: the 2019 tranche is the voted line' }),
        },
      });
    }
  };
  cpo('cpo-citoyennete-numerique', 692, 'Citoyenneté Numérique', '2019-05-15', 'L302, L698', 'signed « en mai 2019 » (L302): the day is synthetic');
  cpo(
    'cpo-metiers-armee-de-l-air',
    836,
    "Découverte des métiers de l'armée de l'air",
    '2019-04-01',
    'L284, L294',
    'a « Convention Pluriannuelle 2019-2021 » (L294); the signature date is synthetic',
  );
  // The EPCI's own conventions for its Fonds de Cohésion Sociale lines (synthetic), for its SCDL file.
  return [...commands, ...conventionsFcsCabbalr2019(commands, { now, document: SEED_CABBALR })];
}

/** Demo programmations by tenant; the other fixture territories give no action list to build one from. */
export const DEMO_PROGRAMMATIONS: Readonly<Record<string, (options?: DemoOptions) => CommandeAgregat[]>> = {
  cabbalr: cabbalr2019Programmation,
};

// ── Planning the lines ───────────────────────────────────────────────────────────────────────────────────────

function groupeDe(action: ActionCabbalr2019): Groupe {
  if (action.pilier === 'P3') return 'emploi';
  if (action.pilier === 'P2') return 'cadre-de-vie';
  return action.thematique ?? 'education';
}

/**
 * Per table: the known facts first (the PRE's État credits and total cost, L607; the Fonds de Cohésion Sociale for
 * conseils citoyens, 2 000 € matched by the commune, L394), then the rest of the table's two columns spread evenly
 * in whole euros (remainder to the first actions), crédits spécifiques to the BOP 147 and droit commun to the
 * table's financeur. Each table's totals are thus the report's, to the euro.
 */
function planifier(partenaireId: (nom: string) => string): DossierPlan[] {
  const plans: DossierPlan[] = CABBALR_2019_ACTIONS.map((action, index) => ({
    id: `cabbalr-2019-${String(index + 1).padStart(3, '0')}`,
    action,
    groupe: groupeDe(action),
    lignes: [],
    coutTotal: 0,
    coutTotalReel: false,
  }));
  const fcs: Tag = { id: 'fonds-cohesion-sociale', libelle: 'Fonds de Cohésion Sociale' };
  for (const groupe of Object.keys(TABLES) as Groupe[]) {
    const table = TABLES[groupe];
    const membres = plans.filter((p) => p.groupe === groupe);
    let specifiques = table.specifiques;
    let droitCommun = table.droitCommun;
    for (const plan of membres) {
      if (plan.action.ligne === PRE.ligne) {
        plan.lignes.push({
          financeur: CABBALR_FINANCEURS.etatBop147,
          nature: 'credits_specifiques',
          montant: PRE.etat * 100,
          synthetique: false,
          source: PRE.source,
        });
        plan.coutTotal = PRE.depenses * 100;
        plan.coutTotalReel = true;
        specifiques -= PRE.etat;
      }
      if (CABBALR_2019_PORTEURS[plan.action.porteur]?.kind === 'conseil_citoyen') {
        const ville = `Ville ${plan.action.communes[0] === 'Auchel' ? "d'Auchel" : `de ${plan.action.communes[0]}`}`;
        // The commune's share first: the FCS rule compares the fund with it when the fund is asked.
        plan.lignes.push({
          financeur: { id: partenaireId(ville), nom: ville, categorie: 'communes' },
          nature: 'droit_commun',
          montant: 2_000_00,
          synthetique: true,
          source: 'L394, L400',
        });
        plan.lignes.push({
          financeur: CABBALR_FINANCEURS.epci,
          nature: 'credits_specifiques',
          dispositif: fcs,
          montant: 2_000_00,
          synthetique: true,
          source: 'L394, L400',
        });
        specifiques -= 2_000;
        droitCommun -= 2_000;
      }
      if (plan.action.ligne === NAGER.ligne) {
        plan.lignes.push({
          financeur: CABBALR_FINANCEURS.natation,
          nature: 'droit_commun',
          modalite: 'technique',
          montant: 0,
          synthetique: false,
          source: 'L278',
        });
      }
    }
    const sansPre = membres.filter((p) => p.action.ligne !== PRE.ligne);
    repartir(specifiques, sansPre, (plan, euros) =>
      plan.lignes.unshift({
        financeur: CABBALR_FINANCEURS.etatBop147,
        nature: 'credits_specifiques',
        montant: euros * 100,
        synthetique: true,
        source: `L${table.ligne}`,
      }),
    );
    const dcCibles = sansPre.filter((p) => !p.lignes.some((l) => l.financeur.categorie === 'communes'));
    repartir(droitCommun, dcCibles, (plan, euros) =>
      plan.lignes.push({
        financeur: FINANCEUR_DROIT_COMMUN[groupe],
        nature: 'droit_commun',
        montant: euros * 100,
        synthetique: true,
        source: `L${table.ligne}`,
      }),
    );
  }
  for (const plan of plans) {
    if (plan.coutTotalReel) continue;
    const financements = plan.lignes.reduce((sum, l) => sum + l.montant, 0);
    // A porteur's own share of 20 %: total = financing / 0.8, rounded up to the euro.
    plan.coutTotal = Math.ceil((financements * 5) / 4 / 100) * 100;
  }
  return plans;
}

function repartir(totalEuros: number, plans: readonly DossierPlan[], add: (plan: DossierPlan, euros: number) => void): void {
  if (totalEuros <= 0 || !plans.length) return;
  const base = Math.floor(totalEuros / plans.length);
  const reste = totalEuros - base * plans.length;
  plans.forEach((plan, index) => add(plan, base + (index < reste ? 1 : 0)));
}

function porteurRef(nom: string, partenaireId: (nom: string) => string): PorteurRef {
  return { id: partenaireId(nom), nom, kind: CABBALR_2019_PORTEURS[nom]?.kind ?? 'autre' };
}

function classement(action: ActionCabbalr2019, feuille: ReadonlyMap<number, (typeof CABBALR_FEUILLE_DE_ROUTE)[number]>) {
  const pilier = CABBALR_PILIERS[action.pilier];
  const n = action.sousPriorite ? Number(action.sousPriorite.split('.')[0]) : null;
  const priorite = n === null ? undefined : feuille.get(n);
  const sous = priorite?.sous.find((s) => s.code === action.sousPriorite);
  // Node ids of the cadre stratégique as the territoire seed defines it (version 1: `v1.P1`, `v1.fdr.10.3`).
  return {
    pilier: { id: `v1.${action.pilier}`, libelle: pilier.libelle },
    ...(priorite ? { priorite: { id: `v1.fdr.${priorite.n}`, libelle: priorite.libelle } } : {}),
    ...(sous ? { sousPriorite: { id: `v1.fdr.${sous.code}`, libelle: sous.libelle } } : {}),
    ...(action.thematique ? { thematique: { id: action.thematique, libelle: THEMATIQUES[action.thematique] } } : {}),
  };
}

/** The référentiel objects the demo refers to, with the ids it assumes; the territoire seed creates them. */
export function cabbalr2019Referentiel(options: Pick<DemoOptions, 'partenaireId'> = {}) {
  const partenaireId = options.partenaireId ?? partenaireIdParDefaut;
  const porteurs = Object.entries(CABBALR_2019_PORTEURS).map(([nom, p]) => ({ id: partenaireId(nom), nom, kind: p.kind, lignes: p.lignes }));
  const financeurs = [...new Map(Object.values(CABBALR_FINANCEURS).map((f) => [f.id, { id: f.id, nom: f.nom }])).values()];
  return { partenaires: { porteurs, financeurs }, qpv: Object.values(CABBALR_QPV), communes: CABBALR_COMMUNES };
}
