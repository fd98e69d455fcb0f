import type { Tag } from '@cdv/domain-programmation';
import type {
  CadreStrategiqueDocument,
  EngagementDocument,
  IndicateurDocument,
  NoeudArbre,
  QpvDocument,
  TerritoireDocument,
} from '@cdv/projections-territoire';
import { arbre } from '@cdv/projections-territoire';
import type { Cible } from '@cdv/domain-territoire';
import { additionnerDecimaux, comparerDecimaux, ratioDecimal } from '@cdv/domain-territoire';
import type { NoeudCadre, RapportAnnuel } from './rapport-annuel.types';
import { comparerCodes, estRetenu, parId, type DossierRapport } from './regles-rapport';

/** Geography: counts stated beside computed (territoire read model), the quartiers, the QPV-vs-EPCI statistics. */
export function assemblerGeographie(territoire: TerritoireDocument | null, qpvs: readonly QpvDocument[]): RapportAnnuel['geographie'] {
  const comptes = territoire
    ? (
        [
          ['communes', 'Communes du territoire', territoire.comptes.communes],
          ['qpv', 'Quartiers prioritaires (QPV)', territoire.comptes.qpv],
          ['communes_avec_qpv', 'Communes comptant un QPV', territoire.comptes.communesAvecQpv],
          ['quartiers_interet_communautaire', "Quartiers d'intérêt communautaire", territoire.comptes.quartiersInteretCommunautaire],
          ['quartiers_veille_active', 'Quartiers de veille active', territoire.comptes.quartiersVeilleActive],
          ['population', 'Population du territoire', territoire.population],
          ['population_qpv', 'Population des QPV', territoire.populationQpv],
          ['part_population_qpv', 'Part de la population en QPV (%)', territoire.partPopulationQpv],
        ] as const
      ).map(([cle, libelle, v]) => ({
        cle,
        libelle,
        calculee: v.calculee,
        methode: v.methode,
        declaree: v.declaree,
        declareeImprimee: v.declareeImprimee,
        source: v.source ? `${v.source.document} ${v.source.localisation}` : null,
        ecart: v.ecart,
      }))
    : [];
  const quartiers = [...qpvs]
    .sort((a, b) => parId(a.categorie, b.categorie) || parId(a.nom, b.nom))
    .map((q) => ({
      qpvId: q.qpvId,
      categorie: q.categorie,
      code: q.code,
      nom: q.nom,
      generation: q.generation,
      communes: q.communes.map((c) => c.nom),
      population: q.statistiques.find((s) => s.indicateur === 'population')?.valeur ?? null,
      statut: q.statut,
    }));
  const statistiques = [
    ...(territoire?.statistiques ?? []).map((s) => ({ s, quartier: null as string | null })),
    ...qpvs.flatMap((q) => q.statistiques.map((s) => ({ s, quartier: q.nom as string | null }))),
  ].map(({ s, quartier }) => ({
    libelle: s.libelle,
    perimetre: s.perimetre,
    quartier,
    valeurImprimee: s.valeurImprimee,
    valeur: s.valeur,
    source: s.source,
    millesime: s.millesime,
  }));
  return { comptes, quartiers, statistiques };
}

function noeud(n: NoeudArbre): NoeudCadre {
  return { noeudId: n.noeudId, code: n.code, libelle: n.libelleAffiche ?? n.libelle, niveau: n.niveauLibelle, enfants: n.sousNoeuds.map(noeud) };
}

/** The cadre stratégique in force (piliers → orientations → objectifs, axes transversaux, feuille de route). */
export function assemblerCadre(cadres: readonly CadreStrategiqueDocument[], prioritesAppel: Tag[]): RapportAnnuel['cadreStrategique'] {
  const cadre = [...cadres].filter((c) => c.statut === 'courante').sort((a, b) => parId(a._id, b._id))[0];
  if (!cadre) return null;
  return {
    intitule: cadre.intitule,
    version: cadre.version,
    validations: cadre.validations.map((v) => ({ instance: v.instance, date: v.date ?? null })),
    dimensions: cadre.dimensions.map((d) => ({ code: d.code, libelle: d.libelle, niveaux: d.niveaux, noeuds: arbre(cadre, d.code).map(noeud) })),
    prioritesAppel,
  };
}

/** The feuille de route as the Annexe 1 grid needs it: the roots and children of the dimension whose nodes the dossiers' priorités name. */
export function feuilleDeRoute(cadres: readonly CadreStrategiqueDocument[], dossiers: readonly DossierRapport[]) {
  const ids = new Set(dossiers.map((d) => d.priorite?.id).filter((id): id is string => !!id));
  for (const cadre of [...cadres].sort((a, b) => parId(a._id, b._id))) {
    for (const dimension of cadre.dimensions) {
      const racines = arbre(cadre, dimension.code);
      if (racines.some((r) => ids.has(r.noeudId)) || (ids.size === 0 && cadre.statut === 'courante' && /feuille|priorit/.test(dimension.code))) {
        return racines.map((r) => ({
          noeudId: r.noeudId,
          code: r.code,
          libelle: r.libelleAffiche ?? r.libelle,
          enfants: r.sousNoeuds.map((s) => ({ noeudId: s.noeudId, code: s.code, libelle: s.libelleAffiche ?? s.libelle })),
        }));
      }
    }
  }
  return [];
}

