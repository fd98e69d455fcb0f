import type { Actor, Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  RAPPORT_EVENT_TYPES,
  sectionsOrdonnees,
  type ChiffresFiges,
  type Deliberation,
  type Destinataire,
  type RapportEvent,
  type SectionRapport,
  type SensAvis,
  type Signataire,
  type StatutRapport,
} from '@cdv/domain-rapport';

export interface AvisDocument {
  destinataireId: string;
  organe: string;
  seanceLe: string;
  sens: SensAvis;
  texte: string;
  deliberation: Deliberation | null;
  recuLe: string | null;
  enregistreLe: string;
}

export interface ConsultationDocument {
  envoyeLe: string;
  echeance: string;
  delaiParDefaut: boolean;
  destinataires: Destinataire[];
  avis: AvisDocument[];
  closeLe: string | null;
  /** Silent at the deadline: réputé favorable. */
  avisTacites: string[];
  /** A new arrêté stopped this consultation. */
  interrompue: boolean;
}

/** One version as arrêtée, with everything that happened to it after. */
export interface VersionDocument {
  version: number;
  arreteAu: string;
  /** Business date of the arrêté (what the cover prints). */
  arreteLe: string;
  position: number;
  empreinte: string;
  chiffres: ChiffresFiges;
  sections: SectionRapport[];
  signataire: Signataire | null;
  /** Recorded time of the arrêté, who did it and why (a new version's reason). */
  enregistreLe: string;
  par: Actor;
  motif: string | null;
  consultation: ConsultationDocument | null;
  adoption: { instance: string; date: string; numero: string } | null;
  transmission: { transmisLe: string; destinataire: string; reference: string | null } | null;
}

/** The rapport annuel of a year: its working draft and every version arrêtée (figures frozen inside). */
export interface RapportDocument extends ReadDocument {
  annee: number;
  statut: StatutRapport;
  /** The working draft, in display order. */
  brouillon: SectionRapport[];
  versions: VersionDocument[];
  /** The last version's number (0 before the first arrêté). */
  versionCourante: number;
  modifieLe: string;
  /** Revision of the stream `rapport-{annee}`: what a client sends back as expectedRevision. */
  revision: number;
}

const derniere = (document: RapportDocument, change: (version: VersionDocument) => VersionDocument): VersionDocument[] =>
  document.versions.map((version, index) => (index === document.versions.length - 1 ? change(version) : version));

export function evolveRapportDocument(document: RapportDocument | null, recorded: RecordedEvent): RapportDocument | null {
  const event = { type: recorded.type, data: recorded.data } as RapportEvent;
  const at = recorded.metadata.recordedAt;
  const doc: RapportDocument = {
    ...(document ?? { _id: String(event.data.annee), annee: event.data.annee, statut: 'brouillon', brouillon: [], versions: [], versionCourante: 0 }),
    modifieLe: at,
    revision: recorded.revision,
  };
  switch (event.type) {
    case 'SectionRedigee': {
      const sections = Object.fromEntries(doc.brouillon.map((s) => [s.sectionId, s]));
      return { ...doc, brouillon: sectionsOrdonnees({ ...sections, [event.data.section.sectionId]: event.data.section }) };
    }
    case 'SectionRetiree':
      return { ...doc, brouillon: doc.brouillon.filter((s) => s.sectionId !== event.data.sectionId) };
    case 'RapportArrete': {
      const d = event.data;
      const versions = d.consultationInterrompue
        ? derniere(doc, (v) => (v.consultation ? { ...v, consultation: { ...v.consultation, interrompue: true } } : v))
        : doc.versions;
      const version: VersionDocument = {
        version: d.version,
        arreteAu: d.arreteAu,
        arreteLe: d.arreteLe,
        position: d.position,
        empreinte: d.empreinte,
        chiffres: d.chiffres,
        sections: d.sections,
        signataire: d.signataire,
        enregistreLe: at,
        par: recorded.metadata.actor,
        motif: recorded.metadata.reason ?? null,
        consultation: null,
        adoption: null,
        transmission: null,
      };
      return { ...doc, statut: 'arrete', versions: [...versions, version], versionCourante: d.version };
    }
    case 'RapportSoumisAConsultation': {
      const { envoyeLe, echeance, delaiParDefaut, destinataires } = event.data;
      const consultation: ConsultationDocument = {
        envoyeLe,
        echeance,
        delaiParDefaut,
        destinataires,
        avis: [],
        closeLe: null,
        avisTacites: [],
        interrompue: false,
      };
      return { ...doc, statut: 'en_consultation', versions: derniere(doc, (v) => ({ ...v, consultation })) };
    }
    case 'AvisEnregistre': {
      const { annee: _annee, version: _version, ...avis } = event.data;
      return {
        ...doc,
        versions: derniere(doc, (v) =>
          v.consultation ? { ...v, consultation: { ...v.consultation, avis: [...v.consultation.avis, { ...avis, enregistreLe: at }] } } : v,
        ),
      };
    }
    case 'ConsultationClose':
      return {
        ...doc,
        statut: 'consultation_close',
        versions: derniere(doc, (v) =>
          v.consultation ? { ...v, consultation: { ...v.consultation, closeLe: event.data.closeLe, avisTacites: event.data.avisTacites } } : v,
        ),
      };
    case 'RapportAdopte':
      return { ...doc, statut: 'adopte', versions: derniere(doc, (v) => ({ ...v, adoption: { instance: event.data.instance, ...event.data.deliberation } })) };
    case 'RapportTransmis': {
      const { transmisLe, destinataire, reference } = event.data;
      return { ...doc, statut: 'transmis', versions: derniere(doc, (v) => ({ ...v, transmission: { transmisLe, destinataire, reference } })) };
    }
  }
}

export const rapportProjection: Projection<RapportDocument> = {
  name: 'rapports',
  version: 1,
  eventTypes: RAPPORT_EVENT_TYPES,
  documentIds: (event) => [String((event.data as { annee: number }).annee)],
  evolve: evolveRapportDocument,
};
