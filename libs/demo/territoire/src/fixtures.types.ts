/**
 * The parts of the fixture files (libs/demo/territoire/fixtures/*.json) the seeds read. Each file has its own shape, as its
 * author built it from one source document; only the fields used are typed.
 */

type Src = string | string[];

export interface ValenciennesFixture {
  tenant: { id: 'cavm'; name: string; legal_name: string; abbrev: string; departement: string; region: string; src: Src };
  stated_counts: Record<string, number | string | string[]> & { src: string[] };
  contract: {
    id: string;
    title: string;
    signed_on: string;
    initial_end_label: string;
    prorogated_end: string;
    prorogation_legal_basis: string;
    avenants: { label: string; src: string }[];
    annexes: string[];
    annexes_src: string;
    pe2r: {
      document_type: 'annexe';
      copil_validation: string;
      signatures: { signatory: string; place: string | null; date: string | null; date_confidence: string; src: string }[];
      src: string[];
    };
    src: string[];
  };
  qpv: { id: string; name: string; communes: string[]; taux_emploi_pct: string; src: string; overlays?: string[]; aliases?: string[]; alias_note?: string }[];
  reference_rates: Record<string, { taux_emploi_pct: string; src: string }> & { definition: string };
  funding_lines: { id: string; financeur: string; src: string }[];
  actions: { id: string; porteur: string; partner?: string; src: string }[];
  objective_tree: {
    levels_used_in_document: string[];
    piliers: { id: string; label: string; src: string }[];
    orientations_count_stated: number;
    orientations_known: { id: string; number: number | string; alias?: string; label: string | null; level?: string; note: string; src: string }[];
    transversal: { id: string; label: string; src: string }[];
    annexed_strategy: {
      id: string;
      label: string;
      attached_to: string;
      objectifs_du_plan: string[];
      axes: { n: number; label: string; sub: string[] }[];
      src: string;
    };
  };
  partner_engagements_sample: { partner: string; commitment: string; figure: Record<string, number> | null; src: string }[];
  commune_spelling_variants: Record<string, string[] | string>;
}

export interface GrandNancyFixture {
  tenant: {
    id: 'mgn';
    name: string;
    abbrev: string;
    departement: string;
    status_history: { statut: string; until?: string; from?: string; src: string }[];
    src: string[];
  };
  stated_counts: Record<string, number | string | string[]> & { src: string[] };
  communes: { name: string }[];
  communes_src: string;
  conseils_citoyens: { name: string; raw?: string; src: string }[];
  contract: {
    id: string;
    title: string;
    signed_year: number;
    prorogated_end: string;
    pe2r: {
      document_type: 'avenant';
      alias: string;
      copil_launch: string;
      signature_place: string;
      signature_date: string | null;
      signature_blocks: number;
      src: string;
    };
    annexes_referenced: { label: string; annexed: string | null; src: string }[];
  };
  signatories_pe2r: {
    etat: string[];
    collectivites: string[];
    caf: string[];
    bailleurs_et_inter_bailleurs: string[];
    src: string;
  };
  objective_tree: {
    piliers: { id: string; label: string; src: string }[];
    priorites_2019_2022: { id: string; label: string; note?: string }[];
    priorites_src: string;
    transversal: { id: string; label: string; src: string }[];
    orientations_section_IV: { id: string; label: string; priorite: string; grands_axes?: string[]; enjeux?: string[]; src: string }[];
  };
  engagements: { axes_de_mobilisation: string[]; communs_a_tous: string[]; particuliers_etat_et_metropole: string[]; src: string };
  funding_streams_no_amounts: { financeur: string; src: string }[];
  indicator_facts: {
    name: string;
    value?: number;
    value_pct?: string;
    value_min_exclusive?: number;
    value_approx?: number;
    raw?: string;
    qualifier?: string;
    comparison?: Record<string, string>;
    of?: number;
    of_qpv?: number;
    date?: string;
    src: string;
  }[];
  commune_spelling_variants: Record<string, string[] | string>;
}

