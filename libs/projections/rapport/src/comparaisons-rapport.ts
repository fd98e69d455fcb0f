import { additionnerDecimaux, CLES_CHIFFRE } from '@cdv/domain-territoire';
import type { RegleComptage } from '@cdv/projections-programmation';
import { REGLES_COMPTAGE } from '@cdv/projections-programmation';
import { ecartEntre, type ChiffreDeclareVue } from '@cdv/projections-territoire';
import type { Chiffre, Comparaison, LigneTableau, RapportAnnuel } from './rapport-annuel.types';
import { chiffre, estRetenu, poids, type DossierRapport } from './regles-rapport';

/**
 * Keys of the figures a report printed (chiffres déclarés, territoire context, `sujet` and `dateReference` = the
 * year) that the assembly knows how to compute: each is set beside its computed value so that a difference is
 * shown and explained, never hidden (seed 003 §5.8). The sujet says which row: `cadre`/pilier node id,
 * `autre`/`thematique:<id>`, `autre`/financeur category, `autre`/dispositif id, `autre`/porteur group.
 */
export const CLES_RAPPORT = {
  projetsDeposes: 'rapport.projets_deposes',
  projetsRetenus: 'rapport.projets_retenus',
  projetsRetenusParPilier: 'rapport.projets_retenus_par_pilier',
  coutTotal: 'rapport.cout_total',
  partFinanceur: 'rapport.part_financeur',
  creditsEtat: 'rapport.credits_etat',
  creditsEtatParThematique: 'rapport.credits_etat_par_thematique',
  creditsEtatReussiteEducative: 'rapport.credits_etat_reussite_educative',
  porteursDeposes: 'rapport.porteurs_deposes',
  tableauProjets: 'rapport.tableau_projets',
  tableauPorteurs: 'rapport.tableau_porteurs',
  tableauDroitCommun: 'rapport.tableau_droit_commun',
  tableauCreditsSpecifiques: 'rapport.tableau_credits_specifiques',
  dispositifMontant: 'rapport.dispositif_montant',
  dispositifBeneficiaires: 'rapport.dispositif_beneficiaires',
} as const;

const GEOGRAPHIE = new Set<string>(Object.values(CLES_CHIFFRE));

