import { type CommuneRef, type Statistique } from '@cdv/domain-territoire';
import { CLES_CHIFFRE, declarerChiffre, enFrancais, periodeDepuisLibelle, rattacherCommunes, variante } from './common';
import type { ValenciennesFixture } from './fixtures.types';
import { lignes, SeedBuilder, type SeedCommand, type SeedOptions } from './seed-builder';
import { slug } from '@cdv/shared-kernel';

const DOCUMENT = '001_6b27c45a3e7210a6.txt';
const CADRE_VERSION = 1;

/** Valenciennes Métropole (fixture valenciennes-metropole.json, seed 001). */
export function valenciennesToCommands(fixture: ValenciennesFixture, tenantId: string, options: SeedOptions = {}): SeedCommand[] {
  const seed = new SeedBuilder(tenantId, DOCUMENT, options.now);
  const { tenant, contract, qpv, objective_tree: tree } = fixture;

  seed.add(
    seed.territoire,
    'OuvrirTerritoire',
    {
      siren: null,
      nom: tenant.legal_name,
      nomUsuel: tenant.name,
      acronyme: tenant.abbrev,
      // "Communauté d'Agglomération" is the legal name itself.
      nature: 'ca',
      departement: tenant.departement,
      region: tenant.region,
    },
    { key: 'territoire', lines: lignes(tenant.src) },
  );

  // The document lists no communes; the QPV table names 12 of the 35 (V:L902-933), with spelling variants.
  const variants = fixture.commune_spelling_variants;
  const communes = [...new Set(qpv.flatMap((q) => q.communes))].map((nom) => {
    const printed = Array.isArray(variants[nom]) ? (variants[nom] as string[]).map(variante) : [];
    const source = qpv.find((q) => q.communes.includes(nom));
    return { nom, alias: printed.map((v) => v.texte), lignes: lignes([source?.src ?? '', ...printed.map((v) => v.lignes ?? '')].filter(Boolean)) };
  });
  rattacherCommunes(seed, communes);

  // Reference rates of the employment-rate table (V:L902-903).
  for (const [scope, perimetre] of [
    ['France', 'france'],
    ['Valenciennes Métropole', 'epci'],
  ] as const) {
    const rate = fixture.reference_rates[scope];
    const statistique: Statistique = {
      indicateur: 'taux_emploi',
      libelle: `Taux d'emploi — ${scope}`,
      valeur: rate.taux_emploi_pct,
      valeurImprimee: rate.taux_emploi_pct,
      unite: '%',
      source: DOCUMENT,
      millesime: null,
      perimetre,
      precisionPerimetre: scope,
    };
    seed.add(
      seed.territoire,
      'EnregistrerStatistiqueTerritoire',
      { statistique },
      { key: `statistique:taux-emploi:${perimetre}`, lines: rate.src, note: fixture.reference_rates.definition },
    );
  }

  // Partners: signatories of the contract and of the PE2R, financeurs of the funding lines, porteurs of actions.
  const etat = seed.enregistrerPartenaire(
    {
      partenaireId: 'etat',
      nature: 'etat_service',
      nom: 'Etat',
      alias: ['Etat (Nord)', "Préfet délégué pour l'Egalité des Chances"],
      roles: ['financeur', 'signataire'],
      categorieFinanceur: 'etat_credits_specifiques',
    },
    'L261-266, L2622-2627',
  );
  const cavm = seed.enregistrerPartenaire(
    { partenaireId: 'cavm', nature: 'epci', nom: tenant.legal_name, alias: [tenant.name, tenant.abbrev], roles: ['porteur', 'signataire'] },
    lignes(tenant.src),
  );
  const region = seed.enregistrerPartenaire(
    {
      partenaireId: 'region-hauts-de-france',
      nature: 'region',
      nom: 'Région Hauts-de-France',
      alias: ['Conseil Régional Hauts de France'],
      roles: ['financeur', 'signataire'],
      categorieFinanceur: 'region',
    },
    'L288-319, L2638-2645',
  );
  const departement = seed.enregistrerPartenaire(
    { partenaireId: 'departement-du-nord', nature: 'departement', nom: 'Département du Nord', alias: ['Conseil Départemental du Nord'], roles: ['signataire'] },
    'L685, L2649-2658',
  );
  seed.enregistrerPartenaire(
    { partenaireId: 'feder', nature: 'autre', nom: 'FEDER (ITI)', alias: ['FEDER'], roles: ['financeur'], categorieFinanceur: 'autres' },
    'L1357',
  );
  seed.enregistrerPartenaire({ partenaireId: 'caf-du-nord', nature: 'caf', nom: 'CAF du Nord', roles: [] }, 'L407-408');
  seed.enregistrerPartenaire({ partenaireId: 'ars-hauts-de-france', nature: 'etat_service', nom: 'ARS Hauts-de-France', roles: [] }, 'L2216-2219');
  const maisonsCites = seed.enregistrerPartenaire(
    { partenaireId: 'maisons-cites-habitat', nature: 'bailleur', nom: 'Maisons & Cités Habitat', alias: ['Maison&Cités Habitat'], roles: ['signataire'] },
    'L94-95',
  );
  for (const action of fixture.actions) {
    seed.enregistrerPartenaire({ nature: 'autre', nom: action.porteur, roles: ['porteur'] }, action.src);
    if (action.partner) seed.enregistrerPartenaire({ nature: 'autre', nom: action.partner, roles: [] }, action.src);
  }

  // The 14 QPV of the employment-rate table (V:L899-933); the document prints no official code.
  for (const q of qpv) {
    seed.add(
      seed.qpv(q.id),
      'DeclarerQpv',
      {
        qpvId: q.id,
        categorie: 'qpv',
        code: null,
        // A 2015-2022 contrat de ville works on the 2015 geography (décrets of December 2014).
        generation: 2015,
        nom: q.name,
        alias: q.aliases ?? [],
        communes: q.communes.map((nom): CommuneRef => ({ codeInsee: null, nom })),
        zonages: q.overlays ?? [],
      },
      { key: `qpv:${q.id}`, lines: q.src, note: q.alias_note },
    );
    const statistique: Statistique = {
      indicateur: 'taux_emploi',
      libelle: "Taux d'emploi",
      valeur: q.taux_emploi_pct,
      valeurImprimee: q.taux_emploi_pct,
      unite: '%',
      source: DOCUMENT,
      millesime: null,
      perimetre: 'qpv',
      precisionPerimetre: null,
    };
    seed.add(
      seed.qpv(q.id),
      'EnregistrerStatistiqueQpv',
      { statistique },
      { key: `qpv:${q.id}:taux-emploi`, lines: q.src, note: fixture.reference_rates.definition },
    );
  }

  // The contract, its term change, its avenant and annexes, the PE2R and its signatures.
  const contrat = seed.contrat(contract.id);
  const counts = fixture.stated_counts;
  seed.add(
    contrat,
    'EnregistrerContrat',
    { contratId: contract.id, intitule: contract.title, periode: periodeDepuisLibelle(contract.initial_end_label) },
    { key: 'contrat', lines: lignes(contract.src) },
  );
  seed.add(
    contrat,
    'SignerContrat',
    { signeLe: contract.signed_on, signataires: [], nombreSignatairesDeclare: Number(counts.signataires_contrat_initial) },
    { key: 'contrat:signature', lines: 'L88-91', note: 'the document states 40 signatories without listing them' },
  );
  seed.add(
    contrat,
    'ProrogerContrat',
    // Effective from the law the fixture cites (loi n°2018-1317 du 28 décembre 2018).
    { nouvelleFin: contract.prorogated_end, fondementJuridique: contract.prorogation_legal_basis, dateEffet: '2018-12-28' },
    { key: 'contrat:prorogation', lines: 'L114-119', reason: `Prorogation jusqu'au 31/12/2022 : ${contract.prorogation_legal_basis}` },
  );
  for (const avenant of contract.avenants) {
    const avenantId = `avenant-${slug(avenant.label, 40)}`;
    seed.add(contrat, 'EnregistrerAvenant', { avenantId, intitule: avenant.label, nature: 'avenant' }, { key: `contrat:${avenantId}`, lines: avenant.src });
    seed.add(
      contrat,
      'AjouterSignataire',
      { signataire: { partenaireId: maisonsCites, libelle: 'Maison&Cités Habitat' }, depuis: null },
      { key: `contrat:${avenantId}:signataire`, lines: avenant.src, reason: `Avenant au contrat : ${avenant.label}` },
    );
  }
  for (const annexe of contract.annexes) {
    seed.add(
      contrat,
      'AnnexerDocument',
      { documentId: `annexe-${slug(annexe, 40)}`, intitule: annexe },
      { key: `contrat:annexe:${slug(annexe, 40)}`, lines: contract.annexes_src },
    );
  }
  const pe2r = contract.pe2r;
  seed.add(
    contrat,
    'EnregistrerAvenant',
    {
      avenantId: 'pe2r',
      intitule: "Protocole d'engagements renforcés et réciproques",
      nature: pe2r.document_type,
      alias: ['PE2R'],
      validations: [{ instance: 'Comité de pilotage', date: pe2r.copil_validation, reference: null }],
    },
    { key: 'contrat:pe2r', lines: lignes(pe2r.src) },
  );
  // The fixture lists the four signature blocks in this order (V:L2620-2658).
  const signataires = [etat, cavm, region, departement];
  seed.add(
    contrat,
    'SignerAvenant',
    {
      avenantId: 'pe2r',
      // Signed over months, some dates illegible: each signature keeps its own date.
      signeLe: null,
      signatures: pe2r.signatures.map((s, index) => ({
        partenaireId: signataires[index] ?? null,
        libelle: s.signatory,
        representant: null,
        date: s.date,
        lieu: s.place,
        note: s.date_confidence,
      })),
    },
    { key: 'contrat:pe2r:signatures', lines: 'L2620-2658' },
  );

  // Cadre stratégique: piliers → orientations ("axes") → objectifs…, the transversal axis and the annexed strategy.
  const cadreId = contract.id;
  const cadre = seed.cadre(cadreId);
  const niveaux = tree.levels_used_in_document.map((level) => level.replace(/\s*\(.*\)\s*$/, ''));
  seed.add(
    cadre,
    'DefinirCadreStrategique',
    {
      cadreId,
      version: CADRE_VERSION,
      intitule: 'Cadre stratégique du Contrat de Ville de Valenciennes Métropole',
      contratId: contract.id,
      dimensions: [
        { code: 'piliers', libelle: 'Piliers', niveaux },
        { code: 'axes-transversaux', libelle: 'Axes transversaux', niveaux: ['axe transversal'] },
        { code: 'strategie-deveco-qpv', libelle: tree.annexed_strategy.label, niveaux: ['axe', 'sous-axe'] },
        { code: 'objectifs-strategie-deveco', libelle: `Objectifs du plan — ${tree.annexed_strategy.label}`, niveaux: ['objectif du plan'] },
      ],
    },
    { key: 'cadre', lines: 'L829-832' },
  );
  const noeud = (id: string) => `v${CADRE_VERSION}.${id}`;
  for (const pilier of tree.piliers) {
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension: 'piliers', noeudId: noeud(pilier.id), libelle: pilier.label },
      { key: `cadre:${pilier.id}`, lines: pilier.src },
    );
  }
  for (const orientation of tree.orientations_known) {
    // The document does not say which pilier these belong to; they sit at their level without parent.
    const niveau = orientation.level === 'objectif' ? 2 : 1;
    const designation = orientation.level === 'objectif' ? `objectif ${orientation.number}` : (orientation.alias ?? `orientation ${orientation.number}`);
    seed.add(
      cadre,
      'AjouterObjectif',
      {
        version: CADRE_VERSION,
        dimension: 'piliers',
        noeudId: noeud(orientation.id),
        niveau,
        code: String(orientation.number),
        libelle: orientation.label ?? designation,
        variantes: orientation.label && orientation.alias ? [orientation.alias] : [],
      },
      { key: `cadre:${orientation.id}`, lines: orientation.src, note: orientation.note },
    );
  }
  for (const axe of tree.transversal) {
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension: 'axes-transversaux', noeudId: noeud(axe.id), libelle: axe.label },
      { key: `cadre:${axe.id}`, lines: axe.src },
    );
  }
  const strategie = tree.annexed_strategy;
  for (const axe of strategie.axes) {
    const axeId = noeud(`${strategie.id}.${axe.n}`);
    seed.add(
      cadre,
      'AjouterObjectif',
      {
        version: CADRE_VERSION,
        dimension: 'strategie-deveco-qpv',
        noeudId: axeId,
        code: String(axe.n),
        libelle: axe.label,
        liens: [noeud(strategie.attached_to)],
      },
      { key: `cadre:${strategie.id}:${axe.n}`, lines: 'L955-962' },
    );
    for (const sub of axe.sub) {
      const letter = /^([A-Z])\)/.exec(sub)?.[1] ?? String(axe.sub.indexOf(sub) + 1);
      seed.add(
        cadre,
        'AjouterObjectif',
        { version: CADRE_VERSION, dimension: 'strategie-deveco-qpv', noeudId: `${axeId}.${letter}`, parentId: axeId, code: `${axe.n}.${letter}`, libelle: sub },
        { key: `cadre:${strategie.id}:${axe.n}:${letter}`, lines: strategie.src },
      );
    }
  }
  strategie.objectifs_du_plan.forEach((objectif, index) => {
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension: 'objectifs-strategie-deveco', noeudId: noeud(`${strategie.id}.objectif-${index + 1}`), libelle: objectif },
      { key: `cadre:${strategie.id}:objectif-${index + 1}`, lines: 'L887-894' },
    );
  });

  // Partner commitments of the PE2R, with the figure each one states (a value for 2019 or a target count).
  fixture.partner_engagements_sample.forEach((sample, index) => {
    const engagementId = `cavm-engagement-${index + 1}`;
    const figure = Object.entries(sample.figure ?? {});
    const indicateurId = `${engagementId}-i1`;
    if (figure.length > 0) {
      seed.add(
        seed.indicateur(indicateurId),
        'DefinirIndicateur',
        { indicateurId, libelle: sample.commitment, unite: 'nombre' },
        { key: `indicateur:${indicateurId}`, lines: sample.src },
      );
    }
    seed.add(
      seed.engagement(engagementId),
      'PrendreEngagement',
      {
        engagementId,
        contratId: contract.id,
        objectif: sample.commitment,
        responsables: [seed.organisation(sample.partner)],
        indicateurIds: figure.length > 0 ? [indicateurId] : [],
      },
      { key: `engagement:${engagementId}`, lines: sample.src },
    );
    for (const [key, value] of figure) {
      const year = /_(\d{4})$/.exec(key)?.[1];
      if (year) {
        seed.add(
          seed.indicateur(indicateurId),
          'RenseignerValeurIndicateur',
          {
            annee: Number(year),
            valeur: String(value),
            valeurImprimee: String(value),
            qualificatif: key.replace(/_\d{4}$/, '').replace(/_/g, ' '),
            source: DOCUMENT,
            engagementId,
          },
          { key: `indicateur:${indicateurId}:${year}`, lines: sample.src },
        );
      } else {
        seed.add(
          seed.engagement(engagementId),
          'FixerCibleIndicateur',
          { indicateurId, cible: { type: 'valeur', valeur: String(value) } },
          { key: `engagement:${engagementId}:cible`, lines: sample.src },
        );
      }
    }
  });

  // Stated counts (V:L864-871, L90-91): printed figures beside what the platform computes.
  const src = lignes(counts.src);
  const stated = (id: string, cle: string, libelle: string, printed: string, lines: string | null = src) =>
    declarerChiffre(seed, { id, cle, libelle, valeurImprimee: printed, lignes: lines, dateReference: '2019' });
  stated('communes', CLES_CHIFFRE.nombreCommunes, 'Nombre de communes', String(counts.communes));
  stated('population', CLES_CHIFFRE.population, 'Population', enFrancais(Number(counts.population)));
  stated(
    'communes-politique-de-la-ville',
    'nombre_communes_politique_de_la_ville',
    'Communes en politique de la ville',
    String(counts.communes_politique_de_la_ville),
  );
  stated('qpv', CLES_CHIFFRE.nombreQpv, 'Quartiers prioritaires (QPV)', String(counts.qpv));
  stated('quartiers-de-veille', CLES_CHIFFRE.nombreQuartiersVeilleActive, 'Quartiers de veille active', String(counts.quartiers_de_veille));
  stated(
    'population-qpv',
    CLES_CHIFFRE.populationQpv,
    'Habitants des quartiers politique de la ville',
    enFrancais(Number(counts.population_quartiers_politique_de_la_ville)),
  );
  stated(
    'part-population-qpv',
    CLES_CHIFFRE.partPopulationQpv,
    'Part de la population en quartiers politique de la ville',
    `${counts.population_share_stated_pct}%`,
    'L869',
  );
  stated('npnru-sites', 'nombre_sites_npnru', 'Sites NPNRU', String(counts.npnru_sites));
  stated('signataires', 'nombre_signataires_contrat', 'Signataires du contrat initial', String(counts.signataires_contrat_initial), 'L90-91');
  declarerChiffre(seed, {
    id: 'orientations',
    cle: 'nombre_orientations',
    libelle: 'Orientations du cadre stratégique',
    valeurImprimee: String(tree.orientations_count_stated),
    sujet: { type: 'cadre', id: cadreId },
    lignes: 'L831-832',
  });

  return seed.commands;
}
