import type { SectionRapport } from '@cdv/domain-rapport';
import {
  documentDeVersion,
  REGLES_RAPPORT,
  type ActionListee,
  type Chiffre,
  type DocumentRapport,
  type LigneTableau,
  type NoeudCadre,
  type RapportAnnuel as Assemble,
  type RapportDocument,
  type TableauPilier,
} from '@cdv/projections-rapport';
import type {
  RapportAction,
  RapportAnnuel,
  RapportChiffre,
  RapportChiffres,
  RapportLigneTableau,
  RapportNoeudCadre,
  RapportSection,
  RapportTableauPilier,
  RapportVersion,
} from './rapport.types';

/**
 * The rules whose figures are amounts (cents); every other rule counts (projects, porteurs, dossiers, people). A
 * test checks that each rule of REGLES_RAPPORT is classed here, so a new rule cannot be shown in the wrong unit.
 */
export const REGLES_MONETAIRES: ReadonlySet<string> = new Set([
  'somme_cout_total',
  'somme_vote_droit_commun',
  'somme_vote_credits_specifiques',
  'somme_vote_categorie',
  'cout_non_couvert',
  'somme_vote_etat_bop147',
  'reussite_educative',
  'somme_vote_dispositif',
  'somme_operations_dispositif',
]);

export const REGLES_DE_COMPTE: ReadonlySet<string> = new Set(Object.keys(REGLES_RAPPORT).filter((regle) => !REGLES_MONETAIRES.has(regle)));

export function chiffre(c: Chiffre): RapportChiffre {
  const monetaire = REGLES_MONETAIRES.has(c.regle);
  return { nombre: monetaire ? null : c.valeur, montant: monetaire ? c.valeur : null, regle: c.regle, dossiers: c.dossiers };
}

const action = (a: ActionListee & { montant?: number }): RapportAction => ({ ...a, montant: a.montant ?? null });

function ligne(l: LigneTableau): RapportLigneTableau {
  return {
    cle: l.cle,
    libelle: l.libelle,
    projets: chiffre(l.projets),
    porteursDistincts: chiffre(l.porteursDistincts),
    droitCommun: chiffre(l.droitCommun),
    creditsSpecifiques: chiffre(l.creditsSpecifiques),
    coutTotal: chiffre(l.coutTotal),
    actions: l.actions.map(action),
  };
}

const pilier = (p: TableauPilier): RapportTableauPilier => ({ ...ligne(p), thematiques: p.thematiques.map(ligne) });

function aplatir(noeuds: readonly NoeudCadre[], parentId: string | null = null): RapportNoeudCadre[] {
  return noeuds.flatMap((n) => [{ noeudId: n.noeudId, parentId, code: n.code, libelle: n.libelle, niveau: n.niveau }, ...aplatir(n.enfants, n.noeudId)]);
}

