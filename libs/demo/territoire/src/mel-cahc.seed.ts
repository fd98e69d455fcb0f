import { type CommuneRef } from '@cdv/domain-territoire';
import { CLES_CHIFFRE, declarerChiffre, rattacherCommunes } from './common';
import type { MelCahcFixture, MelCahcTenant } from './fixtures.types';
import { lignesSansDocument, SeedBuilder, type SeedCommand, type SeedOptions } from './seed-builder';
import { slug } from '@cdv/shared-kernel';

const CADRE_VERSION = 1;
type Target = NonNullable<NonNullable<MelCahcTenant['engagements']>[number]['targets']>[number];

/** The document of a MEL/CAHC reference ("000:L11,L103" → the file of seed 000). */
function documentDe(fixture: MelCahcFixture, ref: string): string {
  const prefix = /^(\d{3}):/.exec(ref)?.[1] ?? '000';
  return fixture._meta.sources[prefix];
}

/** MEL or CAHC, the two tenants of mel-and-cahc.json (seeds 000 and 002). */
export function melCahcToCommands(fixture: MelCahcFixture, tenantId: string, options: SeedOptions = {}): SeedCommand[] {
  const tenant = fixture.tenants.find((t) => t.tenant_id === tenantId);
  if (!tenant) throw new Error(`mel-and-cahc.json holds no tenant ${tenantId} (it holds ${fixture.tenants.map((t) => t.tenant_id).join(', ')})`);
  const seed = new SeedBuilder(tenantId, documentDe(fixture, tenant.epci.ref), options.now);
  return tenant.tenant_id === 'mel' ? mel(seed, tenant) : cahc(seed, tenant);
}