/** Cents as a decimal string of euros (« 171298900 » → « 1712989.00 »). */
export function euros(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

interface Calcul {
  valeur: string | null;
  regle: string | null;
  dossiers: string[];
  bloc: string;
  /** For counts: the dossiers counted, to give the figure under every counting rule. */
  compte?: readonly DossierRapport[];
}

const depuis = (c: Chiffre | undefined, bloc: string, argent = false): Calcul =>
  c ? { valeur: argent ? euros(c.valeur) : String(c.valeur), regle: c.regle, dossiers: c.dossiers, bloc } : { valeur: null, regle: null, dossiers: [], bloc };

function ligneDuTableau(rapport: Omit<RapportAnnuel, 'comparaisons'>, sujet: ChiffreDeclareVue['sujet']): LigneTableau | undefined {
  if (sujet.type === 'cadre') return rapport.programmation.piliers.find((p) => p.cle === sujet.id);
  if (sujet.type === 'autre' && sujet.id?.startsWith('thematique:')) {
    const id = sujet.id.slice('thematique:'.length);
    return rapport.programmation.piliers.flatMap((p) => p.thematiques).find((t) => t.cle === id);
  }
  return undefined;
}

function calculer(
  cle: string,
  sujet: ChiffreDeclareVue['sujet'],
  rapport: Omit<RapportAnnuel, 'comparaisons'>,
  dossiers: readonly DossierRapport[],
): Calcul | null {
  const p = rapport.programmation;
  const retenus = dossiers.filter(estRetenu);
  const avecCompte = (c: Calcul, compte: readonly DossierRapport[]): Calcul => ({ ...c, compte });
  switch (cle) {
    case CLES_RAPPORT.projetsDeposes:
      return avecCompte(depuis(p.entete.deposes, 'programmation'), dossiers);
    case CLES_RAPPORT.projetsRetenus:
      return avecCompte(depuis(p.entete.retenus, 'programmation'), retenus);
    case CLES_RAPPORT.projetsRetenusParPilier: {
      const pilier = p.piliers.find((x) => x.cle === sujet.id);
      return avecCompte(
        depuis(pilier?.projets, 'programmation'),
        retenus.filter((d) => d.pilier?.id === sujet.id),
      );
    }
    case CLES_RAPPORT.coutTotal:
      return depuis(p.entete.coutTotalRetenus, 'programmation', true);
    case CLES_RAPPORT.partFinanceur: {
      const ligne = p.parFinanceur.lignes.find((l) => l.categorie === sujet.id);
      return ligne ? { valeur: ligne.part, regle: ligne.montant.regle, dossiers: ligne.montant.dossiers, bloc: 'financeurs' } : depuis(undefined, 'financeurs');
    }
    case CLES_RAPPORT.creditsEtat:
      return depuis(p.creditsEtat.total, 'credits-etat', true);
    case CLES_RAPPORT.creditsEtatParThematique:
      return depuis(
        p.creditsEtat.groupePar === 'thematiqueCget' ? p.creditsEtat.lignes.find((l) => l.cle === sujet.id)?.montant : undefined,
        'credits-etat',
        true,
      );
    case CLES_RAPPORT.creditsEtatReussiteEducative:
      return depuis(p.creditsEtat.dontReussiteEducative, 'credits-etat', true);
    case CLES_RAPPORT.porteursDeposes: {
      const groupe = p.porteurs.find((g) => g.groupe === sujet.id);
      return depuis(groupe?.deposes, 'porteurs');
    }
    case CLES_RAPPORT.tableauProjets: {
      const ligne = ligneDuTableau(rapport, sujet);
      const ids = new Set(ligne?.actions.map((a) => a.dossierId) ?? []);
      return avecCompte(
        depuis(ligne?.projets, 'tableaux'),
        retenus.filter((d) => ids.has(d.dossierId)),
      );
    }
    case CLES_RAPPORT.tableauPorteurs:
      return depuis(ligneDuTableau(rapport, sujet)?.porteursDistincts, 'tableaux');
    case CLES_RAPPORT.tableauDroitCommun:
      return depuis(ligneDuTableau(rapport, sujet)?.droitCommun, 'tableaux', true);
    case CLES_RAPPORT.tableauCreditsSpecifiques:
      return depuis(ligneDuTableau(rapport, sujet)?.creditsSpecifiques, 'tableaux', true);
    case CLES_RAPPORT.dispositifMontant:
      return depuis(rapport.dispositifs.find((d) => d.dispositifId === sujet.id)?.total, 'dispositifs', true);
    case CLES_RAPPORT.dispositifBeneficiaires: {
      const dispositif = rapport.dispositifs.find((d) => d.dispositifId === sujet.id);
      return dispositif
        ? { valeur: String(dispositif.beneficiairesOperations), regle: 'somme_operations_dispositif', dossiers: [], bloc: 'dispositifs' }
        : depuis(undefined, 'dispositifs');
    }
    default:
      return null;
  }
}

const negatif = (d: string) => (d.startsWith('-') ? d.slice(1) : `-${d}`);

/** Every printed figure of the year the platform can set beside a computed one, geography included. */
export function comparer(
  declares: readonly ChiffreDeclareVue[],
  rapport: Omit<RapportAnnuel, 'comparaisons'>,
  dossiers: readonly DossierRapport[],
  regle: RegleComptage,
): Comparaison[] {
  const annee = String(rapport.annee);
  const comparaisons: Comparaison[] = [];
  for (const c of declares) {
    const base = {
      chiffreId: c.chiffreId,
      cle: c.cle,
      libelle: c.libelle,
      sujet: c.sujet,
      valeurImprimee: c.valeurImprimee,
      declaree: c.valeurDeclaree,
      source: c.source,
    };
    if (GEOGRAPHIE.has(c.cle)) {
      comparaisons.push({
        ...base,
        calculee: c.valeurCalculee,
        regle: c.methode,
        dossiers: [],
        statut: c.statut,
        ecart: c.valeurCalculee !== null && c.valeurDeclaree !== null ? additionnerDecimaux([c.valeurCalculee, negatif(c.valeurDeclaree)]) : null,
        autresRegles: [],
        bloc: 'geographie',
      });
      continue;
    }
    if (c.dateReference !== annee) continue;
    const calcul = calculer(c.cle, c.sujet, rapport, dossiers);
    if (!calcul) continue;
    const ecart = ecartEntre(c.valeurDeclaree, calcul.valeur);
    comparaisons.push({
      ...base,
      calculee: calcul.valeur,
      regle: calcul.regle,
      dossiers: calcul.dossiers,
      statut: ecart === null ? 'non_calculable' : ecart ? 'ecart' : 'concorde',
      ecart: calcul.valeur !== null && c.valeurDeclaree !== null ? additionnerDecimaux([calcul.valeur, negatif(c.valeurDeclaree)]) : null,
      autresRegles: calcul.compte
        ? (Object.keys(REGLES_COMPTAGE) as RegleComptage[])
            .filter((r) => r !== regle)
            .map((r) => ({ regle: r, valeur: String(chiffre(r, calcul.compte!, (d) => poids(r, d)).valeur) }))
        : [],
      bloc: calcul.bloc,
    });
  }
  return comparaisons;
}
