import type { SectionRapport, SensAvis } from '@cdv/domain-rapport';
import type { ActionListee, Chiffre, DocumentRapport, LigneTableau, NoeudCadre, RapportAnnuel } from '@cdv/projections-rapport';
import { dateCourte, dateLongue, decimal, entier, euros, pourcent } from './format';

/**
 * The report as a sequence of renderer-neutral blocks: what the DOCX and the HTML renderings both draw, so that the
 * two say the same thing in the same order. A figure cell keeps its rule and dossiers (the HTML exposes them so the
 * web application can open a figure into its dossiers). Plan: docs/domain/rapport-annuel.md « Rendering ».
 */
export interface Cellule {
  texte: string;
  /** Right-aligned numbers. */
  nombre?: boolean;
  regle?: string;
  dossiers?: readonly string[];
  gras?: boolean;
}

export interface SerieGraphique {
  titre: string;
  /** The value's unit: euros (cents in the data) or a count. */
  unite: 'euros' | 'nombre';
  categories: string[];
  valeurs: number[];
}

export type Bloc =
  | { type: 'titre'; niveau: 1 | 2 | 3; texte: string; ancre: string }
  | { type: 'paragraphe'; texte: string; style?: 'source' | 'note' | 'mise-en-avant' }
  | { type: 'liste'; elements: string[] }
  | { type: 'tableau'; legende: string; entetes: string[]; lignes: Cellule[][] }
  | { type: 'graphique'; ancre: string; legende: string; serie: SerieGraphique }
  | { type: 'saut-de-page' };

export interface Couverture {
  epci: string;
  titre: string;
  annee: string;
  /** « Version « PROJET » du rapport arrêtée au 29 septembre 2020 ». */
  statut: string;
  signature: string[];
}

export interface ContenuRapport {
  couverture: Couverture;
  blocs: Bloc[];
  /** Instant written as the document's dates (core properties, zip entries): the version's, so bytes never drift. */
  horodatage: string;
}

const c = (texte: string, extra: Partial<Cellule> = {}): Cellule => ({ texte, ...extra });
const n = (f: Chiffre, extra: Partial<Cellule> = {}): Cellule => ({ texte: entier(f.valeur), nombre: true, regle: f.regle, dossiers: f.dossiers, ...extra });
const e = (f: Chiffre, extra: Partial<Cellule> = {}): Cellule => ({ texte: euros(f.valeur), nombre: true, regle: f.regle, dossiers: f.dossiers, ...extra });

const SENS: Record<SensAvis, string> = {
  favorable: 'Avis favorable',
  reserve: 'Avis réservé',
  defavorable: 'Avis défavorable',
  prend_acte: 'Prend acte',
  approuve: 'Approuve',
};

export const LIBELLE_STATUT: Record<DocumentRapport['etat']['statut'], string> = {
  projet: 'Projet non arrêté',
  arrete: 'Arrêté',
  en_consultation: 'En consultation',
  consultation_close: 'Consultation close',
  adopte: 'Adopté',
  transmis: 'Transmis',
};

/** Where the narratives go among the chapters: a section's `ordre` against these (docs/domain/rapport-annuel.md). */
const CHAPITRES = [
  { ordre: 20, ancre: 'geographie', titre: 'La géographie prioritaire', blocs: geographie },
  { ordre: 30, ancre: 'cadre-strategique', titre: 'Le cadre stratégique et la feuille de route', blocs: cadre },
  { ordre: 40, ancre: 'programmation', titre: 'La programmation', blocs: programmation },
  { ordre: 50, ancre: 'dispositifs', titre: 'Les dispositifs de la Communauté', blocs: dispositifs },
  { ordre: 60, ancre: 'contribution', titre: 'La contribution de la programmation aux objectifs du Contrat de Ville', blocs: contribution },
  { ordre: 70, ancre: 'beneficiaires', titre: 'Les bénéficiaires des actions', blocs: beneficiaires },
  { ordre: 80, ancre: 'engagements-indicateurs', titre: 'Engagements et indicateurs', blocs: indicateurs },
] as const;

