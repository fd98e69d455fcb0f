import type { Command, CommandMetadata, Decider, DomainEvent } from '@cdv/eventsourcing';
import {
  dispositifDecider,
  dispositifStream,
  rapportDecider,
  rapportStream,
  type ChiffresFiges,
  type DispositifCommand,
  type RapportCommand,
  type SectionRapport,
} from '@cdv/domain-rapport';
import { chiffresDecider, chiffresStream, type DeclarerChiffre } from '@cdv/domain-territoire';
import {
  ARRETE_CABBALR_2019,
  CHIFFRES_IMPRIMES_CABBALR_2019,
  CONSULTATION_CABBALR_2019,
  DISPOSITIFS_CABBALR,
  DOCUMENT_CABBALR,
  EXPLICATIONS,
  EXPLICATIONS_GEOGRAPHIE,
  NARRATIFS_CABBALR_2019,
} from './cabbalr-2019-rapport.data';

/**
 * The rapport annuel 2019 of the demo workspace `cabbalr`, as ordered commands with deterministic commandIds (a
 * second run appends nothing): pure builders, run after the territoire seed and the demo programmation. The
 * arrêté needs the figures assembled from the read models at that point, so it is built apart
 * (`arreteCabbalr2019`), between the preparation and the consultation.
 */
export type CommandeRapport =
  | { aggregate: 'rapport'; stream: string; command: RapportCommand }
  | { aggregate: 'dispositif'; stream: string; command: DispositifCommand }
  | { aggregate: 'chiffres'; stream: string; command: DeclarerChiffre };

const TENANT = 'cabbalr';
const ANNEE = 2019;
/** The figures this report prints are a document of their own (the territoire seed's « seed-003 » holds the geography). */
export const DOCUMENT_ID_RAPPORT_CABBALR = 'rapport-cabbalr-2019';

type AnyDecider = Decider<Command, DomainEvent, unknown>;

/** The decider of a rapport demo command (the runner hands it to the command handler). */
export function deciderDeCommandeRapport(commande: Pick<CommandeRapport, 'aggregate'>): AnyDecider {
  const deciders = { rapport: rapportDecider, dispositif: dispositifDecider, chiffres: chiffresDecider };
  return deciders[commande.aggregate] as unknown as AnyDecider;
}

export interface OptionsDemoRapport {
  /** The server clock of the run (the arrêté checks that the figures do not describe the future). */
  now: string;
}

function metadata(key: string, now: string, lignes: string, extra: Partial<CommandMetadata> & { note?: string } = {}): CommandMetadata {
  const { note, ...rest } = extra;
  return {
    tenantId: TENANT,
    actor: { userId: 'seed-cabbalr-2019', role: 'system' },
    source: 'migration',
    now,
    commandId: `seed:${TENANT}:rapport-2019:${key}`,
    correlationId: 'seed:cabbalr:2019:rapport',
    provenance: { document: DOCUMENT_CABBALR, lines: lignes, ...(note ? { note } : {}) },
    ...rest,
  };
}

const section = (s: Omit<SectionRapport, 'provenance' | 'chiffreId'> & { chiffreId?: string | null; lignes: string; note?: string }): SectionRapport => ({
  sectionId: s.sectionId,
  titre: s.titre,
  texte: s.texte,
  ordre: s.ordre,
  chiffreId: s.chiffreId ?? null,
  provenance: { type: 'document', document: DOCUMENT_CABBALR, lignes: s.lignes, ...(s.note ? { note: s.note } : {}) },
});

/** The id a printed figure gets in the chiffres stream. */
export const chiffreIdRapport = (id: string) => `${DOCUMENT_ID_RAPPORT_CABBALR}-${id}`;

