import type { RegleFinancement, SelecteurLigne } from '@cdv/domain-programmation';
import { choisirColonnes, type Colonne, type DefinitionExport } from '@cdv/exports';
import { TOUS_LECTEURS } from '../shared/acces';
import type { EventStore } from '@cdv/eventsourcing';
import { lireReglesAu } from '../shared/contexte.service';
import { libelle, LIBELLES_CATEGORIE, LIBELLES_NATURE, LIBELLES_PORTEUR } from './libelles';

const TYPES: Record<RegleFinancement['type'], string> = { plafond: 'Plafond', minimum: 'Minimum', taux_max: 'Taux maximum', egal_a: 'Égal à' };
const APPLICATIONS: Record<RegleFinancement['application'], string> = { bloquant: 'Bloquante', avertissement: 'Avertissement' };
const ETAPES: Record<string, string> = { demande: 'Demandé', propose: 'Proposé', vote: 'Voté' };

/** A selector as a reader says it: « Crédits spécifiques ; État ; bop-147 », or « toutes les lignes ». */
function selecteur(cible: SelecteurLigne | undefined): string {
  const parties = [
    ...(cible?.financeurIds ?? []),
    ...(cible?.categories ?? []).map((categorie) => libelle(LIBELLES_CATEGORIE, categorie)),
    ...(cible?.natures ?? []).map((nature) => libelle(LIBELLES_NATURE, nature)),
    ...(cible?.dispositifs ?? []),
  ];
  return parties.length > 0 ? parties.join(' ; ') : 'toutes les lignes';
}

export const COLONNES_REGLE: Array<Colonne<RegleFinancement>> = [
  { id: 'id', libelle: 'Identifiant', type: 'texte', valeur: (r) => r.id },
  { id: 'libelle', libelle: 'Règle', type: 'texte', parDefaut: true, valeur: (r) => r.libelle },
  { id: 'type', libelle: 'Type', type: 'texte', parDefaut: true, valeur: (r) => TYPES[r.type] },
  { id: 'application', libelle: 'Application', type: 'texte', parDefaut: true, valeur: (r) => APPLICATIONS[r.application] },
  { id: 'cible', libelle: 'Lignes concernées', type: 'texte', parDefaut: true, valeur: (r) => selecteur(r.cible) },
  { id: 'etapes', libelle: 'Étapes', type: 'texte', parDefaut: true, valeur: (r) => (r.etapes ?? []).map((etape) => ETAPES[etape]).join(', ') || 'Toutes' },
  {
    id: 'porteurs',
    libelle: 'Porteurs',
    type: 'texte',
    parDefaut: true,
    valeur: (r) => (r.porteurKinds ?? []).map((kind) => libelle(LIBELLES_PORTEUR, kind)).join(', ') || 'Tous',
  },
  { id: 'montantMax', libelle: 'Montant maximum (€)', type: 'montant', parDefaut: true, valeur: (r) => (r.type === 'plafond' ? r.montantMax : null) },
  { id: 'montantMin', libelle: 'Montant minimum (€)', type: 'montant', parDefaut: true, valeur: (r) => (r.type === 'minimum' ? r.montantMin : null) },
  { id: 'tauxMax', libelle: 'Taux maximum (%)', type: 'nombre', parDefaut: true, valeur: (r) => (r.type === 'taux_max' ? r.tauxMaxPourcentage : null) },
  {
    id: 'assiette',
    libelle: 'Assiette du taux',
    type: 'texte',
    parDefaut: true,
    valeur: (r) => (r.type === 'taux_max' ? (r.assiette === 'cout_total' ? 'Coût total' : 'Dépenses éligibles') : null),
  },
  { id: 'plafond', libelle: 'Plafond du taux (€)', type: 'montant', parDefaut: true, valeur: (r) => (r.type === 'taux_max' ? (r.plafond ?? null) : null) },
  { id: 'reference', libelle: 'Égale à la somme de', type: 'texte', parDefaut: true, valeur: (r) => (r.type === 'egal_a' ? selecteur(r.reference) : null) },
];

/**
 * `reglesFinancement(asOf)`: the tenant's financing rules, one row per rule. The rules are event-sourced configuration
 * read from the log (not a read model), so the export reads them as the query does (`lireReglesAu`), at the export's
 * instant or position.
 */
export function exportReglesFinancement(store: EventStore): DefinitionExport<Record<string, never>> {
  return {
    nom: 'regles-financement',
    titre: 'Règles de financement',
    description: 'One row per financing rule of the workspace (the `reglesFinancement` query), at the asked instant.',
    miroir: 'reglesFinancement(asOf) { regles }',
    roles: TOUS_LECTEURS,
    parametres: [],
    catalogues: { regles: COLONNES_REGLE as never },
    lire: () => ({}),
    async preparer(_filtre, demande, colonnes) {
      const { regles, version } = await lireReglesAu(store, demande.tenantId, { asOf: demande.asOf, asOfPosition: demande.position });
      return {
        tableaux: [{ nom: 'Règles de financement', colonnes: choisirColonnes(COLONNES_REGLE, colonnes), lignes: regles }],
        nomFichier: 'regles-financement',
        parametres: [['version des règles', String(version)]],
        total: regles.length,
      };
    },
  };
}