export function contenuDuRapport(document: DocumentRapport): ContenuRapport {
  const { rapport, etat } = document;
  const blocs: Bloc[] = [];
  const narratifs = [...document.sections];
  const placerNarratifsAvant = (ordre: number) => {
    while (narratifs.length && narratifs[0].ordre < ordre) blocs.push(...narratif(narratifs.shift()!, 1));
  };
  for (const chapitre of CHAPITRES) {
    placerNarratifsAvant(chapitre.ordre);
    blocs.push({ type: 'titre', niveau: 1, texte: chapitre.ordre === 40 ? `${chapitre.titre} ${rapport.annee}` : chapitre.titre, ancre: chapitre.ancre });
    // a narrative of the chapter's own order opens the chapter, before its figures
    while (narratifs.length && narratifs[0].ordre === chapitre.ordre) blocs.push(...narratif(narratifs.shift()!, 2));
    blocs.push(...chapitre.blocs(rapport));
  }
  placerNarratifsAvant(Number.MAX_SAFE_INTEGER);
  blocs.push(...notes(document), ...annexeGrille(rapport), ...annexeAvis(document), ...regles(rapport, document));
  return {
    couverture: couverture(document),
    blocs,
    horodatage: etat.arreteAu ?? rapport.etabliAu.asOf ?? '1980-01-01T00:00:00.000Z',
  };
}

function couverture({ rapport, etat }: DocumentRapport): Couverture {
  const statut =
    etat.statut === 'projet'
      ? `Document de travail non arrêté – chiffres ${rapport.etabliAu.asOf ? `au ${dateLongue(rapport.etabliAu.asOf)}` : `à la position ${entier(rapport.etabliAu.position)} du journal`}`
      : etat.statut === 'adopte' || etat.statut === 'transmis'
        ? `Rapport adopté par délibération n° ${etat.adoption!.numero} du ${dateLongue(etat.adoption!.date)}${etat.transmission ? `, transmis le ${dateLongue(etat.transmission.transmisLe)}` : ''} (version ${etat.version})`
        : `Version « PROJET » du rapport arrêtée au ${dateLongue(etat.arreteLe!)} (version ${etat.version})`;
  return {
    epci: rapport.territoire.nom ?? rapport.tenantId,
    titre: 'Rapport sur la mise en œuvre de la Politique de la Ville',
    annee: `Année de référence ${rapport.annee}`,
    statut,
    signature: etat.signataire ? [etat.signataire.qualite, etat.signataire.nom] : [],
  };
}

function narratif(section: SectionRapport, niveau: 1 | 2): Bloc[] {
  const source = section.provenance.type === 'document' ? `Texte repris du document ${section.provenance.document} (${section.provenance.lignes}).` : null;
  return [
    { type: 'titre', niveau, texte: section.titre, ancre: `section-${section.sectionId}` },
    ...section.texte.split(/\n{2,}/).map((texte): Bloc => ({ type: 'paragraphe', texte })),
    ...(source ? [{ type: 'paragraphe', texte: source, style: 'source' } as Bloc] : []),
  ];
}

