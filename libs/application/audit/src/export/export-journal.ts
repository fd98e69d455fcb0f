import { choisirColonnes, type Colonne, type DefinitionExport } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import type { AuditedEvent, JournalFilter } from '@cdv/projections-audit';
import { AUDIT_READERS } from '@cdv/tenancy';
import { AuditQueryError } from '../services/audit-errors';
import { JOURNAL_MAX_FIRST, type JournalService } from '../services/journal.service';

export const COLONNES_JOURNAL: Array<Colonne<AuditedEvent>> = [
  { id: 'position', libelle: 'Position', type: 'entier', parDefaut: true, valeur: (e) => e.position },
  { id: 'enregistreLe', libelle: 'Enregistré le', type: 'dateHeure', parDefaut: true, valeur: (e) => e.recordedAt },
  { id: 'effectifLe', libelle: 'Date d’effet', type: 'dateHeure', parDefaut: true, valeur: (e) => e.effectiveAt },
  { id: 'type', libelle: 'Type', type: 'texte', valeur: (e) => e.type },
  { id: 'libelle', libelle: 'Événement', type: 'texte', parDefaut: true, valeur: (e) => e.label },
  { id: 'streamId', libelle: 'Flux', type: 'texte', parDefaut: true, valeur: (e) => e.streamId },
  { id: 'revision', libelle: 'Révision', type: 'entier', valeur: (e) => e.revision },
  { id: 'acteur', libelle: 'Auteur', type: 'texte', parDefaut: true, valeur: (e) => e.actor.userId },
  { id: 'role', libelle: 'Rôle', type: 'texte', parDefaut: true, valeur: (e) => e.actor.role },
  { id: 'organisation', libelle: 'Organisation', type: 'texte', valeur: (e) => e.actor.organisationId },
  { id: 'motif', libelle: 'Motif', type: 'texte', parDefaut: true, valeur: (e) => e.reason },
  { id: 'source', libelle: 'Source', type: 'texte', valeur: (e) => e.source },
  { id: 'commandId', libelle: 'Commande', type: 'texte', valeur: (e) => e.commandId },
  { id: 'correlationId', libelle: 'Corrélation', type: 'texte', valeur: (e) => e.correlationId },
  { id: 'causationId', libelle: 'Cause', type: 'texte', valeur: (e) => e.causationId },
  { id: 'schemaVersion', libelle: 'Version du schéma', type: 'entier', valeur: (e) => e.schemaVersion },
  { id: 'hash', libelle: 'Empreinte', type: 'texte', valeur: (e) => e.hash },
  { id: 'prevHash', libelle: 'Empreinte précédente', type: 'texte', valeur: (e) => e.prevHash },
  { id: 'donnees', libelle: 'Données (JSON)', type: 'texte', description: 'The event’s payload as recorded.', valeur: (e) => JSON.stringify(e.data) },
];

interface ParametresJournal {
  filtre: JournalFilter;
}

/** `asOf` is inclusive (what the platform knew at that instant); the journal's `to` bounds are exclusive. */
function juste(instant: string): string {
  return new Date(Date.parse(instant) + 1).toISOString();
}

/**
 * Every page of the journal, in position order, up to `jusqua` (the as-of position) when given. One page of at
 * most 500 events is in memory at a time.
 */
async function* evenements(journal: JournalService, tenant: string, filtre: JournalFilter, jusqua: number | null): AsyncGenerator<AuditedEvent> {
  let after: string | null = null;
  for (;;) {
    const page = await journal.journal(tenant, filtre, { first: JOURNAL_MAX_FIRST, after });
    for (const event of page.events) {
      if (jusqua !== null && event.position > jusqua) return;
      yield event;
    }
    if (!page.hasNextPage) return;
    after = page.endCursor;
  }
}