export interface CabbalrFixture {
  tenant: {
    id: 'cabbalr';
    name: string;
    acronym: string;
    communes_count: number;
    communes_count_line: number;
    predecessor_contrats_de_ville: { name: string; signed: string; line: number }[];
    appel_a_projets_unique_since: number;
    appel_a_projets_unique_line: number;
  };
  contrat_de_ville: {
    initial_period: string;
    initial_period_line: number;
    extended_end: string;
    extension_basis: string;
    extension_line: number;
    strategic_frame_validated: { comite_de_pilotage: string; deliberation_conseil: string; lines: number[] };
    protocole: {
      title: string;
      cover_date: string;
      signed: string;
      signed_at: string;
      lines: number[];
      signatories: { for: string; name: string; role: string; line: number }[];
    };
  };
  territory: {
    qpv_count: number;
    qpv_communes_count: number;
    qpv_geography_decree: string;
    share_of_population_in_qpv_pct: number;
    lines: number[];
    qpv_population_approx: number;
    qpv_population_line: number;
    quartiers_interet_agglomeration: {
      count_at_2019_01_01: number;
      population_approx: number;
      line: number;
      initial_2015: { count: number; communes: string[]; quartier_de_veille_commune: string; line: number };
      added_2018_12: { name: string; communes: string[]; decided_by: string; line: number };
    };
    named_quartiers: { name: string; communes_as_written: string; status_evidence: string; line: number; aliases?: { text: string; line: number }[] }[];
    tfpb_quartier_labels: { bailleur: string; lines: number[] }[];
    pre_communes: { communes: string[]; line: number };
    indicators_snapshot: { sources: string; line: number; values: { k: string; v: string; line: number }[] };
  };
  strategy: {
    piliers: { id: string; label: string; line: number; orientations: { label: string; line: number; objectifs: { label: string; line: number }[] }[] }[];
    axes_transversaux: { label: string; line: number; enjeux: string[] }[];
    feuille_de_route_10_priorites: {
      n: number;
      label: string;
      line: number;
      label_variants?: { text: string; line: number }[];
      pilier_in_section_3: string;
      sub: { code: string; label: string; line: number }[];
      indicators: string[];
      indicators_lines: number[];
    }[];
  };
  programmation_2019: {
    financing_shares_pct: { financeur: string; pct: number; line: number }[];
    porteurs: {
      associations: { seq: number; name: string; kind: string; line: number; is_conseil_citoyen?: boolean }[];
      institutions: { seq: number; name: string; kind: string; line: number; institution_type: string }[];
    };
  };
  fonds_de_concours: {
    politique_de_la_ville: { operations: { commune: string; line: number }[] };
    classique_majore_5pct: { operations: { commune: string; line: number }[] };
  };
}

export interface MelCahcTenant {
  tenant_id: 'mel' | 'cahc';
  epci: { name: string | null; acronym: string; ref: string; name_note?: string };
  region?: { name: string; ref: string };
  departement?: { name: string; ref: string };
  contract: {
    label: string;
    initial_period?: { start_year: number; end_year: number; ref: string };
    current_period?: { start_year: number; end_year: number; ref: string };
    protocole?: { title: string; priority_period: { start_year: number; end_year: number }; ref: string };
    signataires?: { name: string; ref: string }[];
    territorial_volets_renovated?: { commune: string; spelling_in_seed?: string; ref: string }[];
    period?: null;
    ref?: string;
  };
  seed_events?: { type: string; actor: string; date: string; deliberation?: string; ref: string; note?: string }[];
  geography?: {
    stated_counts: Record<string, { value: number; text?: string; ref: string }>;
    npru_sites: { commune: string; site: string; ref: string }[];
  };
  framework: {
    level_labels?: string[];
    piliers: {
      id: string;
      label: string;
      ref: string;
      level2_label?: string;
      objectifs_strategiques?: { label: string; ref: string; objectifs_operationnels: { label: string; ref: string }[] }[];
    }[];
    enjeux_transversaux?: { label: string; ref: string }[];
    axes_transversaux?: { label: string; instrument?: string; ref: string }[];
    chantiers_prioritaires?: { id: string; label: string; table_label?: string; ref: string }[];
    publics_prioritaires?: { rank: number; label: string; ref: string }[];
    c1_thematiques?: { label: string; ref: string }[];
    c1_priorites?: { label: string; ref: string }[];
  };
  engagements?: {
    id: string;
    chantier: string;
    priorite: string;
    objectif: string;
    autorites_responsables: string[];
    targets?: {
      indicator: string;
      unit: string;
      target?: number;
      target_min?: number;
      target_max?: number;
      target_rule?: string;
      value_reported?: number;
      baseline?: number;
      baseline_qpv?: number;
      year?: number;
      period_years?: number;
      breakdown?: string;
      qualifier?: string;
    }[];
    indicators?: string[];
    ref: string;
    note?: string;
  }[];
  funding_lines: { id: string; financeur: string; ref: string }[];
  communes_named?: { name: string; ref: string }[];
  bailleurs_named?: { name: string; alias_in_seed?: string; ref: string }[];
}

export interface MelCahcFixture {
  _meta: { sources: Record<string, string> };
  tenants: MelCahcTenant[];
}