function geographie(r: RapportAnnuel): Bloc[] {
  const g = r.geographie;
  return [
    {
      type: 'tableau',
      legende: 'Chiffres de la géographie : déclarés par les documents et calculés par la plateforme',
      entetes: ['Indicateur', 'Déclaré', 'Calculé', 'Méthode', 'Écart'],
      lignes: g.comptes.map((x) => [
        c(x.libelle),
        c(x.declareeImprimee ?? '—', { nombre: true }),
        c(x.calculee === null ? '—' : decimal(x.calculee), { nombre: true }),
        c(x.methode ?? '—'),
        c(x.ecart === null ? '—' : x.ecart ? 'oui' : 'non'),
      ]),
    },
    {
      type: 'tableau',
      legende: 'Quartiers de la géographie prioritaire',
      entetes: ['Quartier', 'Catégorie', 'Code', 'Communes', 'Population'],
      lignes: g.quartiers.map((q) => [
        c(q.nom),
        c(q.categorie.replace(/_/g, ' ')),
        c(q.code ?? '—'),
        c(q.communes.join(', ')),
        c(q.population === null ? 'non renseignée' : decimal(q.population), { nombre: true }),
      ]),
    },
    ...(g.statistiques.length
      ? [
          {
            type: 'tableau' as const,
            legende: 'Statistiques des quartiers et du territoire',
            entetes: ['Indicateur', 'Périmètre', 'Quartier', 'Valeur', 'Source'],
            lignes: g.statistiques.map((s) => [
              c(s.libelle),
              c(s.perimetre.replace(/_/g, ' ')),
              c(s.quartier ?? '—'),
              c(s.valeurImprimee ?? (s.valeur === null ? '—' : decimal(s.valeur)), { nombre: true }),
              c([s.source, s.millesime].filter(Boolean).join(', ') || '—'),
            ]),
          },
        ]
      : []),
  ];
}

function aplatir(noeuds: readonly NoeudCadre[], profondeur = 0): Cellule[][] {
  return noeuds.flatMap((noeud) => [
    [c(noeud.niveau), c(`${'– '.repeat(profondeur)}${noeud.code ? `${noeud.code} ` : ''}${noeud.libelle}`, { gras: profondeur === 0 })],
    ...aplatir(noeud.enfants, profondeur + 1),
  ]);
}

function cadre(r: RapportAnnuel): Bloc[] {
  const cs = r.cadreStrategique;
  if (!cs) return [{ type: 'paragraphe', texte: 'Aucun cadre stratégique n’est enregistré.' }];
  return [
    { type: 'paragraphe', texte: `${cs.intitule} (version ${cs.version}).` },
    ...(cs.validations.length
      ? [
          {
            type: 'liste' as const,
            elements: cs.validations.map(
              (v) => `Validé par : ${v.instance}${v.date ? `, ${/^\d{4}-\d{2}-\d{2}$/.test(v.date) ? dateLongue(v.date) : v.date}` : ''}`,
            ),
          },
        ]
      : []),
    ...cs.dimensions.flatMap((d): Bloc[] => [
      { type: 'titre', niveau: 2, texte: d.libelle, ancre: `cadre-${d.code}` },
      { type: 'tableau', legende: d.libelle, entetes: ['Niveau', 'Libellé'], lignes: aplatir(d.noeuds) },
    ]),
    ...(cs.prioritesAppel.length
      ? [
          { type: 'paragraphe' as const, texte: `Priorités retenues par l’appel à projets ${r.annee} :` },
          { type: 'liste' as const, elements: cs.prioritesAppel.map((p) => p.libelle) },
        ]
      : []),
  ];
}