/** `journal(filtre)`: the workspace's change feed with the same filter; `asOf` stops it at that instant. */
export function exportJournal(journal: JournalService): DefinitionExport<ParametresJournal> {
  return {
    nom: 'journal',
    titre: 'Journal des événements',
    description: 'The workspace’s events in log order with who, when (recorded and business time), why and the payload; the `journal` query’s filter.',
    miroir: 'journal(filtre)',
    roles: AUDIT_READERS,
    parametres: [
      { nom: 'userId', description: 'Author (actor.userId).' },
      { nom: 'organisationId', description: 'Author’s organisation.' },
      { nom: 'types', description: 'Event types, comma-separated.' },
      { nom: 'enregistreDepuis', description: 'Recorded at or after (ISO 8601 instant).' },
      { nom: 'enregistreAvant', description: 'Recorded before.' },
      { nom: 'effectifDepuis', description: 'Effective (business date) at or after.' },
      { nom: 'effectifAvant', description: 'Effective before.' },
      { nom: 'streamId', description: 'A stream, e.g. dossier-42.' },
      { nom: 'dossierId', description: 'A dossier’s stream and every event naming it.' },
      { nom: 'financeurId', description: 'Events naming this financeur.' },
    ],
    catalogues: { journal: COLONNES_JOURNAL as never },
    lire: (requete) => {
      const texte = (nom: string) => requete.texte(nom);
      const userId = texte('userId');
      const organisationId = texte('organisationId');
      const types = requete.liste('types', { max: 100 });
      const enregistreDepuis = requete.instant('enregistreDepuis');
      const enregistreAvant = requete.instant('enregistreAvant');
      const effectifDepuis = requete.instant('effectifDepuis');
      const effectifAvant = requete.instant('effectifAvant');
      const streamId = texte('streamId');
      const dossierId = texte('dossierId');
      const financeurId = texte('financeurId');
      const filtre: JournalFilter = {
        ...(userId ? { userId } : {}),
        ...(organisationId ? { organisationId } : {}),
        ...(types ? { eventTypes: types } : {}),
        ...(streamId ? { stream: streamId } : {}),
        ...(dossierId ? { dossierId } : {}),
        ...(financeurId ? { financeurId } : {}),
        ...(enregistreDepuis || enregistreAvant
          ? { recorded: { ...(enregistreDepuis ? { from: enregistreDepuis } : {}), ...(enregistreAvant ? { to: enregistreAvant } : {}) } }
          : {}),
        ...(effectifDepuis || effectifAvant
          ? { effective: { ...(effectifDepuis ? { from: effectifDepuis } : {}), ...(effectifAvant ? { to: effectifAvant } : {}) } }
          : {}),
      };
      return { filtre };
    },
    async preparer({ filtre }, contexte, colonnes) {
      const choisies = choisirColonnes(COLONNES_JOURNAL, colonnes);
      // As of an instant: what was recorded up to it (inclusive), whichever bound is earlier.
      let filtreAuPoint = filtre;
      if (contexte.asOf) {
        const to = filtre.recorded?.to && Date.parse(filtre.recorded.to) < Date.parse(juste(contexte.asOf)) ? filtre.recorded.to : juste(contexte.asOf);
        filtreAuPoint = { ...filtre, recorded: { ...filtre.recorded, to } };
      }
      // the journal's own checks (dates…) before a byte is written
      try {
        await journal.journal(contexte.tenantId, filtreAuPoint, { first: 1 });
      } catch (error) {
        if (error instanceof AuditQueryError) throw new ApiError(error.code, error.message, error.details);
        throw error;
      }
      return {
        tableaux: [{ nom: 'Journal', colonnes: choisies, lignes: evenements(journal, contexte.tenantId, filtreAuPoint, contexte.position) }],
        nomFichier: 'journal',
        parametres: Object.entries(filtre).map(([nom, valeur]): [string, string] => [nom, typeof valeur === 'string' ? valeur : JSON.stringify(valeur)]),
      };
    },
  };
}