/** Funds and their 2019 operations, the printed figures, the narratives and the notes: everything before the arrêté. */
export function preparationCabbalr2019({ now }: OptionsDemoRapport): CommandeRapport[] {
  const commandes: CommandeRapport[] = [];
  for (const d of DISPOSITIFS_CABBALR) {
    const stream = dispositifStream(TENANT, d.dispositifId);
    commandes.push({
      aggregate: 'dispositif',
      stream,
      command: {
        type: 'DefinirDispositif',
        data: {
          dispositifId: d.dispositifId,
          libelle: d.libelle,
          nature: d.nature,
          financeur: { id: 'cabbalr', nom: "Communauté d'Agglomération Béthune-Bruay, Artois Lys Romane" },
          description: d.description,
          regles: d.regles,
          calcul: d.calcul,
          reglesFinancement: d.reglesFinancement,
        },
        metadata: metadata(`dispositif:${d.dispositifId}`, now, d.lignes),
      },
    });
    for (const o of d.operations) {
      commandes.push({
        aggregate: 'dispositif',
        stream,
        command: {
          type: 'EnregistrerOperation',
          data: {
            dispositifId: d.dispositifId,
            operationId: o.operationId,
            annee: ANNEE,
            beneficiaire: { partenaireId: null, nom: o.commune, insee: o.insee },
            projet: o.projet,
            montantOperation: o.operation * 100,
            montantAide: o.aide * 100,
            ...('dontPolitiqueVille' in o ? { dontPolitiqueVille: o.dontPolitiqueVille * 100 } : {}),
          },
          metadata: metadata(`operation:${o.operationId}`, now, o.ligne, { note: 'the eligible expenses are not given: the operation amount is the base' }),
        },
      });
    }
  }
  const chiffres = chiffresStream(TENANT, DOCUMENT_ID_RAPPORT_CABBALR);
  for (const c of CHIFFRES_IMPRIMES_CABBALR_2019) {
    commandes.push({
      aggregate: 'chiffres',
      stream: chiffres,
      command: {
        type: 'DeclarerChiffre',
        data: {
          documentId: DOCUMENT_ID_RAPPORT_CABBALR,
          chiffreId: chiffreIdRapport(c.id),
          cle: c.cle,
          libelle: c.libelle,
          valeurImprimee: c.valeurImprimee,
          valeur: c.valeur ?? c.valeurImprimee.replace(/[^\d]/g, ''),
          dateReference: String(ANNEE),
          sujet: c.sujet,
          document: DOCUMENT_CABBALR,
          localisation: c.lignes,
        },
        metadata: metadata(`chiffre:${c.id}`, now, c.lignes),
      },
    });
  }
  const rapport = rapportStream(TENANT, ANNEE);
  const rediger = (s: SectionRapport, key: string) =>
    commandes.push({
      aggregate: 'rapport',
      stream: rapport,
      command: {
        type: 'RedigerSection',
        data: { annee: ANNEE, section: s },
        metadata: metadata(key, now, s.provenance.type === 'document' ? s.provenance.lignes : ''),
      },
    });
  for (const n of NARRATIFS_CABBALR_2019) rediger(section({ ...n }), `section:${n.sectionId}`);
  const notes = [
    ...CHIFFRES_IMPRIMES_CABBALR_2019.filter((c) => c.explication).map((c) => ({
      chiffreId: chiffreIdRapport(c.id),
      cause: c.explication!,
      libelle: c.libelle,
    })),
    ...Object.entries(EXPLICATIONS_GEOGRAPHIE).map(([chiffreId, cause]) => ({ chiffreId, cause, libelle: 'Géographie prioritaire' })),
  ];
  notes.forEach((n, i) =>
    rediger(
      section({
        sectionId: `note-${n.chiffreId.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
        titre: `Note : ${n.libelle}`,
        texte: EXPLICATIONS[n.cause],
        ordre: 1_000 + i,
        chiffreId: n.chiffreId,
        lignes: 'analyse du document, §5',
        note: 'explanation written from the analysis of the document’s own contradictions (docs/domain/rapport-annuel.md)',
      }),
      `note:${n.chiffreId}`,
    ),
  );
  return commandes;
}

/**
 * The arrêté « Version PROJET du rapport arrêtée au 29 septembre 2020 » (L18–L19): the figures assembled by the
 * caller (projections-rapport `assemblerRapport`) as of `arreteAu`, the log position they cover.
 */
export function arreteCabbalr2019(args: OptionsDemoRapport & { arreteAu: string; position: number; chiffres: ChiffresFiges }): CommandeRapport {
  return {
    aggregate: 'rapport',
    stream: rapportStream(TENANT, ANNEE),
    command: {
      type: 'ArreterRapport',
      data: { annee: ANNEE, arreteAu: args.arreteAu, position: args.position, chiffres: args.chiffres, signataire: ARRETE_CABBALR_2019.signataire },
      metadata: metadata('arrete:1', args.now, ARRETE_CABBALR_2019.lignes, { effectiveAt: ARRETE_CABBALR_2019.arreteLe }),
    },
  };
}

/** Sent to the communes and conseils citoyens, the three avis annexed (L1455–L1659), closed at the deadline. */
export function consultationCabbalr2019({ now }: OptionsDemoRapport): CommandeRapport[] {
  const stream = rapportStream(TENANT, ANNEE);
  const c = CONSULTATION_CABBALR_2019;
  return [
    {
      aggregate: 'rapport',
      stream,
      command: {
        type: 'SoumettreAConsultation',
        data: { annee: ANNEE, envoyeLe: c.envoyeLe, destinataires: c.destinataires },
        metadata: metadata('consultation', now, 'L1453–L1659', { effectiveAt: c.envoyeLe, note: 'synthetic sending date: the document gives none' }),
      },
    },
    ...c.avis.map((a): CommandeRapport => ({
      aggregate: 'rapport',
      stream,
      command: {
        type: 'EnregistrerAvis',
        data: {
          annee: ANNEE,
          destinataireId: a.destinataireId,
          organe: a.organe,
          seanceLe: a.seanceLe,
          sens: a.sens,
          texte: a.texte,
          deliberation: a.deliberation,
        },
        metadata: metadata(`avis:${a.destinataireId}`, now, a.lignes, { effectiveAt: a.seanceLe }),
      },
    })),
    {
      aggregate: 'rapport',
      stream,
      command: {
        type: 'CloreConsultation',
        data: { annee: ANNEE },
        metadata: metadata('consultation:close', now, 'L1453', {
          effectiveAt: c.closeLe,
          note: 'the conseils citoyens’ section is empty: silence, réputé favorable',
        }),
      },
    },
  ];
}