function programmation(r: RapportAnnuel): Bloc[] {
  const p = r.programmation;
  const regle = r.regles[r.regleComptage];
  return [
    { type: 'paragraphe', texte: `Les projets sont comptés selon la règle « ${regle.libelle} » : ${regle.description}`, style: 'note' },
    {
      type: 'tableau',
      legende: `Programmation ${r.annee} : projets et porteurs`,
      entetes: ['', 'Nombre'],
      lignes: [
        [c('Projets déposés'), n(p.entete.deposes)],
        [c('Projets retenus'), n(p.entete.retenus, { gras: true })],
        [c('Projets non retenus'), n(p.entete.nonRetenus)],
        [c('Projets ajournés'), n(p.entete.ajournes)],
        [c('Projets abandonnés'), n(p.entete.abandonnes)],
        [c('Projets en instruction'), n(p.entete.enInstruction)],
        [c('Porteurs ayant déposé'), n(p.entete.porteursDeposants)],
        [c('Porteurs retenus'), n(p.entete.porteursRetenus)],
        [c('Coût total des projets retenus'), e(p.entete.coutTotalRetenus, { gras: true })],
      ],
    },
    { type: 'titre', niveau: 2, texte: 'Le financement de la programmation', ancre: 'financement' },
    {
      type: 'tableau',
      legende: `Financement par catégorie de financeur (part du coût total des projets retenus, ${euros(p.parFinanceur.base.valeur)})`,
      entetes: ['Financeur', 'Montant voté', 'Part'],
      lignes: [
        ...p.parFinanceur.lignes.filter((l) => l.montant.valeur > 0).map((l) => [c(l.libelle), e(l.montant), c(pourcent(l.part), { nombre: true })]),
        [
          c('Autofinancement et financements non enregistrés'),
          e(p.parFinanceur.nonCouvert.montant),
          c(pourcent(p.parFinanceur.nonCouvert.part), { nombre: true }),
        ],
        [c('Total', { gras: true }), e(p.parFinanceur.base, { gras: true }), c(pourcent('100.0'), { nombre: true, gras: true })],
      ],
    },
    {
      type: 'graphique',
      ancre: 'graphique-financeurs',
      legende: 'Montants votés par catégorie de financeur',
      serie: {
        titre: 'Montants votés par catégorie de financeur',
        unite: 'euros',
        categories: p.parFinanceur.lignes.filter((l) => l.montant.valeur > 0).map((l) => l.libelle),
        valeurs: p.parFinanceur.lignes.filter((l) => l.montant.valeur > 0).map((l) => l.montant.valeur),
      },
    },
    { type: 'titre', niveau: 2, texte: 'Les crédits spécifiques de l’État (BOP 147)', ancre: 'credits-etat' },
    {
      type: 'tableau',
      legende: `Crédits de l’État (BOP 147) votés, par ${p.creditsEtat.groupePar === 'thematiqueCget' ? 'thématique CGET' : 'pilier (les dossiers ne portent pas de thématique CGET)'}`,
      entetes: [p.creditsEtat.groupePar === 'thematiqueCget' ? 'Thématique' : 'Pilier', 'Montant'],
      lignes: [
        ...p.creditsEtat.lignes.map((l) => [c(l.libelle), e(l.montant)]),
        [c('dont réussite éducative'), e(p.creditsEtat.dontReussiteEducative)],
        [c('Total', { gras: true }), e(p.creditsEtat.total, { gras: true })],
      ],
    },
    {
      type: 'graphique',
      ancre: 'graphique-credits-etat',
      legende: 'Crédits de l’État (BOP 147) votés',
      serie: {
        titre: 'Crédits de l’État (BOP 147) votés',
        unite: 'euros',
        categories: p.creditsEtat.lignes.map((l) => l.libelle),
        valeurs: p.creditsEtat.lignes.map((l) => l.montant.valeur),
      },
    },
    {
      type: 'titre',
      niveau: 2,
      texte: `Les porteurs de projets (${entier(p.entete.deposes.valeur)} déposés / ${entier(p.entete.retenus.valeur)} retenus)`,
      ancre: 'porteurs',
    },
    ...p.porteurs.map((g): Bloc => ({
      type: 'tableau',
      legende: `${g.libelle} : ${entier(g.deposes.valeur)} projets déposés, ${entier(g.retenus.valeur)} retenus`,
      entetes: [g.libelle, 'Déposés', 'Retenus'],
      lignes: [
        ...g.lignes.map((l) => [c(l.nom), n(l.deposes), n(l.retenus)]),
        [c('Total', { gras: true }), n(g.deposes, { gras: true }), n(g.retenus, { gras: true })],
      ],
    })),
  ];
}

const action = (a: ActionListee) =>
  `${a.sousPriorite ? `${a.sousPriorite} – ` : ''}${a.titre} - ${a.lieu} (${a.porteur})${a.nombreActions > 1 ? ` [${a.nombreActions} actions]` : ''}`;