/** Beneficiaries from the bilans of the retained dossiers: by sex, age band and QPV residence (the « données sexuées »). */
export function assemblerBeneficiaires(dossiers: readonly DossierRapport[]): RapportAnnuel['beneficiaires'] {
  const retenus = dossiers.filter(estRetenu);
  const avec = retenus.filter((d) => d.bilan !== null);
  const somme = (mesure: (b: NonNullable<DossierRapport['bilan']>['beneficiaires']) => number) => {
    const ids = avec.filter((d) => mesure(d.bilan!.beneficiaires) > 0).map((d) => d.dossierId);
    return { valeur: avec.reduce((s, d) => s + mesure(d.bilan!.beneficiaires), 0), regle: 'somme_bilans', dossiers: ids.sort(parId) };
  };
  const tranches = [...new Set(avec.flatMap((d) => d.bilan!.beneficiaires.parTrancheAge.map((t) => t.tranche)))].sort(comparerCodes);
  return {
    dossiersAvecBilan: { valeur: avec.length, regle: 'dossiers_avec_bilan', dossiers: avec.map((d) => d.dossierId).sort(parId) },
    dossiersSansBilan: {
      valeur: retenus.length - avec.length,
      regle: 'dossiers_sans_bilan',
      dossiers: retenus
        .filter((d) => d.bilan === null)
        .map((d) => d.dossierId)
        .sort(parId),
    },
    total: somme((b) => b.total),
    femmes: somme((b) => b.femmes),
    hommes: somme((b) => b.hommes),
    nonRenseigne: somme((b) => b.nonRenseigne),
    residentsQpv: somme((b) => b.residentsQpv),
    parTrancheAge: tranches.map((tranche) => ({
      tranche,
      nombre: somme((b) => b.parTrancheAge.filter((t) => t.tranche === tranche).reduce((s, t) => s + t.nombre, 0)),
    })),
  };
}

function cibleImprimee(cible: Cible): string | null {
  switch (cible.type) {
    case 'valeur':
      return cible.valeur;
    case 'intervalle':
      return `${cible.min} à ${cible.max}`;
    case 'a_definir':
      return 'à définir';
    case 'texte':
      return cible.texte;
  }
}

/**
 * Indicators: for each year, the value (declared for the territory, else rolled up from the bilans) against its
 * target, the rate and the trend. An indicator with no value reads « non renseigné » (seed 003 §9.30).
 */
export function assemblerIndicateurs(
  indicateurs: readonly IndicateurDocument[],
  dossiers: readonly DossierRapport[],
  annee: number,
): RapportAnnuel['indicateurs'] {
  const retenus = dossiers.filter(estRetenu);
  return [...indicateurs]
    .filter((i) => i.defini)
    .sort((a, b) => comparerCodes(a._id, b._id))
    .map((indicateur) => {
      const bilans = retenus.filter((d) => d.indicateurs.some((v) => v.indicateurId === indicateur._id));
      const rollUp = bilans.length
        ? {
            somme: additionnerDecimaux(bilans.flatMap((d) => d.indicateurs.filter((v) => v.indicateurId === indicateur._id).map((v) => String(v.valeur)))),
            dossiers: bilans.map((d) => d.dossierId).sort(parId),
          }
        : null;
      const declarees = new Map<number, string>();
      for (const v of indicateur.valeurs) {
        if (v.annee !== null && v.valeur !== null && v.ventilation === null && v.engagementId === null) declarees.set(v.annee, v.valeur);
      }
      const cibles = new Map<number, string>();
      for (const c of indicateur.cibles) {
        if (c.annee !== null && c.ventilation === null && c.cible.type === 'valeur') cibles.set(c.annee, c.cible.valeur);
      }
      const annees = [...new Set<number>([...declarees.keys(), ...cibles.keys(), ...(rollUp ? [annee] : [])])].sort((a, b) => a - b);
      let precedente: string | null = null;
      const lignes = annees.map((a) => {
        const valeur = declarees.get(a) ?? (a === annee && rollUp ? rollUp.somme : null);
        const cible = cibles.get(a) ?? null;
        const tendance: 'hausse' | 'baisse' | 'stable' | null =
          valeur === null || precedente === null ? null : (['baisse', 'stable', 'hausse'] as const)[comparerDecimaux(valeur, precedente) + 1];
        if (valeur !== null) precedente = valeur;
        return {
          annee: a,
          valeur,
          origine: declarees.has(a) ? ('declaree' as const) : valeur !== null ? ('bilans' as const) : null,
          cible,
          taux: valeur !== null && cible !== null ? ratioDecimal(valeur, cible, 100, 1) : null,
          tendance,
        };
      });
      return {
        indicateurId: indicateur._id,
        libelle: indicateur.libelle ?? indicateur._id,
        unite: indicateur.unite,
        rattachement: indicateur.noeuds.map((n) => n.noeudId).join(', ') || null,
        renseigne: lignes.some((l) => l.valeur !== null),
        annees: lignes,
        bilans: rollUp,
      };
    });
}

export function assemblerEngagements(engagements: readonly EngagementDocument[]): RapportAnnuel['engagements'] {
  return [...engagements]
    .sort((a, b) => parId(a.engagementId, b.engagementId))
    .map((e) => ({
      engagementId: e.engagementId,
      objectif: e.objectif,
      priorite: e.priorite,
      responsables: e.responsables.map((r) => r.libelle),
      statut: e.statut,
      echeance: e.echeance,
      cibles: e.cibles
        .map((c) => ({ indicateurId: c.indicateurId, annee: c.annee, cible: cibleImprimee(c.cible) }))
        .filter((c): c is { indicateurId: string; annee: number | null; cible: string } => c.cible !== null),
    }));
}