function mel(seed: SeedBuilder, tenant: MelCahcTenant): SeedCommand[] {
  const ref = lignesSansDocument;
  seed.add(
    seed.territoire,
    'OuvrirTerritoire',
    {
      siren: null,
      nom: tenant.epci.name ?? tenant.epci.acronym,
      acronyme: tenant.epci.acronym,
      // "Métropole" is the legal name itself.
      nature: 'metropole',
      departement: tenant.departement?.name ?? null,
      region: tenant.region?.name ?? null,
    },
    { key: 'territoire', lines: ref(tenant.epci.ref) },
  );
  // Communes the protocole names (NPRU sites, renovated territorial volets, 000:L15, L257).
  const communes = new Map<string, { alias: string[]; lignes: string[] }>();
  for (const site of tenant.geography?.npru_sites ?? []) {
    const known = communes.get(site.commune) ?? { alias: [], lignes: [] };
    communes.set(site.commune, { ...known, lignes: [...new Set([...known.lignes, ref(site.ref) ?? ''])] });
  }
  for (const volet of tenant.contract.territorial_volets_renovated ?? []) {
    const known = communes.get(volet.commune) ?? { alias: [], lignes: [] };
    communes.set(volet.commune, {
      alias: volet.spelling_in_seed ? [...known.alias, volet.spelling_in_seed] : known.alias,
      lignes: [...new Set([...known.lignes, ref(volet.ref) ?? ''])],
    });
  }
  rattacherCommunes(
    seed,
    [...communes.entries()].map(([nom, c]) => ({ nom, alias: c.alias, lignes: c.lignes.filter(Boolean).join(', ') })),
  );

  // Partners: the signatories (000:L153) and financeurs (funding lines), then the organisations the engagements name.
  const signataires = tenant.contract.signataires ?? [];
  const partenaire = (label: string, data: Parameters<SeedBuilder['enregistrerPartenaire']>[0]) =>
    seed.enregistrerPartenaire(data, ref(signataires.find((s) => s.name === label)?.ref ?? tenant.funding_lines.find((f) => f.financeur === label)?.ref));
  const etat = partenaire('Etat', { partenaireId: 'etat', nature: 'etat_service', nom: 'Etat', alias: ['ETAT'], roles: ['signataire'] });
  const region = partenaire('Région Hauts-de-France', {
    partenaireId: 'region-hauts-de-france',
    nature: 'region',
    nom: 'Région Hauts-de-France',
    alias: ['REGION', 'Conseil régional Hauts de France'],
    roles: ['financeur', 'signataire'],
    categorieFinanceur: 'region',
  });
  const mel = partenaire('Métropole Européenne de Lille', {
    partenaireId: 'mel',
    nature: 'epci',
    nom: 'Métropole Européenne de Lille',
    alias: ['MEL'],
    roles: ['financeur', 'signataire'],
    categorieFinanceur: 'epci',
  });
  const caf = partenaire("Caisse d'allocations familiales du Nord (CAF)", {
    partenaireId: 'caf-du-nord',
    nature: 'caf',
    nom: "Caisse d'allocations familiales du Nord (CAF)",
    alias: ['CAF du Nord'],
    roles: ['signataire'],
  });
  const departement = partenaire('Département du Nord', {
    partenaireId: 'departement-du-nord',
    nature: 'departement',
    nom: 'Département du Nord',
    // "Department du Nord" is the protocole's own misspelling (000:L276, L278).
    alias: ['Department du Nord', 'DEPARTEMENT', 'Conseil départemental du Nord'],
    roles: ['financeur', 'signataire'],
    categorieFinanceur: 'departement',
  });
  partenaire('Union européenne (FEDER)', {
    partenaireId: 'union-europeenne-feder',
    nature: 'autre',
    nom: 'Union européenne (FEDER)',
    roles: ['financeur'],
    categorieFinanceur: 'autres',
  });
  const autres: Array<[string, 'association' | 'autre']> = [
    ['Pôle Emploi', 'autre'],
    ['FACE MEL', 'association'],
    ["Fabrique de l'emploi", 'autre'],
    ['ANAH', 'autre'],
    ['ANRU', 'autre'],
    ['MDE', 'autre'],
    ['Missions Locales', 'autre'],
    ['PLIE', 'autre'],
  ];
  for (const [nom, nature] of autres) {
    const cited = tenant.engagements?.find((e) => e.autorites_responsables.includes(nom));
    if (cited) seed.enregistrerPartenaire({ nature, nom, roles: [] }, ref(cited.ref));
  }

  // The contract: 2015-2020, extended to 2022 (000:L9, L101), with its protocole 2020-2022 and renovated volets.
  const contratId = 'cv-mel';
  const contrat = seed.contrat(contratId);
  const initial = tenant.contract.initial_period;
  seed.add(
    contrat,
    'EnregistrerContrat',
    { contratId, intitule: tenant.contract.label, periode: initial ? { debut: String(initial.start_year), fin: String(initial.end_year) } : null },
    { key: 'contrat', lines: ref(initial?.ref) },
  );
  const ids: Record<string, string> = {
    Etat: etat,
    'Région Hauts-de-France': region,
    'Métropole Européenne de Lille': mel,
    "Caisse d'allocations familiales du Nord (CAF)": caf,
    'Département du Nord': departement,
  };
  seed.add(
    contrat,
    'SignerContrat',
    { signeLe: null, signataires: signataires.map((s) => ({ partenaireId: ids[s.name] ?? null, libelle: s.name })) },
    { key: 'contrat:signature', lines: 'L153', note: 'the protocole lists the signatories without the date of signature' },
  );
  const current = tenant.contract.current_period;
  const extension = tenant.seed_events?.find((e) => e.type === 'PartnerApprovedContractExtension');
  if (current && initial && current.end_year !== initial.end_year) {
    seed.add(
      contrat,
      'ProrogerContrat',
      { nouvelleFin: String(current.end_year), fondementJuridique: null, dateEffet: null },
      {
        key: 'contrat:prorogation',
        lines: ref(current.ref),
        reason: `Contrat prolongé de ${initial.start_year}-${initial.end_year} à ${current.start_year}-${current.end_year}${extension ? ` ; accord du ${extension.actor} par délibération ${extension.deliberation} du ${extension.date}` : ''}`,
      },
    );
  }
  const protocole = tenant.contract.protocole;
  if (protocole) {
    seed.add(
      contrat,
      'EnregistrerAvenant',
      {
        avenantId: 'protocole-2020-2022',
        intitule: protocole.title,
        nature: 'protocole',
        periode: { debut: String(protocole.priority_period.start_year), fin: String(protocole.priority_period.end_year) },
      },
      { key: 'contrat:protocole', lines: ref(protocole.ref) },
    );
  }
  for (const volet of tenant.contract.territorial_volets_renovated ?? []) {
    const commune: CommuneRef = { codeInsee: null, nom: volet.commune };
    seed.add(
      contrat,
      'ConclureConventionOperationnelle',
      { conventionId: `volet-${slug(volet.commune)}`, commune, intitule: `Volet territorial de ${volet.spelling_in_seed ?? volet.commune} (rénové)` },
      { key: `contrat:volet:${slug(volet.commune)}`, lines: ref(volet.ref) },
    );
  }

  // Cadre: the 3 piliers, the transversal stakes, the 4 chantiers prioritaires of the protocole with their priorities,
  // the thématiques of chantier 1 and the 5 publics prioritaires.
  const fw = tenant.framework;
  const cadre = seed.cadre(contratId);
  seed.add(
    cadre,
    'DefinirCadreStrategique',
    {
      cadreId: contratId,
      version: CADRE_VERSION,
      intitule: 'Contrat de ville de la MEL et protocole 2020-2022',
      contratId,
      dimensions: [
        { code: 'piliers', libelle: 'Piliers', niveaux: ['pilier'] },
        { code: 'enjeux-transversaux', libelle: 'Enjeux transversaux', niveaux: ['enjeu transversal'] },
        { code: 'chantiers', libelle: 'Chantiers prioritaires du protocole', niveaux: ['chantier prioritaire', 'priorité'] },
        { code: 'thematiques-c1', libelle: 'Thématiques du chantier 1', niveaux: ['thématique'] },
        { code: 'publics-prioritaires', libelle: 'Publics prioritaires', niveaux: ['public prioritaire'] },
      ],
    },
    { key: 'cadre', lines: 'L28-L51' },
  );
  const v = (id: string) => `v${CADRE_VERSION}.${id}`;
  const objectif = (
    dimension: string,
    id: string,
    libelle: string,
    lines: string | null,
    extra: { parent?: string; code?: string; variantes?: string[] } = {},
  ) =>
    seed.add(
      cadre,
      'AjouterObjectif',
      {
        version: CADRE_VERSION,
        dimension,
        noeudId: v(id),
        parentId: extra.parent ? v(extra.parent) : null,
        code: extra.code ?? null,
        libelle,
        variantes: extra.variantes ?? [],
      },
      { key: `cadre:${id}`, lines },
    );
  for (const pilier of fw.piliers) objectif('piliers', pilier.id, pilier.label, ref(pilier.ref), { code: pilier.id });
  (fw.enjeux_transversaux ?? []).forEach((enjeu, i) => objectif('enjeux-transversaux', `transversal.${i + 1}`, enjeu.label, ref(enjeu.ref)));
  const priorites = new Map<string, string>();
  const ajouterPriorite = (chantier: string, label: string, lines: string | null) => {
    const id = `${chantier}.${slug(label, 40)}`;
    if (priorites.has(`${chantier}|${label}`)) return;
    priorites.set(`${chantier}|${label}`, id);
    objectif('chantiers', id, label, lines, { parent: chantier });
  };
  for (const chantier of fw.chantiers_prioritaires ?? []) {
    objectif('chantiers', chantier.id, chantier.label, ref(chantier.ref), { code: chantier.id, variantes: chantier.table_label ? [chantier.table_label] : [] });
    if (chantier.id === 'C1') for (const p of fw.c1_priorites ?? []) ajouterPriorite('C1', p.label, ref(p.ref));
  }
  // Priorities of chantiers 2-4 appear only as the "priorité" column of their engagement tables.
  for (const engagement of tenant.engagements ?? []) {
    if (!priorites.has(`${engagement.chantier}|${engagement.priorite}`) && engagement.chantier !== 'C1')
      ajouterPriorite(engagement.chantier, engagement.priorite, ref(engagement.ref));
  }
  (fw.c1_thematiques ?? []).forEach((thematique, i) => objectif('thematiques-c1', `thematique.${i + 1}`, thematique.label, ref(thematique.ref)));
  for (const public_ of fw.publics_prioritaires ?? [])
    objectif('publics-prioritaires', `public.${public_.rank}`, public_.label, ref(public_.ref), { code: String(public_.rank) });

  // Engagements of the pacte (000:L249-L416), their indicators and targets as printed (numbers, ranges, rules).
  for (const engagement of tenant.engagements ?? []) {
    const lines = ref(engagement.ref);
    const labels = [...new Set([...(engagement.targets ?? []).map((t) => t.indicator), ...(engagement.indicators ?? [])])];
    const indicateurIds = labels.map((_label, i) => `${engagement.id}-i${i + 1}`);
    labels.forEach((libelle, i) => {
      const unite = engagement.targets?.find((t) => t.indicator === libelle)?.unit ?? null;
      seed.add(
        seed.indicateur(indicateurIds[i]),
        'DefinirIndicateur',
        { indicateurId: indicateurIds[i], libelle, unite },
        { key: `indicateur:${indicateurIds[i]}`, lines },
      );
    });
    const prioriteId = priorites.get(`${engagement.chantier}|${engagement.priorite}`);
    seed.add(
      seed.engagement(engagement.id),
      'PrendreEngagement',
      {
        engagementId: engagement.id,
        contratId,
        priorite: engagement.priorite,
        objectif: engagement.objectif,
        responsables: engagement.autorites_responsables.map((label) => seed.organisation(label)),
        noeuds: [{ cadreId: contratId, noeudId: v(engagement.chantier) }, ...(prioriteId ? [{ cadreId: contratId, noeudId: v(prioriteId) }] : [])],
        indicateurIds,
      },
      { key: `engagement:${engagement.id}`, lines, note: engagement.note },
    );
    (engagement.targets ?? []).forEach((target, t) => {
      const indicateurId = indicateurIds[labels.indexOf(target.indicator)];
      if (target.value_reported !== undefined) {
        seed.add(
          seed.indicateur(indicateurId),
          'RenseignerValeurIndicateur',
          { valeur: String(target.value_reported), valeurImprimee: String(target.value_reported), source: seed.document, engagementId: engagement.id },
          { key: `indicateur:${indicateurId}:valeur`, lines },
        );
        return;
      }
      seed.add(
        seed.engagement(engagement.id),
        'FixerCibleIndicateur',
        {
          indicateurId,
          annee: target.year ?? null,
          periode: target.period_years ? `${target.period_years} ans` : null,
          ventilation: target.breakdown ?? null,
          cible: cible(target),
          reference:
            target.baseline !== undefined
              ? {
                  valeur: String(target.baseline),
                  libelle: `${target.baseline}${target.baseline_qpv !== undefined ? ` dont ${target.baseline_qpv} en QPV` : ''}`,
                }
              : null,
          qualificatif: target.qualifier ?? null,
        },
        { key: `engagement:${engagement.id}:cible:${t + 1}`, lines },
      );
    });
  }

  // Stated counts of the geography (000:L57, L257, L297-298): printed figures, the places are not itemised.
  const counts = tenant.geography?.stated_counts ?? {};
  const cles: Record<string, string> = { communes_en_qpv: CLES_CHIFFRE.nombreCommunesAvecQpv };
  for (const [key, count] of Object.entries(counts)) {
    declarerChiffre(seed, {
      id: slug(key),
      cle: cles[key] ?? key,
      libelle: count.text ?? key.replace(/_/g, ' '),
      valeurImprimee: String(count.value),
      lignes: ref(count.ref),
    });
  }
  return seed.commands;
}