function dispositifs(r: RapportAnnuel): Bloc[] {
  if (!r.dispositifs.length) return [{ type: 'paragraphe', texte: 'Aucun dispositif n’est enregistré.' }];
  return r.dispositifs.flatMap((d): Bloc[] => [
    { type: 'titre', niveau: 2, texte: d.libelle, ancre: `dispositif-${d.dispositifId}` },
    ...(d.regles.length ? [{ type: 'liste' as const, elements: d.regles.map((x) => `${x.libelle}${x.source ? ` (${x.source})` : ''}`) }] : []),
    ...(d.reglesFinancement.length
      ? [
          {
            type: 'paragraphe' as const,
            texte: `Règles contrôlées par la plateforme sur les lignes de financement : ${d.reglesFinancement.map((x) => x.libelle).join(' ; ')}.`,
            style: 'note' as const,
          },
        ]
      : []),
    ...(d.lignes.actions.length
      ? [
          {
            type: 'tableau' as const,
            legende: `${d.libelle} : actions de la programmation cofinancées`,
            entetes: ['Action', 'Montant voté'],
            lignes: [
              ...d.lignes.actions.map((a) => [c(action(a)), c(euros(a.montant), { nombre: true, dossiers: [a.dossierId] })]),
              [c('Total', { gras: true }), e(d.lignes.montant, { gras: true })],
            ],
          },
        ]
      : []),
    ...(d.operations.length
      ? [
          {
            type: 'tableau' as const,
            legende: `${d.libelle} : opérations ${r.annee}`,
            entetes: ['Commune', 'Projet', 'Montant opération', 'Montant de l’aide', 'Plafond de la règle'],
            lignes: [
              ...d.operations.map((o) => [
                c(o.beneficiaire),
                c(o.projet),
                c(euros(o.montantOperation), { nombre: true }),
                c(`${euros(o.montantAide)}${o.dontPolitiqueVille !== null ? ` (dont ${euros(o.dontPolitiqueVille)} Pol Ville)` : ''}`, { nombre: true }),
                c(o.plafondCalcule === null ? '—' : euros(o.plafondCalcule), { nombre: true }),
              ]),
              [c('Total', { gras: true }), c(''), c(''), c(euros(d.totalOperations), { nombre: true, gras: true }), c('')],
            ],
          },
        ]
      : []),
    { type: 'paragraphe', texte: `Total ${r.annee} : ${euros(d.total.valeur)}.`, style: 'mise-en-avant' },
  ]);
}

const ligneTableau = (l: LigneTableau, gras = false): Cellule[] => [
  c(l.libelle, { gras }),
  n(l.projets, { gras }),
  n(l.porteursDistincts, { gras }),
  e(l.droitCommun, { gras }),
  e(l.creditsSpecifiques, { gras }),
];

function contribution(r: RapportAnnuel): Bloc[] {
  const entetes = ['', 'Projets soutenus', 'Porteurs de projets', 'Subventions droit commun', 'Subventions crédits spécifiques Pol Ville'];
  return [
    {
      type: 'graphique',
      ancre: 'graphique-piliers',
      legende: 'Projets soutenus par pilier',
      serie: {
        titre: 'Projets soutenus par pilier',
        unite: 'nombre',
        categories: r.programmation.piliers.map((p) => p.libelle),
        valeurs: r.programmation.piliers.map((p) => p.projets.valeur),
      },
    },
    ...r.programmation.piliers.flatMap((p): Bloc[] => [
      { type: 'titre', niveau: 2, texte: p.libelle, ancre: `pilier-${p.cle ?? 'non-classe'}` },
      {
        type: 'tableau',
        legende: `${p.libelle} : projets, porteurs et subventions`,
        entetes,
        lignes: [ligneTableau(p, true), ...p.thematiques.map((t) => ligneTableau(t))],
      },
      ...(p.thematiques.length
        ? p.thematiques.flatMap((t): Bloc[] => [
            { type: 'titre', niveau: 3, texte: t.libelle, ancre: `thematique-${p.cle ?? 'non-classe'}-${t.cle ?? 'non-classee'}` },
            { type: 'liste', elements: t.actions.map(action) },
          ])
        : [{ type: 'liste' as const, elements: p.actions.map(action) }]),
    ]),
    ...(r.programmation.piliers.length ? [] : [{ type: 'paragraphe' as const, texte: 'Aucun projet retenu.' }]),
  ];
}

