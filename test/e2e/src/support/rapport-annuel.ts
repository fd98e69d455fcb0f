import type { GraphqlClient, TestApp } from '@cdv/app-harness';
import { ProgrammationSeeder } from '@cdv/demo-programmation';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { CommandHandler, type EventStore } from '@cdv/eventsourcing';
import { EVENT_STORE } from '@cdv/platform';

/** The demo workspace whose programmation 2019 the report is assembled from (seed 003). */
export const TENANT = 'cabbalr';
export const ANNEE = 2019;

/**
 * Seeds `cabbalr`'s référentiel and programmation 2019 through the app's own command handler (the rapport itself is
 * left to the test to drive). `app` is the standalone app or, in the distributed topology, a service sharing the store.
 */
export async function semerCabbalr(app: TestApp): Promise<void> {
  const handler = app.app.get(CommandHandler);
  await new TerritoireSeeder(handler, app.app.get<EventStore>(EVENT_STORE)).seed(TENANT);
  await new ProgrammationSeeder(handler).seedDemo({ tenants: [TENANT] });
}

const CHIFFRE = 'nombre montant regle dossiers';

/** What the tests read of the report: the state, the figures of section 3, the consultation and the versions. */
export const RAPPORT = `query($annee: Int!, $asOf: DateTime, $version: Int) {
  rapportAnnuel(annee: $annee, asOf: $asOf, version: $version) {
    annee statutCycle revision versionCourante
    etat { statut version arreteAu arreteLe empreinte signataire { nom } adoption { date numero } transmission { transmisLe } }
    chiffres {
      format position asOf regleComptage regles { id libelle }
      programmation {
        entete { retenus { ${CHIFFRE} } coutTotalRetenus { ${CHIFFRE} } }
        piliers { cle libelle projets { ${CHIFFRE} } thematiques { cle libelle projets { ${CHIFFRE} } creditsSpecifiques { ${CHIFFRE} }
          actions { dossierId titre nombreActions } } }
      }
      dispositifs { dispositifId totalOperations operations { operationId montantAide } }
    }
    sections { sectionId titre }
    notes { chiffreId statut explication { sectionId } }
    consultation { envoyeLe echeance closeLe avisTacites destinataires { destinataireId codeInsee } avis { destinataireId sens seanceLe } }
    brouillon { sectionId }
    versions { version statut arreteAu empreinte reason }
  }
}`;

export interface ChiffreLu {
  nombre: number | null;
  montant: string | null;
  regle: string;
  dossiers: string[];
}

export interface RapportLu {
  annee: number;
  statutCycle: string;
  revision: number;
  versionCourante: number;
  etat: { statut: string; version: number | null; arreteAu: string | null; arreteLe: string | null; empreinte: string | null };
  chiffres: {
    position: number;
    asOf: string | null;
    regleComptage: string;
    programmation: {
      entete: { retenus: ChiffreLu; coutTotalRetenus: ChiffreLu };
      piliers: Array<{
        cle: string;
        projets: ChiffreLu;
        thematiques: Array<{ cle: string; projets: ChiffreLu; creditsSpecifiques: ChiffreLu; actions: Array<{ dossierId: string; titre: string }> }>;
      }>;
    };
    dispositifs: Array<{ dispositifId: string; totalOperations: string }>;
  };
  sections: Array<{ sectionId: string }>;
  notes: Array<{ chiffreId: string; statut: string; explication: { sectionId: string } | null }>;
  consultation: {
    envoyeLe: string;
    echeance: string;
    closeLe: string | null;
    avisTacites: string[];
    avis: Array<{ destinataireId: string; sens: string; seanceLe: string }>;
  } | null;
  brouillon: Array<{ sectionId: string }>;
  versions: Array<{ version: number; statut: string; empreinte: string; reason: string | null }>;
}

export async function lireRapport(client: GraphqlClient, variables: { asOf?: string; version?: number } = {}): Promise<RapportLu> {
  const data = await client.ok<{ rapportAnnuel: RapportLu }>(RAPPORT, { annee: ANNEE, ...variables });
  return data.rapportAnnuel;
}

/** The crédits spécifiques of the « Éducation » thématique (the PRE's line is in it). */
export const educationCredits = (rapport: RapportLu): string =>
  rapport.chiffres.programmation.piliers.flatMap((p) => p.thematiques).find((t) => t.cle === 'education')!.creditsSpecifiques.montant!;

export const PAYLOAD = 'streamId id revision position eventsAppended replayed eventTypes';

export function mutation(name: string): string {
  const input = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return `mutation($input: ${INPUTS[name] ?? input}!) { ${name}(input: $input) { ${PAYLOAD} } }`;
}

/** Input type names that are not the mutation's name capitalised. */
const INPUTS: Record<string, string> = {
  redigerSectionRapport: 'RedigerSectionInput',
  retirerSectionRapport: 'RetirerSectionInput',
  soumettreRapportAConsultation: 'SoumettreAConsultationInput',
  enregistrerAvisRapport: 'EnregistrerAvisInput',
  cloreConsultationRapport: 'CloreConsultationInput',
  enregistrerOperationDispositif: 'EnregistrerOperationInput',
  annulerOperationDispositif: 'AnnulerOperationInput',
};

export async function executer(client: GraphqlClient, name: string, input: Record<string, unknown>) {
  const data = await client.ok<Record<string, { revision: number; position: number; eventTypes: string[]; replayed: boolean }>>(mutation(name), { input });
  return data[name];
}

export function refuser(client: GraphqlClient, name: string, input: Record<string, unknown>, code: string) {
  return client.fails(mutation(name), { input }, code);
}

/** The recipients of the consultation: two communes and the conseils citoyens. */
export const DESTINATAIRES = [
  { destinataireId: 'marles-les-mines', type: 'commune', nom: 'Marles-les-Mines', codeInsee: '62555' },
  { destinataireId: 'bruay-la-buissiere', type: 'commune', nom: 'Bruay-La-Buissière', codeInsee: '62178' },
  { destinataireId: 'conseils-citoyens', type: 'conseil_citoyen', nom: 'Conseils citoyens', codeInsee: null },
];

/** GET a download with the client's credentials. */
export function telecharger(app: TestApp, token: string | null, chemin: string, tenant = TENANT): Promise<Response> {
  const base = app.url.replace(/\/graphql$/, '');
  return fetch(`${base}${chemin}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-tenant': tenant } });
}
