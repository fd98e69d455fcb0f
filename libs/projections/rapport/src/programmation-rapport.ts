import type { Cents } from '@cdv/eventsourcing';
import { FINANCEUR_CATEGORIES, type FinanceurCategorie, type PorteurKind, type Tag } from '@cdv/domain-programmation';
import { ratioDecimal } from '@cdv/domain-territoire';
import type { RegleComptage } from '@cdv/projections-programmation';
import { normaliser } from '@cdv/projections-programmation';
import type { ActionListee, ColonneGrille, LigneTableau, RapportAnnuel, TableauPilier } from './rapport-annuel.types';
import { chiffre, comparerCodes, estRetenu, parId, poids, porteursDistincts, type DossierRapport } from './regles-rapport';

type Programmation = RapportAnnuel['programmation'];

export const LIBELLES_CATEGORIES: Record<FinanceurCategorie, string> = {
  etat_credits_specifiques: 'État – crédits spécifiques (BOP 147)',
  etat_droit_commun: 'État – droit commun',
  region: 'Région',
  departement: 'Département',
  caf: 'CAF',
  epci: 'EPCI',
  communes: 'Communes',
  autres: 'Autres (bailleurs, opérateurs…)',
};

const ASSOCIATIONS: readonly PorteurKind[] = ['association', 'conseil_citoyen'];

/** A share of `base` in %, one decimal (seed 003 prints « 35,3% »); null when the base is zero. */
export function part(montant: number, base: number): string | null {
  return ratioDecimal(String(montant), String(base), 100, 1);
}

const vote = (d: DossierRapport, filtre: (l: DossierRapport['lignes'][number]) => boolean): Cents => d.lignes.filter(filtre).reduce((s, l) => s + l.vote, 0);

/** « Titre - Commune (Porteur) », the form of the report's lists and of its Annexe 1 grid. */
export function actionListee(d: DossierRapport): ActionListee {
  return {
    dossierId: d.dossierId,
    titre: d.titre,
    lieu: d.intercommunal || d.communes.length === 0 ? 'Interco' : d.communes.map((c) => c.nom).join(', '),
    porteur: d.porteur.nom,
    nombreActions: d.nombreActions,
    sousPriorite: d.sousPriorite ? codeDe(d.sousPriorite) : null,
  };
}

/** The code of a cadre node tag (`v1.fdr.10.3` → `10.3`) when it carries one, else its label. */
function codeDe(tag: Tag): string {
  const match = /(\d+(?:\.\d+)*)$/.exec(tag.id);
  return match ? match[1] : tag.libelle;
}

const ordreActions = (a: ActionListee, b: ActionListee) =>
  comparerCodes(a.sousPriorite, b.sousPriorite) || parId(a.titre, b.titre) || parId(a.dossierId, b.dossierId);

export function assemblerProgrammation(
  dossiers: readonly DossierRapport[],
  regle: RegleComptage,
  contexte: {
    feuilleDeRoute: Array<{ noeudId: string; code: string | null; libelle: string; enfants: Array<{ noeudId: string; code: string | null; libelle: string }> }>;
    prioritesAppel: Tag[];
  },
): Programmation {
  const retenus = dossiers.filter(estRetenu);
  const w = (d: DossierRapport) => poids(regle, d);
  const coutTotalRetenus = chiffre('somme_cout_total', retenus, (d) => d.coutTotal);
  const votes = FINANCEUR_CATEGORIES.map((categorie) => {
    const montant = chiffre('somme_vote_categorie', retenus, (d) => vote(d, (l) => l.categorie === categorie));
    return { categorie, libelle: LIBELLES_CATEGORIES[categorie], montant, part: part(montant.valeur, coutTotalRetenus.valeur) };
  });
  const nonCouvert = chiffre('cout_non_couvert', retenus, (d) => Math.max(0, d.coutTotal - vote(d, () => true)));
  return {
    entete: {
      deposes: chiffre(regle, dossiers, w),
      retenus: chiffre(regle, retenus, w),
      nonRetenus: chiffre(
        regle,
        dossiers.filter((d) => d.decision === 'non_retenu'),
        w,
      ),
      ajournes: chiffre(
        regle,
        dossiers.filter((d) => d.decision === 'ajourne'),
        w,
      ),
      abandonnes: chiffre(
        regle,
        dossiers.filter((d) => d.statut === 'abandonne'),
        w,
      ),
      enInstruction: chiffre(
        regle,
        dossiers.filter((d) => d.statut === 'depose' || d.statut === 'en_instruction'),
        w,
      ),
      porteursDeposants: porteursDistincts([...dossiers]),
      porteursRetenus: porteursDistincts(retenus),
      coutTotalRetenus,
    },
    parFinanceur: { base: coutTotalRetenus, lignes: votes, nonCouvert: { montant: nonCouvert, part: part(nonCouvert.valeur, coutTotalRetenus.valeur) } },
    creditsEtat: creditsEtat(retenus),
    porteurs: porteurs(dossiers, regle),
    piliers: piliers(retenus, regle),
    grille: grille(retenus, contexte.feuilleDeRoute, contexte.prioritesAppel),
  };
}