function beneficiaires(r: RapportAnnuel): Bloc[] {
  const b = r.beneficiaires;
  return [
    {
      type: 'paragraphe',
      texte: `Bénéficiaires déclarés dans les bilans de ${entier(b.dossiersAvecBilan.valeur)} projet(s) retenu(s) ; ${entier(b.dossiersSansBilan.valeur)} projet(s) retenu(s) n’ont pas encore de bilan.`,
    },
    {
      type: 'tableau',
      legende: 'Bénéficiaires par sexe et résidence en QPV',
      entetes: ['', 'Personnes'],
      lignes: [
        [c('Total'), n(b.total, { gras: true })],
        [c('Femmes'), n(b.femmes)],
        [c('Hommes'), n(b.hommes)],
        [c('Sexe non renseigné'), n(b.nonRenseigne)],
        [c('Résidant en QPV'), n(b.residentsQpv)],
      ],
    },
    ...(b.parTrancheAge.length
      ? [
          {
            type: 'tableau' as const,
            legende: 'Bénéficiaires par tranche d’âge',
            entetes: ['Tranche d’âge', 'Personnes'],
            lignes: b.parTrancheAge.map((t) => [c(t.tranche), n(t.nombre)]),
          },
        ]
      : []),
  ];
}

const TENDANCE = { hausse: 'en hausse', baisse: 'en baisse', stable: 'stable' } as const;

function indicateurs(r: RapportAnnuel): Bloc[] {
  const lignes = r.indicateurs.flatMap((i) =>
    i.annees.length
      ? i.annees.map((a) => [
          c(i.libelle),
          c(String(a.annee)),
          c(a.valeur === null ? 'non renseigné' : decimal(a.valeur), { nombre: true }),
          c(a.cible === null ? '—' : decimal(a.cible), { nombre: true }),
          c(pourcent(a.taux), { nombre: true }),
          c(a.tendance ? TENDANCE[a.tendance] : '—'),
          c(a.origine === 'bilans' ? 'bilans des actions' : a.origine === 'declaree' ? 'déclarée' : '—'),
        ])
      : [[c(i.libelle), c(String(r.annee)), c('non renseigné', { nombre: true }), c('—'), c('—'), c('—'), c('—')]],
  );
  return [
    {
      type: 'tableau',
      legende: 'Indicateurs : valeur et cible par année',
      entetes: ['Indicateur', 'Année', 'Valeur', 'Cible', 'Taux', 'Tendance', 'Origine'],
      lignes,
    },
    ...(r.engagements.length
      ? [
          {
            type: 'tableau' as const,
            legende: 'Engagements des partenaires',
            entetes: ['Engagement', 'Responsables', 'Statut', 'Cibles'],
            lignes: r.engagements.map((x) => [
              c(x.objectif),
              c(x.responsables.join(', ')),
              c(x.statut.replace(/_/g, ' ')),
              c(x.cibles.map((k) => `${k.annee ?? ''} ${k.cible}`.trim()).join(' ; ') || '—'),
            ]),
          },
        ]
      : [{ type: 'paragraphe' as const, texte: 'Aucun engagement de partenaire n’est enregistré.' }]),
  ];
}

