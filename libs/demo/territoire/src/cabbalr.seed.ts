import { decimalDepuisTexte, type CommuneRef, type NaturePartenaire, type Statistique } from '@cdv/domain-territoire';
import { CLES_CHIFFRE, declarerChiffre, enFrancais, periodeDepuisLibelle, rattacherCommunes } from './common';
import { renseignerIdentifiantsCabbalr } from './cabbalr-identifiants.seed';
import type { CabbalrFixture } from './fixtures.types';
import { lignes, SeedBuilder, type SeedCommand, type SeedOptions } from './seed-builder';
import { normaliserTexte, slug } from '@cdv/shared-kernel';

const DOCUMENT = '003_3822072f1ba3b923.txt';
const CADRE_VERSION = 1;
const CONTRAT_ID = 'cv-cabbalr';

/**
 * Communes as the report writes them next to a quartier ("Auchel-Cauchy-à-la-Tour", "Bruay"), read as the
 * communes of the territory (docs/domain/seed-003-cabbalr.md §1.2). This reading is ours: the report never lists the communes
 * of its 16 QPV.
 */
const COMMUNES_ECRITES: Record<string, string[]> = {
  'Auchel-Cauchy-à-la-Tour': ['Auchel', 'Cauchy-à-la-Tour'],
  'Marles Calonne et Auchel': ['Marles-les-Mines', 'Calonne-Ricouart', 'Auchel'],
  Bruay: ['Bruay-La-Buissière'],
  'Auchel Burbure': ['Auchel', 'Burbure'],
  Béthune: ['Béthune'],
};
/** Short forms of commune names the report uses (L63, L67). */
const ALIAS_COMMUNES: Record<string, string[]> = { 'Bruay-La-Buissière': ['Bruay'], 'Marles-les-Mines': ['Marles'], 'Calonne-Ricouart': ['Calonne'] };
/** Section 3 of the report groups the feuille de route by pilier. */
const PILIER_DE_SECTION: Record<string, string> = { emploi: 'P3', cohesion_sociale: 'P1', cadre_de_vie: 'P2' };
/** Display labels of the piliers (the source prints them upper-case and numbered; kept verbatim as libelle). */
const PILIERS_AFFICHES: Record<string, string> = {
  P1: 'Cohésion sociale',
  P2: 'Habitat, cadre de vie et renouvellement urbain',
  P3: 'Emploi, insertion et développement économique',
};
const NATURE_INSTITUTION: Record<string, NaturePartenaire> = {
  Ville: 'commune',
  CCAS: 'ccas',
  EPCI: 'epci',
  SIVOM: 'autre',
  'Chambre consulaire': 'chambre_consulaire',
};

function titre(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/-Les-/g, '-les-');
}

