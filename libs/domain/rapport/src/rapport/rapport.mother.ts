import type { CommandMetadata, Role } from '@cdv/eventsourcing';
import { empreinte } from '../shared/regles';
import type { RapportCommand } from './rapport.commands';
import type { ChiffresFiges, Destinataire, RapportEvent, SectionRapport } from './rapport.events';

/** Object mother for the rapport annuel specs: CABBALR 2019 as seed 003 tells it (arrêté 29/09/2020, avis in November). */
export const metadata = (extra: Partial<CommandMetadata> = {}, role: Role = 'agent'): CommandMetadata => ({
  tenantId: 'cabbalr',
  actor: { userId: `user-${role}`, role, ...(role === 'porteur' || role === 'instructeur' ? { organisationId: 'org' } : {}) },
  source: 'api',
  now: '2020-12-15T10:00:00.000Z',
  ...extra,
});

export const command = (c: Omit<RapportCommand, 'metadata'>, meta: CommandMetadata = metadata()): RapportCommand =>
  ({ ...c, metadata: meta }) as RapportCommand;

export const introduction: SectionRapport = {
  sectionId: 'introduction',
  titre: 'Introduction',
  texte: '2019, une année de transition…',
  ordre: 10,
  chiffreId: null,
  provenance: { type: 'document', document: '003_3822072f1ba3b923.txt', lignes: 'L37–L47' },
};
export const conclusion: SectionRapport = { ...introduction, sectionId: 'conclusion', titre: 'Conclusion', texte: 'Le Contrat de Ville a franchi…', ordre: 90 };

export const chiffres = (extra: Record<string, unknown> = {}): ChiffresFiges => ({ format: 'rapport-annuel/1', annee: 2019, projets: 130, ...extra });

export const marles: Destinataire = { destinataireId: 'marles-les-mines', type: 'commune', nom: 'Marles-les-Mines', insee: '62555' };
export const bruay: Destinataire = { destinataireId: 'bruay-la-buissiere', type: 'commune', nom: 'Bruay-La-Buissière', insee: '62178' };
export const conseilCitoyen: Destinataire = { destinataireId: 'cc-regain', type: 'conseil_citoyen', nom: 'Conseil citoyen Quartier du Regain', insee: null };

export const redigee = (section: SectionRapport): RapportEvent => ({ type: 'SectionRedigee', data: { annee: 2019, section, precedente: null } });

export const arrete = (version = 1, extra: Partial<Extract<RapportEvent, { type: 'RapportArrete' }>['data']> = {}): RapportEvent => ({
  type: 'RapportArrete',
  data: {
    annee: 2019,
    version,
    arreteAu: '2020-09-29T00:00:00.000Z',
    arreteLe: '2020-09-29',
    position: 1_000,
    empreinte: empreinte(chiffres()),
    chiffres: chiffres(),
    sections: [introduction],
    signataire: null,
    versionPrecedente: version > 1 ? version - 1 : null,
    consultationInterrompue: false,
    ...extra,
  },
});

export const soumis: RapportEvent = {
  type: 'RapportSoumisAConsultation',
  data: { annee: 2019, version: 1, envoyeLe: '2020-10-20', echeance: '2020-11-20', delaiParDefaut: true, destinataires: [marles, bruay, conseilCitoyen] },
};

export const avisMarles: RapportEvent = {
  type: 'AvisEnregistre',
  data: {
    annee: 2019,
    version: 1,
    destinataireId: 'marles-les-mines',
    organe: 'Conseil municipal de Marles-les-Mines',
    seanceLe: '2020-11-18',
    sens: 'favorable',
    texte: 'EMET un avis favorable au rapport',
    deliberation: { numero: '18.11.20.17', executoireLe: '2020-11-25' },
    recuLe: null,
  },
};

export const close: RapportEvent = {
  type: 'ConsultationClose',
  data: { annee: 2019, version: 1, closeLe: '2020-11-21', avisTacites: ['bruay-la-buissiere', 'cc-regain'] },
};
export const adopte: RapportEvent = {
  type: 'RapportAdopte',
  data: { annee: 2019, version: 1, instance: 'Conseil communautaire', deliberation: { date: '2020-12-10', numero: '2020-245' } },
};