function notes(document: DocumentRapport): Bloc[] {
  const r = document.rapport;
  const blocs: Bloc[] = [
    { type: 'titre', niveau: 1, texte: 'Notes sur les chiffres', ancre: 'notes' },
    {
      type: 'paragraphe',
      texte:
        'Chaque chiffre imprimé dans les documents de référence qui diffère du chiffre calculé par la plateforme, ou qui ne peut être calculé, est montré ici avec sa source, la règle du calcul et l’explication.',
      style: 'note',
    },
  ];
  if (!document.notes.length) blocs.push({ type: 'paragraphe', texte: 'Tous les chiffres déclarés concordent avec les chiffres calculés.' });
  for (const note of document.notes) {
    const calcule = note.calculee === null ? 'non calculable' : decimal(note.calculee);
    blocs.push(
      { type: 'titre', niveau: 3, texte: note.libelle, ancre: `note-${note.chiffreId}` },
      {
        type: 'tableau',
        legende: note.libelle,
        entetes: ['Imprimé', 'Calculé', 'Écart', 'Règle', 'Source'],
        lignes: [
          [
            c(note.valeurImprimee, { nombre: true }),
            c(calcule, { nombre: true, ...(note.regle ? { regle: note.regle } : {}), dossiers: note.dossiers }),
            c(note.ecart === null ? '—' : decimal(note.ecart), { nombre: true }),
            c([note.regleLibelle ?? '—', ...note.autresRegles.map((a) => `${r.regles[a.regle]?.libelle ?? a.regle} : ${decimal(a.valeur)}`)].join(' ; ')),
            c(`${note.source.document} ${note.source.localisation}`),
          ],
        ],
      },
      { type: 'paragraphe', texte: note.explication ? note.explication.texte : 'Écart non encore expliqué par la Communauté.', style: 'note' },
    );
  }
  return blocs;
}

function annexeGrille(r: RapportAnnuel): Bloc[] {
  const g = r.programmation.grille;
  if (!g.colonnes.length) return [];
  return [
    { type: 'saut-de-page' },
    { type: 'titre', niveau: 1, texte: `Annexe 1 – Grille des actions ${r.annee} par priorité`, ancre: 'annexe-grille' },
    ...g.colonnes.flatMap((col): Bloc[] => [
      {
        type: 'titre',
        niveau: 3,
        texte: `Priorité ${col.code ?? ''} : ${col.libelle}${col.retenueParAppel ? '' : ' (non retenue par l’appel à projets)'}`,
        ancre: `grille-${col.prioriteId}`,
      },
      {
        type: 'tableau',
        legende: `Priorité ${col.code ?? col.libelle}`,
        entetes: ['Sous-priorité', 'Actions'],
        lignes: [
          ...col.sousPriorites.map((s) => [
            c(`${s.code ?? ''} ${s.libelle}`.trim()),
            c(s.actions.length ? s.actions.map(action).join('\n') : '—', { dossiers: s.actions.map((a) => a.dossierId) }),
          ]),
          ...(col.sansSousPriorite.length ? [[c('Sans sous-priorité'), c(col.sansSousPriorite.map(action).join('\n'))]] : []),
        ],
      },
    ]),
    ...(g.sansPriorite.length
      ? [
          { type: 'titre' as const, niveau: 3 as const, texte: 'Actions sans priorité de la feuille de route', ancre: 'grille-sans-priorite' },
          { type: 'liste' as const, elements: g.sansPriorite.map(action) },
        ]
      : []),
  ];
}