/** Communauté d'Agglomération Béthune-Bruay, Artois Lys Romane (fixture cabbalr.json, seed 003, report 2019). */
export function cabbalrToCommands(fixture: CabbalrFixture, tenantId: string, options: SeedOptions = {}): SeedCommand[] {
  const seed = new SeedBuilder(tenantId, DOCUMENT, options.now);
  const { tenant, territory, strategy } = fixture;
  const cv = fixture.contrat_de_ville;

  seed.add(
    seed.territoire,
    'OuvrirTerritoire',
    { siren: null, nom: tenant.name, acronyme: tenant.acronym, nature: 'ca' },
    { key: 'territoire', lines: 'L5-16, L872' },
  );
  // Fusion of Artois Comm. and Artois-Lys: each had its own contrat de ville; a single call for projects from 2017.
  for (const predecesseur of tenant.predecessor_contrats_de_ville) {
    const nom = predecesseur.name.replace(/^Contrat de Ville - /, '');
    seed.add(
      seed.territoire,
      'DeclarerPredecesseur',
      {
        predecesseur: {
          nom,
          siren: null,
          jusquAu: null,
          contratDeVille: { intitule: predecesseur.name, signeLe: predecesseur.signed },
          note: `Fusion des EPCI ; appel à projets unique dès ${tenant.appel_a_projets_unique_since} (L${tenant.appel_a_projets_unique_line})`,
        },
      },
      { key: `predecesseur:${slug(nom)}`, lines: `L${predecesseur.line}, L${tenant.appel_a_projets_unique_line}` },
    );
  }

  // Communes the report names (of 100): QPV and quartier communes, PRE communes, communes porteurs, fonds de concours.
  const communes = new Map<string, string[]>();
  const nommer = (nom: string, line: number) => communes.set(nom, [...(communes.get(nom) ?? []), `L${line}`]);
  for (const q of territory.named_quartiers) for (const nom of COMMUNES_ECRITES[q.communes_as_written] ?? []) nommer(nom, q.line);
  const qia = territory.quartiers_interet_agglomeration;
  for (const nom of qia.initial_2015.communes) nommer(nom, qia.initial_2015.line);
  for (const nom of qia.added_2018_12.communes) nommer(nom, qia.added_2018_12.line);
  for (const nom of territory.pre_communes.communes) nommer(nom, territory.pre_communes.line);
  for (const institution of fixture.programmation_2019.porteurs.institutions) {
    const commune = /^(?:Ville|CCAS)\s+(?:de\s+|d')?(.+)$/.exec(institution.name)?.[1];
    if (commune) nommer(commune, institution.line);
  }
  const fonds = [...fixture.fonds_de_concours.politique_de_la_ville.operations, ...fixture.fonds_de_concours.classique_majore_5pct.operations];
  for (const operation of fonds) {
    const known = [...communes.keys()].find((nom) => normaliserTexte(nom) === normaliserTexte(operation.commune));
    nommer(known ?? titre(operation.commune), operation.line);
  }
  rattacherCommunes(
    seed,
    [...communes.entries()].map(([nom, lines]) => ({ nom, alias: ALIAS_COMMUNES[nom] ?? [], lignes: [...new Set(lines)].join(', ') })),
  );

  // The 6 quartiers prioritaires the report names (of 16), and the one quartier d'intérêt d'agglomération it names (of 5).
  const qpvIds = new Map<string, string>();
  for (const q of territory.named_quartiers) {
    const qpvId = `cabbalr-qpv-${slug(q.name, 40)}`;
    qpvIds.set(q.name, qpvId);
    seed.add(
      seed.qpv(qpvId),
      'DeclarerQpv',
      {
        qpvId,
        categorie: 'qpv',
        code: null,
        // Geography of the décret of 30 December 2014 (L53).
        generation: 2015,
        nom: q.name,
        alias: (q.aliases ?? []).map((a) => a.text),
        communes: (COMMUNES_ECRITES[q.communes_as_written] ?? [q.communes_as_written]).map((nom): CommuneRef => ({ codeInsee: null, nom })),
        zonages: q.status_evidence.includes('NPNRU') ? ['NPNRU'] : [],
      },
      { key: `qpv:${qpvId}`, lines: lignes([q.line, ...(q.aliases ?? []).map((a) => a.line)]), note: q.status_evidence },
    );
  }
  const cite10 = qia.added_2018_12;
  seed.add(
    seed.qpv('cabbalr-qia-cite-10-fond-de-sains'),
    'DeclarerQpv',
    {
      qpvId: 'cabbalr-qia-cite-10-fond-de-sains',
      categorie: 'quartier_interet_communautaire',
      code: null,
      nom: cite10.name,
      communes: cite10.communes.map((nom): CommuneRef => ({ codeInsee: null, nom })),
      reconnaissance: { instance: cite10.decided_by, date: '2018-12', reference: null },
    },
    { key: 'qpv:cabbalr-qia-cite-10-fond-de-sains', lines: `L${cite10.line}` },
  );

  // Baseline statistics (« données Insee 2013 et Fileas-Cnaf 2015 », L61): per named quartier when the label says so.
  const snapshot = territory.indicators_snapshot;
  for (const value of snapshot.values) {
    const quartier = /\s–\s(.+)$/.exec(value.k)?.[1];
    const qpvId = quartier ? [...qpvIds.entries()].find(([nom]) => quartier.startsWith(nom))?.[1] : undefined;
    const perimetre = qpvId
      ? 'qpv'
      : value.k.includes('(QPV, moyenne)')
        ? 'ensemble_qpv'
        : value.k.includes('(QPV du département)')
          ? 'departement'
          : value.k.includes('(intercommunal)') || value.k.includes('(territoire)')
            ? 'epci'
            : 'autre';
    const statistique: Statistique = {
      indicateur: slug(value.k, 60).replace(/-/g, '_'),
      libelle: value.k,
      valeur: decimalDepuisTexte(value.v),
      valeurImprimee: value.v,
      unite: value.v.includes('%') ? '%' : null,
      source: snapshot.sources,
      millesime: '2013, 2015',
      perimetre,
      precisionPerimetre: perimetre === 'departement' ? 'QPV du département' : null,
    };
    const key = `statistique:${statistique.indicateur}`;
    if (qpvId) seed.add(seed.qpv(qpvId), 'EnregistrerStatistiqueQpv', { statistique }, { key, lines: `L${value.line}` });
    else seed.add(seed.territoire, 'EnregistrerStatistiqueTerritoire', { statistique }, { key, lines: `L${value.line}` });
  }

  // Partners: the EPCI, the financeurs of the report's split (L150-157), the signatories of the protocole,
  // the bailleurs of the TFPB conventions and the 153 porteurs' table (L175-260).
  const cabbalr = seed.enregistrerPartenaire(
    {
      partenaireId: 'cabbalr',
      nature: 'epci',
      nom: tenant.name,
      alias: [tenant.acronym, 'CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE', 'EPCI - CABBALR', 'Le Président de la CABBALR (par délégation)'],
      roles: ['financeur', 'porteur', 'signataire'],
      categorieFinanceur: 'epci',
    },
    'L155, L253, L1177',
  );
  const etat = seed.enregistrerPartenaire(
    {
      partenaireId: 'etat',
      nature: 'etat_service',
      nom: 'Etat',
      alias: ['Etat - CGET', 'Le Préfet du Pas-de-Calais'],
      roles: ['financeur', 'signataire'],
      categorieFinanceur: 'etat_credits_specifiques',
    },
    'L150, L1171',
  );
  seed.enregistrerPartenaire({ partenaireId: 'region', nature: 'region', nom: 'Région', roles: ['financeur'], categorieFinanceur: 'region' }, 'L152');
  seed.enregistrerPartenaire(
    { partenaireId: 'departement', nature: 'departement', nom: 'Département', roles: ['financeur'], categorieFinanceur: 'departement' },
    'L153',
  );
  seed.enregistrerPartenaire({ partenaireId: 'caf', nature: 'caf', nom: 'CAF', roles: ['financeur'], categorieFinanceur: 'caf' }, 'L154');
  for (const label of territory.tfpb_quartier_labels) seed.enregistrerPartenaire({ nature: 'bailleur', nom: label.bailleur, roles: [] }, lignes(label.lines));
  for (const association of fixture.programmation_2019.porteurs.associations) {
    seed.enregistrerPartenaire(
      { nature: association.is_conseil_citoyen ? 'conseil_citoyen' : 'association', nom: association.name, roles: ['porteur'] },
      `L${association.line}`,
    );
  }
  for (const institution of fixture.programmation_2019.porteurs.institutions) {
    const commune = /^(?:Ville|CCAS)\s+(?:de\s+|d')?(.+)$/.exec(institution.name)?.[1];
    seed.enregistrerPartenaire(
      {
        nature: NATURE_INSTITUTION[institution.institution_type] ?? 'autre',
        nom: institution.name,
        roles: ['porteur'],
        communes: commune ? [{ codeInsee: null, nom: commune }] : [],
      },
      `L${institution.line}`,
    );
  }

  // The contrat de ville 2015-2020, extended to 2022, and the protocole signed at Arras on 6 March 2020.
  const contrat = seed.contrat(CONTRAT_ID);
  seed.add(
    contrat,
    'EnregistrerContrat',
    { contratId: CONTRAT_ID, intitule: 'Contrat de Ville 2015-2020', periode: periodeDepuisLibelle(cv.initial_period) },
    { key: 'contrat', lines: `L${cv.initial_period_line}` },
  );
  seed.add(
    contrat,
    'ProrogerContrat',
    { nouvelleFin: cv.extended_end, fondementJuridique: cv.extension_basis, dateEffet: '2018-12-21' },
    { key: 'contrat:prorogation', lines: `L${cv.extension_line}`, reason: `Prorogation jusqu'au 31/12/2022 par la ${cv.extension_basis}` },
  );
  const protocole = cv.protocole;
  seed.add(
    contrat,
    'EnregistrerAvenant',
    { avenantId: 'protocole-2019-2022', intitule: protocole.title, nature: 'protocole', dateDocument: '2019-07', periode: { debut: '2019', fin: '2022' } },
    { key: 'contrat:protocole', lines: lignes(protocole.lines), note: `cover date « ${protocole.cover_date} »` },
  );
  seed.add(
    contrat,
    'SignerAvenant',
    {
      avenantId: 'protocole-2019-2022',
      signeLe: protocole.signed,
      lieu: protocole.signed_at,
      signatures: protocole.signatories.map((s) => ({
        partenaireId: s.for.includes('CABBALR') ? cabbalr : etat,
        libelle: s.for,
        representant: `${s.name}, ${s.role}`,
        date: protocole.signed,
        lieu: protocole.signed_at,
        note: null,
      })),
    },
    { key: 'contrat:protocole:signature', lines: lignes(protocole.signatories.map((s) => s.line)) },
  );

  // Cadre stratégique harmonised in 2018: piliers → orientations → objectifs opérationnels, the axes transversaux and
  // the feuille de route (10 priorités, 38 sous-priorités), validated by the COPIL and the Conseil.
  const cadre = seed.cadre(CONTRAT_ID);
  const validated = cv.strategic_frame_validated;
  seed.add(
    cadre,
    'DefinirCadreStrategique',
    {
      cadreId: CONTRAT_ID,
      version: CADRE_VERSION,
      intitule: 'Cadre stratégique du Contrat de Ville (document-cadre 2018) et feuille de route 2019-2022',
      contratId: CONTRAT_ID,
      dimensions: [
        { code: 'piliers', libelle: 'Piliers', niveaux: ['pilier', 'orientation', 'objectif opérationnel'] },
        { code: 'axes-transversaux', libelle: 'Axes transversaux', niveaux: ['axe transversal', 'enjeu'] },
        { code: 'feuille-de-route', libelle: 'Feuille de route', niveaux: ['priorité', 'sous-priorité'] },
      ],
      validations: [
        { instance: 'Comité de Pilotage du Contrat de Ville', date: validated.comite_de_pilotage, reference: null },
        { instance: 'Conseil communautaire', date: validated.deliberation_conseil, reference: null },
      ],
    },
    { key: 'cadre', lines: lignes(validated.lines) },
  );
  const v = (id: string) => `v${CADRE_VERSION}.${id}`;
  for (const pilier of strategy.piliers) {
    seed.add(
      cadre,
      'AjouterObjectif',
      {
        version: CADRE_VERSION,
        dimension: 'piliers',
        noeudId: v(pilier.id),
        code: pilier.id,
        libelle: pilier.label,
        libelleAffiche: PILIERS_AFFICHES[pilier.id] ?? null,
      },
      { key: `cadre:${pilier.id}`, lines: `L${pilier.line}` },
    );
    pilier.orientations.forEach((orientation, o) => {
      const orientationId = v(`${pilier.id}.o${o + 1}`);
      seed.add(
        cadre,
        'AjouterObjectif',
        { version: CADRE_VERSION, dimension: 'piliers', noeudId: orientationId, parentId: v(pilier.id), libelle: orientation.label },
        { key: `cadre:${pilier.id}.o${o + 1}`, lines: `L${orientation.line}` },
      );
      orientation.objectifs.forEach((objectif, i) => {
        // Labels stay verbatim, typos included (« Informar », L114); the display label corrects them.
        const affiche = objectif.label.startsWith('Informar ') ? objectif.label.replace(/^Informar /, 'Informer ') : null;
        seed.add(
          cadre,
          'AjouterObjectif',
          {
            version: CADRE_VERSION,
            dimension: 'piliers',
            noeudId: `${orientationId}.${i + 1}`,
            parentId: orientationId,
            libelle: objectif.label,
            libelleAffiche: affiche,
          },
          { key: `cadre:${pilier.id}.o${o + 1}.${i + 1}`, lines: `L${objectif.line}` },
        );
      });
    });
  }
  strategy.axes_transversaux.forEach((axe, a) => {
    const axeId = v(`transversal.${a + 1}`);
    seed.add(
      cadre,
      'AjouterObjectif',
      { version: CADRE_VERSION, dimension: 'axes-transversaux', noeudId: axeId, libelle: axe.label },
      { key: `cadre:transversal.${a + 1}`, lines: `L${axe.line}` },
    );
    axe.enjeux.forEach((enjeu, e) =>
      seed.add(
        cadre,
        'AjouterObjectif',
        { version: CADRE_VERSION, dimension: 'axes-transversaux', noeudId: `${axeId}.${e + 1}`, parentId: axeId, libelle: enjeu },
        { key: `cadre:transversal.${a + 1}.${e + 1}`, lines: `L${axe.line}` },
      ),
    );
  });
  for (const priorite of strategy.feuille_de_route_10_priorites) {
    const prioriteId = v(`fdr.${priorite.n}`);
    const pilier = PILIER_DE_SECTION[priorite.pilier_in_section_3.split(' ')[0]];
    seed.add(
      cadre,
      'AjouterObjectif',
      {
        version: CADRE_VERSION,
        dimension: 'feuille-de-route',
        noeudId: prioriteId,
        code: String(priorite.n),
        libelle: priorite.label,
        variantes: (priorite.label_variants ?? []).map((variant) => variant.text),
        liens: pilier ? [v(pilier)] : [],
      },
      { key: `cadre:fdr.${priorite.n}`, lines: lignes([priorite.line, ...(priorite.label_variants ?? []).map((variant) => variant.line)]) },
    );
    for (const sub of priorite.sub) {
      seed.add(
        cadre,
        'AjouterObjectif',
        { version: CADRE_VERSION, dimension: 'feuille-de-route', noeudId: v(`fdr.${sub.code}`), parentId: prioriteId, code: sub.code, libelle: sub.label },
        { key: `cadre:fdr.${sub.code}`, lines: `L${sub.line}` },
      );
    }
    // The « indicateurs d'évaluation » of each priority (Annexe 2): a catalogue without values in 2019.
    priorite.indicators.forEach((libelle, i) => {
      const indicateurId = `cabbalr-fdr-${priorite.n}-${i + 1}`;
      seed.add(
        seed.indicateur(indicateurId),
        'DefinirIndicateur',
        { indicateurId, libelle, noeuds: [{ cadreId: CONTRAT_ID, noeudId: prioriteId }] },
        { key: `indicateur:${indicateurId}`, lines: `L${priorite.indicators_lines[0]}-${priorite.indicators_lines[1]}` },
      );
    });
  }

  // Figures the report prints about its geography (L53, L57, L897, L993): counts not itemised stay reported figures.
  declarerChiffre(seed, {
    id: 'communes',
    cle: CLES_CHIFFRE.nombreCommunes,
    libelle: 'Communes de la CABBALR',
    valeurImprimee: String(tenant.communes_count),
    lignes: `L${tenant.communes_count_line}`,
  });
  declarerChiffre(seed, {
    id: 'qpv',
    cle: CLES_CHIFFRE.nombreQpv,
    libelle: 'Quartiers prioritaires (QPV)',
    valeurImprimee: String(territory.qpv_count),
    dateReference: '2019',
    lignes: lignes(territory.lines),
  });
  declarerChiffre(seed, {
    id: 'communes-qpv',
    cle: CLES_CHIFFRE.nombreCommunesAvecQpv,
    libelle: 'Communes comptant un QPV',
    valeurImprimee: String(territory.qpv_communes_count),
    dateReference: '2019',
    lignes: lignes(territory.lines),
  });
  declarerChiffre(seed, {
    id: 'part-population-qpv',
    cle: CLES_CHIFFRE.partPopulationQpv,
    libelle: 'Part de la population du territoire en QPV',
    valeurImprimee: `${territory.share_of_population_in_qpv_pct}%`,
    dateReference: '2019',
    lignes: lignes(territory.lines),
  });
  declarerChiffre(seed, {
    id: 'population-qpv',
    cle: CLES_CHIFFRE.populationQpv,
    libelle: 'Habitants des 16 quartiers prioritaires',
    valeurImprimee: `près de ${enFrancais(territory.qpv_population_approx)}`,
    valeur: String(territory.qpv_population_approx),
    qualificatif: 'près de',
    dateReference: '2019',
    lignes: `L${territory.qpv_population_line}`,
  });
  declarerChiffre(seed, {
    id: 'qia-2015',
    cle: CLES_CHIFFRE.nombreQuartiersInteretCommunautaire,
    libelle: 'Quartiers prioritaires communautaires associés en 2015',
    valeurImprimee: String(qia.initial_2015.count),
    dateReference: '2015',
    lignes: `L${qia.initial_2015.line}`,
  });
  declarerChiffre(seed, {
    id: 'qia-2019',
    cle: CLES_CHIFFRE.nombreQuartiersInteretCommunautaire,
    libelle: "Quartiers d'intérêt d'agglomération au 1er janvier 2019",
    valeurImprimee: String(qia.count_at_2019_01_01),
    dateReference: '2019-01-01',
    lignes: `L${qia.line}`,
  });
  declarerChiffre(seed, {
    id: 'population-qia',
    cle: 'population_quartiers_interet_communautaire',
    libelle: "Habitants des quartiers d'intérêt d'agglomération",
    valeurImprimee: `près de ${enFrancais(qia.population_approx)}`,
    valeur: String(qia.population_approx),
    qualificatif: 'près de',
    dateReference: '2019-01-01',
    lignes: `L${qia.line}`,
  });

  // SIRET and RNA the SCDL « subventions » files need (synthetic: the report gives none).
  renseignerIdentifiantsCabbalr(seed, fixture);

  return seed.commands;
}