const estBop147 = (l: DossierRapport['lignes'][number]) => l.categorie === 'etat_credits_specifiques';

function estReussiteEducative(d: DossierRapport): boolean {
  return [d.thematiqueCget, d.thematique, d.priorite, d.sousPriorite].some(
    (tag) => tag !== null && (normaliser(tag.id).replace(/[\s_-]+/g, ' ') === 'reussite educative' || normaliser(tag.libelle) === 'reussite educative'),
  );
}

/** Crédits spécifiques de l'État (BOP 147) by CGET thematic, « dont réussite éducative » (seed 003 L161–L169). */
function creditsEtat(retenus: readonly DossierRapport[]): Programmation['creditsEtat'] {
  const groupePar = retenus.some((d) => d.thematiqueCget !== null) ? 'thematiqueCget' : 'pilier';
  const groupes = new Map<string | null, { libelle: string; dossiers: DossierRapport[] }>();
  for (const d of retenus) {
    const tag = groupePar === 'thematiqueCget' ? d.thematiqueCget : d.pilier;
    const entry = groupes.get(tag?.id ?? null) ?? { libelle: tag?.libelle ?? 'Non classé', dossiers: [] };
    entry.dossiers.push(d);
    groupes.set(tag?.id ?? null, entry);
  }
  const lignes = [...groupes.entries()]
    .map(([cle, g]) => ({ cle, libelle: g.libelle, montant: chiffre('somme_vote_etat_bop147', g.dossiers, (d) => vote(d, estBop147)) }))
    .filter((l) => l.montant.valeur > 0)
    .sort((a, b) => comparerCodes(a.cle, b.cle));
  return {
    total: chiffre('somme_vote_etat_bop147', retenus, (d) => vote(d, estBop147)),
    groupePar,
    lignes,
    dontReussiteEducative: chiffre('reussite_educative', retenus.filter(estReussiteEducative), (d) => vote(d, estBop147)),
  };
}

/** The porteurs table (seed 003 L173–L260): associations (conseils citoyens included) and institutions, deposited and retained. */
function porteurs(dossiers: readonly DossierRapport[], regle: RegleComptage): Programmation['porteurs'] {
  const groupe = (kind: PorteurKind) => (ASSOCIATIONS.includes(kind) ? 'associations' : kind === 'autre' ? 'autres' : 'institutions');
  const libelles = { associations: 'Les associations', institutions: 'Les institutions', autres: 'Autres porteurs' } as const;
  const w = (d: DossierRapport) => poids(regle, d);
  return (['associations', 'institutions', 'autres'] as const)
    .map((g) => {
      const membres = dossiers.filter((d) => groupe(d.porteur.kind) === g);
      const parPorteur = new Map<string, DossierRapport[]>();
      for (const d of membres) parPorteur.set(d.porteur.id, [...(parPorteur.get(d.porteur.id) ?? []), d]);
      const lignes = [...parPorteur.entries()]
        .map(([porteurId, ds]) => ({
          porteurId,
          nom: ds[0].porteur.nom,
          kind: ds[0].porteur.kind,
          deposes: chiffre(regle, ds, w),
          retenus: chiffre(regle, ds.filter(estRetenu), w),
        }))
        .sort((a, b) => parId(normaliser(a.nom), normaliser(b.nom)) || parId(a.porteurId, b.porteurId));
      return { groupe: g, libelle: libelles[g], deposes: chiffre(regle, membres, w), retenus: chiffre(regle, membres.filter(estRetenu), w), lignes };
    })
    .filter((g) => g.lignes.length > 0);
}