function cible(target: Target) {
  if (target.target !== undefined) return { type: 'valeur' as const, valeur: String(target.target) };
  if (target.target_min !== undefined && target.target_max !== undefined)
    return { type: 'intervalle' as const, min: String(target.target_min), max: String(target.target_max) };
  if (target.target_rule) return { type: 'texte' as const, texte: target.target_rule };
  return { type: 'a_definir' as const };
}

function cahc(seed: SeedBuilder, tenant: MelCahcTenant): SeedCommand[] {
  const ref = lignesSansDocument;
  // The table gives only the acronym; the full name is an outside inference the fixture does not assert.
  seed.add(
    seed.territoire,
    'OuvrirTerritoire',
    { siren: null, nom: tenant.epci.acronym, acronyme: tenant.epci.acronym, nature: null },
    { key: 'territoire', lines: ref(tenant.epci.ref), note: tenant.epci.name_note },
  );
  rattacherCommunes(
    seed,
    (tenant.communes_named ?? []).map((c) => ({ nom: c.name, lignes: ref(c.ref) })),
  );
  for (const bailleur of tenant.bailleurs_named ?? []) {
    seed.enregistrerPartenaire(
      { nature: 'bailleur', nom: bailleur.name, alias: bailleur.alias_in_seed ? [bailleur.alias_in_seed] : [], roles: [] },
      ref(bailleur.ref),
    );
  }
  const contratId = 'cv-cahc';
  seed.add(
    seed.contrat(contratId),
    'EnregistrerContrat',
    { contratId, intitule: tenant.contract.label, periode: null },
    { key: 'contrat', lines: ref(tenant.contract.ref) },
  );

  // Cadre: pilier/enjeu → objectifs (or orientations) stratégiques → objectifs opérationnels, and the axes transversaux.
  const fw = tenant.framework;
  const cadre = seed.cadre(contratId);
  const [pilier, strategique, operationnel] = fw.level_labels ?? ['pilier', 'objectif stratégique', 'objectif opérationnel'];
  seed.add(
    cadre,
    'DefinirCadreStrategique',
    {
      cadreId: contratId,
      version: CADRE_VERSION,
      intitule: 'Cadre stratégique du contrat de ville de la CAHC',
      contratId,
      dimensions: [
        { code: 'piliers', libelle: 'Piliers', niveaux: [pilier, strategique, operationnel] },
        { code: 'axes-transversaux', libelle: 'Axes transversaux', niveaux: ['axe transversal', 'instrument'] },
      ],
    },
    { key: 'cadre', lines: 'L3-L178' },
  );
  const v = (id: string) => `v${CADRE_VERSION}.${id}`;
  for (const p of fw.piliers) {
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension: 'piliers', noeudId: v(p.id), code: p.id, libelle: p.label },
      { key: `cadre:${p.id}`, lines: ref(p.ref) },
    );
    (p.objectifs_strategiques ?? []).forEach((os, i) => {
      const osId = `${p.id}.os${i + 1}`;
      seed.add(
        cadre,
        'AjouterObjectif',
        { version: CADRE_VERSION, dimension: 'piliers', noeudId: v(osId), parentId: v(p.id), libelle: os.label },
        { key: `cadre:${osId}`, lines: ref(os.ref) },
      );
      os.objectifs_operationnels.forEach((oo, j) => {
        const ooId = `${osId}.oo${j + 1}`;
        seed.add(
          cadre,
          'AjouterObjectif',
          { version: CADRE_VERSION, dimension: 'piliers', noeudId: v(ooId), parentId: v(osId), libelle: oo.label },
          { key: `cadre:${ooId}`, lines: ref(oo.ref) },
        );
      });
    });
  }
  (fw.axes_transversaux ?? []).forEach((axe, i) => {
    const axeId = `transversal.${i + 1}`;
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension: 'axes-transversaux', noeudId: v(axeId), libelle: axe.label },
      { key: `cadre:${axeId}`, lines: ref(axe.ref) },
    );
    if (axe.instrument) {
      seed.add(
        cadre,
        'AjouterObjectif',
        { version: CADRE_VERSION, dimension: 'axes-transversaux', noeudId: v(`${axeId}.instrument`), parentId: v(axeId), libelle: axe.instrument },
        { key: `cadre:${axeId}.instrument`, lines: ref(axe.ref) },
      );
    }
  });
  return seed.commands;
}