export function chiffresDuRapport(r: Assemble): RapportChiffres {
  const p = r.programmation;
  const e = p.entete;
  return {
    format: r.format,
    position: r.etabliAu.position,
    asOf: r.etabliAu.asOf,
    regleComptage: r.regleComptage,
    regles: Object.entries(r.regles).map(([id, regle]) => ({ id, ...regle })),
    territoire: r.territoire,
    geographie: r.geographie,
    cadreStrategique: r.cadreStrategique && {
      ...r.cadreStrategique,
      dimensions: r.cadreStrategique.dimensions.map((d) => ({ ...d, noeuds: aplatir(d.noeuds) })),
      prioritesAppel: r.cadreStrategique.prioritesAppel.map((t) => ({ id: t.id, libelle: t.libelle })),
    },
    programmation: {
      entete: {
        deposes: chiffre(e.deposes),
        retenus: chiffre(e.retenus),
        nonRetenus: chiffre(e.nonRetenus),
        ajournes: chiffre(e.ajournes),
        abandonnes: chiffre(e.abandonnes),
        enInstruction: chiffre(e.enInstruction),
        porteursDeposants: chiffre(e.porteursDeposants),
        porteursRetenus: chiffre(e.porteursRetenus),
        coutTotalRetenus: chiffre(e.coutTotalRetenus),
      },
      parFinanceur: {
        base: chiffre(p.parFinanceur.base),
        lignes: p.parFinanceur.lignes.map((l) => ({ ...l, montant: chiffre(l.montant) })),
        nonCouvert: { montant: chiffre(p.parFinanceur.nonCouvert.montant), part: p.parFinanceur.nonCouvert.part },
      },
      creditsEtat: {
        total: chiffre(p.creditsEtat.total),
        groupePar: p.creditsEtat.groupePar,
        lignes: p.creditsEtat.lignes.map((l) => ({ ...l, montant: chiffre(l.montant) })),
        dontReussiteEducative: chiffre(p.creditsEtat.dontReussiteEducative),
      },
      porteurs: p.porteurs.map((g) => ({
        ...g,
        deposes: chiffre(g.deposes),
        retenus: chiffre(g.retenus),
        lignes: g.lignes.map((l) => ({ ...l, deposes: chiffre(l.deposes), retenus: chiffre(l.retenus) })),
      })),
      piliers: p.piliers.map(pilier),
      grille: {
        colonnes: p.grille.colonnes.map((c) => ({
          ...c,
          sousPriorites: c.sousPriorites.map((s) => ({ ...s, actions: s.actions.map(action) })),
          sansSousPriorite: c.sansSousPriorite.map(action),
        })),
        sansPriorite: p.grille.sansPriorite.map(action),
      },
    },
    dispositifs: r.dispositifs.map((d) => ({
      ...d,
      lignes: { montant: chiffre(d.lignes.montant), actions: d.lignes.actions.map(action) },
      total: chiffre(d.total),
    })),
    beneficiaires: {
      dossiersAvecBilan: chiffre(r.beneficiaires.dossiersAvecBilan),
      dossiersSansBilan: chiffre(r.beneficiaires.dossiersSansBilan),
      total: chiffre(r.beneficiaires.total),
      femmes: chiffre(r.beneficiaires.femmes),
      hommes: chiffre(r.beneficiaires.hommes),
      nonRenseigne: chiffre(r.beneficiaires.nonRenseigne),
      residentsQpv: chiffre(r.beneficiaires.residentsQpv),
      parTrancheAge: r.beneficiaires.parTrancheAge.map((t) => ({ tranche: t.tranche, nombre: chiffre(t.nombre) })),
    },
    indicateurs: r.indicateurs,
    engagements: r.engagements,
  };
}

export function section(s: SectionRapport): RapportSection {
  return {
    sectionId: s.sectionId,
    titre: s.titre,
    texte: s.texte,
    ordre: s.ordre,
    chiffreId: s.chiffreId,
    provenance: s.provenance.type,
    source: s.provenance.type === 'document' ? `${s.provenance.document}, ${s.provenance.lignes}` : null,
  };
}

function versions(cycle: RapportDocument | null): RapportVersion[] {
  if (!cycle) return [];
  return cycle.versions.map((v) => ({
    version: v.version,
    statut: documentDeVersion(cycle, v.version).etat.statut,
    arreteAu: v.arreteAu,
    arreteLe: v.arreteLe,
    position: v.position,
    empreinte: v.empreinte,
    enregistreLe: v.enregistreLe,
    reason: v.motif,
  }));
}

/** The GraphQL answer: the document shown (a version's frozen figures or the projet), the life cycle beside it. */
export function rapportAnnuel(annee: number, document: DocumentRapport, cycle: RapportDocument | null): RapportAnnuel {
  return {
    annee,
    statutCycle: cycle?.statut ?? 'brouillon',
    revision: cycle?.revision ?? -1,
    versionCourante: cycle?.versionCourante ?? 0,
    etat: document.etat,
    chiffres: chiffresDuRapport(document.rapport),
    sections: document.sections.map(section),
    notes: document.notes.map((n) => ({ ...n, explication: n.explication && section(n.explication) })),
    consultation: document.consultation && {
      ...document.consultation,
      destinataires: document.consultation.destinataires.map(({ insee, ...d }) => ({ ...d, codeInsee: insee })),
    },
    brouillon: (cycle?.brouillon ?? []).map(section),
    versions: versions(cycle),
  };
}