function ligne(cle: string | null, libelle: string, dossiers: readonly DossierRapport[], regle: RegleComptage): LigneTableau {
  return {
    cle,
    libelle,
    projets: chiffre(regle, dossiers, (d) => poids(regle, d)),
    porteursDistincts: porteursDistincts(dossiers),
    droitCommun: chiffre('somme_vote_droit_commun', dossiers, (d) => d.totauxParNature.droit_commun.vote),
    creditsSpecifiques: chiffre('somme_vote_credits_specifiques', dossiers, (d) => d.totauxParNature.credits_specifiques.vote),
    coutTotal: chiffre('somme_cout_total', dossiers, (d) => d.coutTotal),
    actions: dossiers.map(actionListee).sort(ordreActions),
  };
}

function grouper(
  dossiers: readonly DossierRapport[],
  tag: (d: DossierRapport) => Tag | null,
): Array<{ cle: string | null; libelle: string; dossiers: DossierRapport[] }> {
  const groupes = new Map<string | null, { libelle: string; dossiers: DossierRapport[] }>();
  for (const d of dossiers) {
    const t = tag(d);
    const entry = groupes.get(t?.id ?? null) ?? { libelle: t?.libelle ?? 'Non classé', dossiers: [] };
    entry.dossiers.push(d);
    groupes.set(t?.id ?? null, entry);
  }
  return [...groupes.entries()].map(([cle, g]) => ({ cle, ...g })).sort((a, b) => comparerCodes(a.cle, b.cle));
}

/** Section 3's tables: per pilier, then per thématique inside it (seed 003 L513–L811). */
function piliers(retenus: readonly DossierRapport[], regle: RegleComptage): TableauPilier[] {
  return grouper(retenus, (d) => d.pilier).map((p) => ({
    ...ligne(p.cle, p.libelle, p.dossiers, regle),
    // a pilier whose dossiers carry no thématique has no sub-table (Emploi, Cadre de vie in seed 003)
    thematiques: p.dossiers.some((d) => d.thematique !== null)
      ? grouper(p.dossiers, (d) => d.thematique).map((t) => ligne(t.cle, t.libelle, t.dossiers, regle))
      : [],
  }));
}

/** Annexe 1: priorités × sous-priorités of the feuille de route, each cell the actions classed there (seed 003 L823–L842). */
function grille(
  retenus: readonly DossierRapport[],
  feuille: Array<{ noeudId: string; code: string | null; libelle: string; enfants: Array<{ noeudId: string; code: string | null; libelle: string }> }>,
  prioritesAppel: Tag[],
): Programmation['grille'] {
  const places = new Set<string>();
  const colonnes: ColonneGrille[] = feuille.map((priorite) => {
    const dansPriorite = retenus.filter((d) => d.priorite?.id === priorite.noeudId);
    const sousPriorites = priorite.enfants.map((sous) => {
      const actions = dansPriorite.filter((d) => d.sousPriorite?.id === sous.noeudId);
      actions.forEach((d) => places.add(d.dossierId));
      return { id: sous.noeudId, code: sous.code, libelle: sous.libelle, actions: actions.map(actionListee).sort(ordreActions) };
    });
    const sansSous = dansPriorite.filter((d) => !places.has(d.dossierId));
    sansSous.forEach((d) => places.add(d.dossierId));
    return {
      prioriteId: priorite.noeudId,
      code: priorite.code,
      libelle: priorite.libelle,
      retenueParAppel: prioritesAppel.some((p) => p.id === priorite.noeudId),
      sousPriorites,
      sansSousPriorite: sansSous.map(actionListee).sort(ordreActions),
    };
  });
  return {
    colonnes,
    sansPriorite: retenus
      .filter((d) => !places.has(d.dossierId))
      .map(actionListee)
      .sort(ordreActions),
  };
}
