import type { GraphqlClient, TestApp } from '@cdv/app-harness';

/**
 * Shared by the programmation e2e files: a small référentiel created through the territoire mutations, the
 * programmation operations as GraphQL documents, and amounts in cents ⇄ Montant strings.
 */

export const COMMUNES = [
  { codeInsee: '59350', nom: 'Lille' },
  { codeInsee: '59512', nom: 'Roubaix' },
  { codeInsee: '59599', nom: 'Tourcoing' },
];

export const QPVS = [
  { qpvId: 'QN05935A', code: 'QN05935A', nom: 'Lille Sud', communes: [COMMUNES[0]] },
  { qpvId: 'QN05951B', code: 'QN05951B', nom: 'Roubaix Alma', communes: [COMMUNES[1]] },
];

export const FINANCEURS = [
  { partenaireId: 'etat', nature: 'etat_service', nom: 'Préfecture du Nord', categorieFinanceur: 'etat_credits_specifiques' },
  { partenaireId: 'region', nature: 'region', nom: 'Région Hauts-de-France', categorieFinanceur: 'region' },
  { partenaireId: 'caf', nature: 'caf', nom: 'CAF du Nord', categorieFinanceur: 'caf' },
  { partenaireId: 'epci', nature: 'epci', nom: 'Métropole', categorieFinanceur: 'epci' },
];

export const PORTEURS = [
  { partenaireId: 'asso-1', nature: 'association', nom: 'Les Petits Débrouillards' },
  { partenaireId: 'asso-2', nature: 'association', nom: 'Centre social Lazare Garreau' },
  { partenaireId: 'asso-3', nature: 'association', nom: 'Sport dans la Ville' },
  { partenaireId: 'asso-4', nature: 'association', nom: 'Maison de quartier' },
  { partenaireId: 'ville-roubaix', nature: 'commune', nom: 'Ville de Roubaix' },
  { partenaireId: 'ccas-lille', nature: 'ccas', nom: 'CCAS de Lille' },
];

const OUVRIR_TERRITOIRE = `mutation($input: OuvrirTerritoireInput!) { ouvrirTerritoire(input: $input) { revision } }`;
const ENREGISTRER_PARTENAIRE = `mutation($input: EnregistrerPartenaireInput!) { enregistrerPartenaire(input: $input) { revision } }`;
const DECLARER_QPV = `mutation($input: DeclarerQpvInput!) { declarerQpv(input: $input) { revision } }`;

/** The référentiel a programmation needs: the EPCI and its communes, financeurs, porteurs, two QPV. */
export async function creerReferentiel(app: TestApp, tenant: string): Promise<void> {
  const admin = await app.clientFor(tenant, 'admin');
  await admin.ok(OUVRIR_TERRITOIRE, { input: { nom: `EPCI ${tenant}`, siren: null, nature: 'metropole', communes: COMMUNES } });
  for (const financeur of FINANCEURS) {
    await admin.ok(ENREGISTRER_PARTENAIRE, { input: { ...financeur, roles: ['financeur', 'signataire'] } });
  }
  for (const porteur of PORTEURS) {
    await admin.ok(ENREGISTRER_PARTENAIRE, { input: { ...porteur, roles: ['porteur'] } });
  }
  for (const qpv of QPVS) {
    await admin.ok(DECLARER_QPV, { input: { ...qpv, categorie: 'qpv' } });
  }
}

export const euros = (value: number): number => Math.round(value * 100);
/** Cents → the Montant scalar's decimal string. */
export const montant = (cents: number): string =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

const PAYLOAD = 'streamId id revision position eventsAppended replayed eventTypes';
const EFFETS = `${PAYLOAD} effets { dossierId commande ok replayed code message }`;

/** `mutation($input: XInput!) { x(input: $input) { … } }` for each programmation command. */
export function mutation(name: string, avecEffets = false): string {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return `mutation($input: ${type}!) { ${name}(input: $input) { ${avecEffets ? EFFETS : PAYLOAD} } }`;
}

export interface Payload {
  streamId: string;
  id: string;
  revision: number;
  position: number;
  eventsAppended: number;
  replayed: boolean;
  eventTypes: string[];
  effets?: Array<{ dossierId: string; commande: string; ok: boolean; replayed: boolean; code: string | null; message: string | null }>;
}

/** Runs a command and returns its payload (fails the test on any error). */
export async function executer(client: GraphqlClient, name: string, input: Record<string, unknown>): Promise<Payload> {
  const avecEffets = ['arreterProgrammation', 'signerConvention', 'rattacherDossierAConvention', 'engagerTranche'].includes(name);
  const data = await client.ok<Record<string, Payload>>(mutation(name, avecEffets), { input });
  return data[name];
}

/** Runs a command that must fail with `code`; returns the error. */
export function refuser(client: GraphqlClient, name: string, input: Record<string, unknown>, code: string) {
  const avecEffets = ['arreterProgrammation', 'signerConvention', 'rattacherDossierAConvention', 'engagerTranche'].includes(name);
  return client.fails(mutation(name, avecEffets), { input }, code);
}

export const APPEL_2025 = {
  annee: 2025,
  titre: 'Appel à projets Politique de la ville 2025',
  ouvertureLe: '2024-10-01',
  clotureLe: '2099-12-31',
  priorites: [{ id: 'v1.P1', libelle: 'Cohésion sociale' }],
  enveloppes: [
    { financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(300_000)) },
    { financeurId: 'region', montant: montant(euros(150_000)) },
    { financeurId: 'caf', montant: montant(euros(100_000)) },
    { financeurId: 'epci', montant: montant(euros(80_000)) },
  ],
  comites: [{ comiteId: 'comite-2025-1', date: '2025-03-15', libelle: 'Comité des financeurs de mars' }],
};

export const PILIERS = [
  { id: 'v1.P1', libelle: 'Cohésion sociale' },
  { id: 'v1.P2', libelle: 'Cadre de vie et renouvellement urbain' },
  { id: 'v1.P3', libelle: 'Emploi et développement économique' },
];

export const THEMATIQUES = [
  { id: 'education', libelle: 'Éducation' },
  { id: 'sante', libelle: 'Santé' },
  { id: 'sport', libelle: 'Sport' },
  { id: 'culture', libelle: 'Culture' },
];

/** A valid deposit for `porteurId` (the tests change what they are about). */
export function depot(dossierId: string, porteurId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dossierId,
    annee: 2025,
    porteurId,
    titre: `Action ${dossierId}`,
    description: 'Ateliers pour les habitants des quartiers',
    publics: ['jeunes 11-17 ans'],
    communes: ['59350'],
    qpvIds: ['QN05935A'],
    classement: { pilier: PILIERS[0], thematique: THEMATIQUES[0] },
    coutTotal: montant(euros(20_000)),
    dateDebut: '2025-01-15',
    dateFin: '2025-12-15',
    ...overrides,
  };
}

export const DOSSIER = `query($id: String!, $asOf: DateTime) { dossier(id: $id, asOf: $asOf) {
  id annee titre statut decision revision porteur { id nom kind } coutTotal depotTardif
  communes { insee nom } qpv { id code nom } pilier { id libelle }
  lignes { id financeurId financeurNom categorie nature statut demande propose vote engage verse justifie avertissements { regleId } }
  avis { auteurId avis commentaire } versements { versementId montant type } corrections { ligneId etape avant apres reason par { userId } }
  decisions { type comiteId motif } bilan { coutRealise recit beneficiaires { total } } indicateurs { indicateurId valeur }
  convention { conventionId typeConvention } historique { type reason actor { role } causationId }
} }`;