function annexeAvis(document: DocumentRapport): Bloc[] {
  const consultation = document.consultation;
  const blocs: Bloc[] = [
    { type: 'saut-de-page' },
    { type: 'titre', niveau: 1, texte: 'Annexe 2 – Avis des communes et des conseils citoyens', ancre: 'annexe-avis' },
  ];
  if (!consultation) {
    blocs.push({
      type: 'paragraphe',
      texte: 'Le rapport n’a pas encore été soumis à la consultation des communes et des conseils citoyens (décret n° 2015-1118, article 4).',
    });
    return blocs;
  }
  blocs.push({
    type: 'paragraphe',
    texte: `Projet transmis pour avis le ${dateLongue(consultation.envoyeLe)} ; échéance le ${dateLongue(consultation.echeance)}${consultation.delaiParDefaut ? ' (délai d’un mois)' : ''}. Faute de réponse à l’échéance, l’avis est réputé favorable.${consultation.closeLe ? ` Consultation close le ${dateLongue(consultation.closeLe)}.` : ''}${consultation.interrompue ? ' Consultation interrompue par une nouvelle version.' : ''}`,
  });
  const sens = (id: string) => {
    const avis = consultation.avis.find((a) => a.destinataireId === id);
    if (avis) return `${SENS[avis.sens]} (séance du ${dateCourte(avis.seanceLe)})`;
    return consultation.avisTacites.includes(id) ? 'Réputé favorable (pas de réponse à l’échéance)' : 'En attente';
  };
  blocs.push({
    type: 'tableau',
    legende: 'Destinataires de la consultation',
    entetes: ['Destinataire', 'Type', 'Avis'],
    lignes: consultation.destinataires.map((d) => [
      c(d.nom),
      c(d.type === 'conseil_citoyen' ? 'Conseil citoyen' : d.type === 'commune' ? 'Commune' : 'Autre'),
      c(sens(d.destinataireId)),
    ]),
  });
  for (const groupe of [
    { type: 'commune', titre: 'Avis des communes du Contrat de Ville' },
    { type: 'conseil_citoyen', titre: 'Avis ou contribution des conseils citoyens' },
  ] as const) {
    blocs.push({ type: 'titre', niveau: 2, texte: groupe.titre, ancre: `avis-${groupe.type}` });
    const ids = new Set(consultation.destinataires.filter((d) => d.type === groupe.type).map((d) => d.destinataireId));
    const avis = consultation.avis.filter((a) => ids.has(a.destinataireId)).sort((a, b) => (a.seanceLe < b.seanceLe ? -1 : a.seanceLe > b.seanceLe ? 1 : 0));
    if (!avis.length) blocs.push({ type: 'paragraphe', texte: 'Aucun avis reçu.' });
    for (const a of avis) {
      blocs.push(
        { type: 'titre', niveau: 3, texte: `${a.organe} – séance du ${dateLongue(a.seanceLe)}`, ancre: `avis-${a.destinataireId}` },
        { type: 'paragraphe', texte: `${SENS[a.sens]} : « ${a.texte} »`, style: 'mise-en-avant' },
        {
          type: 'paragraphe',
          texte:
            [
              a.deliberation?.numero ? `Délibération n° ${a.deliberation.numero}` : null,
              a.deliberation?.executoireLe ? `exécutoire le ${dateLongue(a.deliberation.executoireLe)}` : null,
              a.recuLe ? `reçue le ${dateLongue(a.recuLe)}` : null,
            ]
              .filter(Boolean)
              .join(', ') || 'Délibération sans numéro.',
          style: 'source',
        },
      );
    }
  }
  return blocs;
}

function regles(r: RapportAnnuel, document: DocumentRapport): Bloc[] {
  const utilisees = [...new Set(collecter(r))].sort();
  return [
    { type: 'titre', niveau: 1, texte: 'Règles de calcul et traçabilité', ancre: 'regles' },
    {
      type: 'tableau',
      legende: 'Règles de calcul des chiffres du rapport',
      entetes: ['Règle', 'Définition'],
      lignes: utilisees.map((id) => [c(r.regles[id]?.libelle ?? id, { gras: true }), c(r.regles[id]?.description ?? '')]),
    },
    {
      type: 'paragraphe',
      texte: `Chiffres établis sur le journal des événements jusqu’à la position ${entier(r.etabliAu.position)}${r.etabliAu.asOf ? ` (état au ${dateLongue(r.etabliAu.asOf)})` : ''}.${document.etat.empreinte ? ` Empreinte SHA-256 des chiffres arrêtés : ${document.etat.empreinte}.` : ''}`,
      style: 'source',
    },
  ];
}

/** Every rule id a figure of the report names. */
function collecter(valeur: unknown): string[] {
  if (Array.isArray(valeur)) return valeur.flatMap(collecter);
  if (valeur && typeof valeur === 'object') {
    const objet = valeur as Record<string, unknown>;
    const ici = typeof objet.regle === 'string' && Array.isArray(objet.dossiers) ? [objet.regle] : [];
    return [...ici, ...Object.entries(objet).flatMap(([cle, v]) => (cle === 'regles' ? [] : collecter(v)))];
  }
  return [];
}
