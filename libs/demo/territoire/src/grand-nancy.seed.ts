import { type NatureEpci } from '@cdv/domain-territoire';
import { CLES_CHIFFRE, declarerChiffre, enFrancais, rattacherCommunes, variante } from './common';
import type { GrandNancyFixture } from './fixtures.types';
import { lignes, SeedBuilder, type SeedCommand, type SeedOptions } from './seed-builder';
import { slug } from '@cdv/shared-kernel';

const DOCUMENT = '004_e2a3be909679db1f.txt';
const CADRE_VERSION = 1;

const NATURES: Record<string, NatureEpci> = { 'Communauté urbaine': 'cu', Métropole: 'metropole' };

/** Métropole du Grand Nancy (fixture grand-nancy.json, seed 004). The document names no QPV: only counts. */
export function grandNancyToCommands(fixture: GrandNancyFixture, tenantId: string, options: SeedOptions = {}): SeedCommand[] {
  const seed = new SeedBuilder(tenantId, DOCUMENT, options.now);
  const { tenant, contract, objective_tree: tree } = fixture;
  const [avant, apres] = tenant.status_history;

  seed.add(
    seed.territoire,
    'OuvrirTerritoire',
    { siren: null, nom: tenant.name, acronyme: tenant.abbrev, nature: NATURES[avant.statut] ?? null, departement: tenant.departement },
    { key: 'territoire', lines: lignes(tenant.src) },
  );
  if (apres?.from && NATURES[apres.statut]) {
    seed.add(seed.territoire, 'ChangerNatureTerritoire', { nature: NATURES[apres.statut], depuis: apres.from }, { key: 'territoire:nature', lines: apres.src });
  }

  // The 20 communes of the maires' signature blocks (N:L651-709), with the document's other spellings.
  const variants = fixture.commune_spelling_variants;
  rattacherCommunes(
    seed,
    fixture.communes.map(({ name }) => {
      const printed = Array.isArray(variants[name]) ? (variants[name] as string[]).map(variante) : [];
      return { nom: name, alias: printed.map((v) => v.texte), lignes: lignes([fixture.communes_src, ...printed.map((v) => v.lignes ?? '')].filter(Boolean)) };
    }),
  );

  // Partners: the 45 signature blocks of the PE2R (N:L639-794) and the financeurs of the funding streams.
  const src = fixture.signatories_pe2r.src;
  const etat = seed.enregistrerPartenaire(
    {
      partenaireId: 'etat',
      nature: 'etat_service',
      nom: 'Etat',
      alias: [...fixture.signatories_pe2r.etat],
      roles: ['financeur', 'signataire'],
      categorieFinanceur: 'etat_credits_specifiques',
    },
    src,
  );
  const [presidentMetropole, presidentDepartement, , presidentSivu] = fixture.signatories_pe2r.collectivites;
  const metropole = seed.enregistrerPartenaire(
    {
      partenaireId: 'metropole-grand-nancy',
      nature: 'epci',
      nom: tenant.name,
      alias: [presidentMetropole, 'Métropole', 'Grand Nancy'],
      roles: ['financeur', 'signataire'],
      categorieFinanceur: 'epci',
    },
    src,
  );
  const departement = seed.enregistrerPartenaire(
    {
      partenaireId: 'departement-meurthe-et-moselle',
      nature: 'departement',
      nom: 'Département de Meurthe-et-Moselle',
      alias: [presidentDepartement],
      roles: ['signataire'],
    },
    src,
  );
  const maires = fixture.communes.map(({ name }) =>
    seed.enregistrerPartenaire(
      { partenaireId: `commune-${slug(name, 40)}`, nature: 'commune', nom: name, roles: ['signataire'], communes: [{ codeInsee: null, nom: name }] },
      fixture.communes_src,
    ),
  );
  const sivu = seed.enregistrerPartenaire(
    { partenaireId: 'sivu-saint-michel-jericho', nature: 'autre', nom: 'SIVU Saint-Michel-Jéricho', alias: [presidentSivu], roles: ['signataire'] },
    src,
  );
  const caf = seed.enregistrerPartenaire(
    { partenaireId: 'caf-54', nature: 'caf', nom: "Caisse d'Allocation Familiale", alias: [...fixture.signatories_pe2r.caf, 'CAF 54'], roles: ['signataire'] },
    src,
  );
  const bailleurs = fixture.signatories_pe2r.bailleurs_et_inter_bailleurs.map((nom) =>
    nom === 'Union et Solidarité'
      ? // The inter-bailleurs association (count_check separates it from the 10 bailleurs).
        seed.enregistrerPartenaire({ nature: 'autre', nom, alias: ['UeS'], roles: ['signataire'] }, src)
      : seed.enregistrerPartenaire({ nature: 'bailleur', nom, roles: ['signataire'] }, src),
  );
  const conseils = fixture.conseils_citoyens.map((cc) =>
    seed.enregistrerPartenaire(
      {
        partenaireId: `conseil-citoyen-${slug(cc.name, 40)}`,
        nature: 'conseil_citoyen',
        nom: `Conseil citoyen ${cc.name}`,
        alias: [cc.name, ...(cc.raw ? [cc.raw] : [])],
        roles: ['signataire'],
      },
      cc.src,
    ),
  );

  // The contract (signed in 2015 by 44 signatories it does not name), its term, the PE2R avenant and annexes.
  const contrat = seed.contrat(contract.id);
  const counts = fixture.stated_counts;
  seed.add(
    contrat,
    'EnregistrerContrat',
    { contratId: contract.id, intitule: contract.title, periode: { debut: String(contract.signed_year), fin: null } },
    { key: 'contrat', lines: 'L7, L41' },
  );
  seed.add(
    contrat,
    'SignerContrat',
    { signeLe: String(contract.signed_year), signataires: [], nombreSignatairesDeclare: Number(counts.signataires_contrat_2015) },
    { key: 'contrat:signature', lines: 'L41' },
  );
  seed.add(
    contrat,
    'ProrogerContrat',
    { nouvelleFin: contract.prorogated_end, fondementJuridique: null, dateEffet: null },
    { key: 'contrat:prorogation', lines: 'L47', reason: "Contrat de ville prorogé jusqu'au 31/12/2022 (titre : « Contrat de ville 2015 - 2022 »)" },
  );
  const pe2r = contract.pe2r;
  const nommes = (ids: string[], labels: string[]) => ids.map((partenaireId, index) => ({ partenaireId, libelle: labels[index] }));
  seed.add(
    contrat,
    'EnregistrerAvenant',
    {
      avenantId: 'pe2r',
      intitule: "Protocole d'engagements renforcés et réciproques",
      nature: pe2r.document_type,
      alias: [pe2r.alias],
      periode: { debut: '2019', fin: '2022' },
      // "Fait à NANCY, le" with no date (N:L794): signature blocks of a document not signed in the source.
      signatairesPrevus: [
        { partenaireId: etat, libelle: fixture.signatories_pe2r.etat[0] },
        { partenaireId: metropole, libelle: presidentMetropole },
        { partenaireId: departement, libelle: presidentDepartement },
        ...nommes(
          maires,
          fixture.communes.map(({ name }) => `Le Maire de ${name}`),
        ),
        { partenaireId: sivu, libelle: presidentSivu },
        { partenaireId: caf, libelle: fixture.signatories_pe2r.caf[0] },
        ...nommes(bailleurs, fixture.signatories_pe2r.bailleurs_et_inter_bailleurs),
        ...nommes(
          conseils,
          fixture.conseils_citoyens.map((cc) => `Conseil citoyen ${cc.name}`),
        ),
      ],
    },
    { key: 'contrat:pe2r', lines: pe2r.src, note: `${pe2r.signature_blocks} signature blocks; signature place ${pe2r.signature_place}, no date` },
  );
  for (const annexe of contract.annexes_referenced) {
    seed.add(
      contrat,
      'AnnexerDocument',
      { documentId: `annexe-${slug(annexe.label, 40)}`, intitule: annexe.label, note: annexe.annexed },
      { key: `contrat:annexe:${slug(annexe.label, 40)}`, lines: annexe.src },
    );
  }

  // Cadre stratégique: piliers; the 5 priorités 2019-2022 acted by the COPIL of 4 July 2019 and their orientations.
  const cadreId = contract.id;
  const cadre = seed.cadre(cadreId);
  seed.add(
    cadre,
    'DefinirCadreStrategique',
    {
      cadreId,
      version: CADRE_VERSION,
      intitule: 'Cadre stratégique du contrat de ville et priorités 2019-2022',
      contratId: contract.id,
      dimensions: [
        { code: 'piliers', libelle: 'Piliers', niveaux: ['pilier'] },
        { code: 'priorites-2019-2022', libelle: 'Priorités 2019-2022', niveaux: ['priorité', 'orientation', 'axe'] },
        { code: 'axes-transversaux', libelle: 'Axes transversaux', niveaux: ['axe transversal'] },
        { code: 'axes-de-mobilisation', libelle: 'Axes de mobilisation des signataires', niveaux: ['axe de mobilisation'] },
      ],
      validations: [{ instance: 'Comité de pilotage', date: pe2r.copil_launch, reference: null }],
    },
    { key: 'cadre', lines: tree.priorites_src },
  );
  const noeud = (id: string) => `v${CADRE_VERSION}.${id}`;
  const objectif = (dimension: string, id: string, libelle: string, lines: string | null, parent: string | null = null) =>
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension, noeudId: noeud(id), parentId: parent ? noeud(parent) : null, libelle },
      { key: `cadre:${id}`, lines },
    );
  for (const pilier of tree.piliers) objectif('piliers', pilier.id, pilier.label, pilier.src);
  for (const priorite of tree.priorites_2019_2022) objectif('priorites-2019-2022', priorite.id, priorite.label, tree.priorites_src);
  for (const orientation of tree.orientations_section_IV) {
    objectif('priorites-2019-2022', orientation.id, orientation.label, orientation.src, orientation.priorite);
    [...(orientation.grands_axes ?? []), ...(orientation.enjeux ?? [])].forEach((axe, index) =>
      objectif('priorites-2019-2022', `${orientation.id}.${index + 1}`, axe, orientation.src, orientation.id),
    );
  }
  for (const axe of tree.transversal) objectif('axes-transversaux', axe.id, axe.label, axe.src);
  fixture.engagements.axes_de_mobilisation.forEach((axe, index) => objectif('axes-de-mobilisation', `mobilisation-${index + 1}`, axe, fixture.engagements.src));

  // Engagements of the PE2R (N:L487-517): common to every signatory, and particular to the Etat and the Métropole.
  const engagements = fixture.engagements;
  engagements.communs_a_tous.forEach((texte, index) => {
    const engagementId = `mgn-engagement-commun-${index + 1}`;
    seed.add(
      seed.engagement(engagementId),
      'PrendreEngagement',
      {
        engagementId,
        contratId: contract.id,
        groupe: 'Engagements communs à tous les signataires',
        objectif: texte,
        responsables: [{ partenaireId: null, libelle: 'Tous les signataires' }],
      },
      { key: `engagement:${engagementId}`, lines: engagements.src },
    );
  });
  engagements.particuliers_etat_et_metropole.forEach((texte, index) => {
    const engagementId = `mgn-engagement-etat-metropole-${index + 1}`;
    seed.add(
      seed.engagement(engagementId),
      'PrendreEngagement',
      {
        engagementId,
        contratId: contract.id,
        groupe: "Engagements particuliers de l'État et de la Métropole",
        objectif: texte,
        responsables: [
          { partenaireId: etat, libelle: 'Etat' },
          { partenaireId: metropole, libelle: 'Métropole' },
        ],
      },
      { key: `engagement:${engagementId}`, lines: engagements.src },
    );
  });

  // Indicator values the document prints (N:L79-L323), kept as printed with their qualifiers.
  for (const fact of fixture.indicator_facts) {
    const indicateurId = `mgn-${slug(fact.name, 50)}`;
    seed.add(
      seed.indicateur(indicateurId),
      'DefinirIndicateur',
      { indicateurId, libelle: fact.name, unite: fact.value_pct ? '%' : null },
      { key: `indicateur:${indicateurId}`, lines: fact.src },
    );
    const qualificatifs = [
      fact.qualifier,
      fact.of !== undefined ? `sur ${fact.of}` : undefined,
      fact.of_qpv !== undefined ? `sur ${fact.of_qpv} QPV` : undefined,
      fact.value_approx !== undefined ? 'environ' : undefined,
      ...Object.entries(fact.comparison ?? {}).map(([key, value]) => `${key.replace(/_/g, ' ')} : ${value}`),
    ].filter((q): q is string => !!q);
    const date = fact.date && /^\d{4}-\d{2}-\d{2}$/.test(fact.date) ? fact.date : null;
    const annee = fact.date ? Number(/\d{4}/.exec(fact.date)?.[0]) : null;
    if (fact.date && !date) qualificatifs.push(fact.date);
    const valeur = fact.value ?? fact.value_approx ?? (fact.value_pct !== undefined ? fact.value_pct : undefined);
    seed.add(
      seed.indicateur(indicateurId),
      'RenseignerValeurIndicateur',
      {
        annee,
        date,
        valeur: valeur === undefined ? null : String(valeur),
        valeurImprimee:
          fact.raw ??
          (fact.value_min_exclusive !== undefined
            ? `plus de ${fact.value_min_exclusive}`
            : fact.value_pct !== undefined
              ? `${fact.value_pct} %`
              : String(valeur)),
        qualificatif: qualificatifs.length > 0 ? qualificatifs.join(' ; ') : null,
        source: DOCUMENT,
      },
      { key: `indicateur:${indicateurId}:valeur`, lines: fact.src },
    );
  }

  // Stated counts: the 8 QPV and the 9 communes hosting them are not named, so they stay reported figures.
  const srcCounts = lignes(counts.src);
  const stated = (id: string, cle: string, libelle: string, printed: string, lines: string | null = srcCounts) =>
    declarerChiffre(seed, { id, cle, libelle, valeurImprimee: printed, lignes: lines, dateReference: '2019' });
  stated('communes', CLES_CHIFFRE.nombreCommunes, 'Communes de la Métropole', String(counts.communes), 'L37');
  stated('communes-avec-qpv', CLES_CHIFFRE.nombreCommunesAvecQpv, 'Communes comptant un QPV', String(counts.communes_with_qpv), 'L41');
  stated('communes-sans-qpv', 'nombre_communes_sans_qpv', 'Communes sans QPV', String(counts.communes_without_qpv), 'L57');
  stated('qpv', CLES_CHIFFRE.nombreQpv, 'Quartiers prioritaires (QPV)', String(counts.qpv), 'L41');
  stated('population-qpv', CLES_CHIFFRE.populationQpv, 'Habitants des QPV', enFrancais(Number(counts.population_qpv)));
  stated('part-population-qpv', CLES_CHIFFRE.partPopulationQpv, 'Part de la population en QPV', `${counts.population_qpv_share_stated_pct} %`, 'L65');
  stated(
    'evolution-population-qpv',
    'evolution_population_qpv_2015_2018',
    'Évolution de la population des QPV 2015-2018',
    `${counts.population_evolution_2015_2018_pct} %`,
    'L63',
  );
  stated('signataires', 'nombre_signataires_contrat', 'Signataires du contrat 2015', String(counts.signataires_contrat_2015), 'L41');
  stated('conseils-citoyens', 'nombre_conseils_citoyens', 'Conseils citoyens', String(counts.conseils_citoyens), 'L41, L285');
  stated(
    'conseils-citoyens-copil',
    'representants_conseils_citoyens_copil',
    'Représentants des conseils citoyens au COPIL',
    String(counts.conseils_citoyens_representatives_in_copil),
    'L254',
  );
  stated('npru-sites', 'nombre_sites_npru', 'Sites NPRU', String(counts.npru_sites), 'L178-181');

  return seed.commands;
}
