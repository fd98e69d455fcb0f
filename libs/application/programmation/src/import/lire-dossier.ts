import { euros, isCalendarDate, type Cents } from '@cdv/eventsourcing';
import type { AppelLu, Classement, CommuneRef, Perimetre, QpvRef } from '@cdv/domain-programmation';
import { normaliser } from '@cdv/projections-programmation';
import { COLONNES, type Colonne } from './colonnes';
import type { DecisionImport, LigneDuFichier, LigneLue, PartenaireConnu, ReferentielImport } from './import-programmation.types';
import { lireMontant } from './montants';
import type { ProblemesImport } from './problemes-import';
import type { Resolveur } from './resolveur-import';
import type { TableauImport } from './tableau-import';
import { idDeLibelle, lireCategorie, lireModalite, lireNature, liste } from './valeurs-import';

/** What the rows of one dossier say, once read and checked: what the commands are planned from. */
export interface DossierLu {
  annee: number;
  reference: string;
  /** The file's lines of the dossier. */
  lines: number[];
  /** Its first line. */
  premiere: number;
  porteur: PartenaireConnu;
  titre: string;
  description: string;
  publics: string[];
  perimetre: Perimetre;
  qpv: QpvRef[];
  classement: Classement;
  coutTotal: Cents;
  dateDebut: string;
  dateFin: string;
  dateDepot: string | undefined;
  dateDecision: string | undefined;
  nombreActions: number;
  serie?: { id: string; rang: number };
  decision: DecisionImport | undefined;
  /** The line of the decision's cell. */
  ligneDecision: number;
  lignes: LigneLue[];
  appel: AppelLu;
}

/** What reading a dossier needs besides its rows: the table, the référentiel and the problems found so far. */
export interface LectureImport {
  tableau: TableauImport;
  resolveur: Resolveur;
  referentiel: ReferentielImport;
  appels: Readonly<Record<number, AppelLu>>;
  problemes: ProblemesImport;
}

/**
 * Reads one dossier's rows: each dossier-level value from the first cell that gives it (another row saying
 * otherwise is an error), its financeur lines, then the checks across lines. Every problem goes to the
 * collector; null when the dossier has an error.
 */
export function lireDossier(lecture: LectureImport, annee: number, reference: string, rows: readonly LigneDuFichier[]): DossierLu | null {
  const { tableau, resolveur, referentiel, problemes } = lecture;
  const { erreur, avertissement, errors } = problemes;
  const cell = tableau.cell;
  const before = errors.length;
  const premiere = rows[0].row;

  /** A dossier-level value: the first non-empty cell; another row saying otherwise is an error. */
  const valeur = (colonne: Colonne): { value: string; row: number } => {
    let found: { value: string; row: number } | null = null;
    for (const { row, cells } of rows) {
      const value = cell(cells, colonne);
      if (!value) continue;
      if (!found) found = { value, row };
      else if (normaliser(value) !== normaliser(found.value)) {
        erreur(row, colonne, 'INCONSISTENT_DOSSIER', `dossier ${reference}: « ${value} » here, « ${found.value} » on line ${found.row}`, value);
      }
    }
    return found ?? { value: '', row: premiere };
  };

  const titre = valeur('titre');
  if (!titre.value) erreur(premiere, 'titre', 'MISSING_VALUE', `dossier ${reference} has no title`);

  const porteurCell = valeur('porteur');
  const siret = valeur('porteur_siret');
  let porteur: PartenaireConnu | undefined;
  if (!porteurCell.value && !siret.value) erreur(premiere, 'porteur', 'PORTEUR_MISSING', `dossier ${reference} has no porteur`);
  else {
    porteur = (siret.value ? resolveur.partenaire(siret.value) : undefined) ?? (porteurCell.value ? resolveur.partenaire(porteurCell.value) : undefined);
    if (!porteur)
      erreur(
        porteurCell.row,
        'porteur',
        'PORTEUR_UNKNOWN',
        `porteur « ${porteurCell.value || siret.value} » is not in the référentiel`,
        porteurCell.value || siret.value,
      );
    else if (porteur.porteur === false)
      erreur(
        porteurCell.row,
        'porteur',
        'PORTEUR_NOT_PORTEUR',
        `« ${porteur.nom} » is not a porteur in the référentiel (a financeur only): give it the porteur role first`,
        porteurCell.value || siret.value,
      );
  }

  const coutCell = valeur('cout_total');
  const coutTotal = montant(coutCell.value, coutCell.row, 'cout_total', true);

  const perimetre = lirePerimetre(valeur('communes'));
  const qpv = lireQpv(valeur('qpv'));
  const classement = lireClassement();
  const [dateDebut, dateFin] = lireDates();
  const dateDepot = lireDate(valeur('date_depot'), 'date_depot');
  const dateDecision = lireDate(valeur('date_decision'), 'date_decision');
  const nombreActionsCell = valeur('nombre_actions');
  const nombreActions = nombreActionsCell.value ? Number(nombreActionsCell.value) : 1;
  if (!Number.isInteger(nombreActions) || nombreActions < 1)
    erreur(nombreActionsCell.row, 'nombre_actions', 'MISSING_VALUE', `« ${nombreActionsCell.value} » is not a number of actions`, nombreActionsCell.value);
  const serie = lireSerie();
  const decisionCell = valeur('decision');
  const decision = lireDecision(decisionCell);

  const lignes: LigneLue[] = [];
  for (const { row, cells } of rows) {
    const ligne = lireLigne(row, cells);
    if (!ligne) continue;
    if (lignes.some((l) => l.financeur.id === ligne.financeur.id && l.nature === ligne.nature)) {
      erreur(row, 'financeur', 'DUPLICATE_LINE', `dossier ${reference} has two ${ligne.nature} lines for ${ligne.financeur.nom}`);
      continue;
    }
    lignes.push(ligne);
  }
  const totalDemande = lignes.reduce((sum, l) => sum + l.demande, 0);
  if (coutTotal !== undefined && totalDemande > coutTotal) {
    erreur(premiere, 'montant_demande', 'SUM_EXCEEDS_COST', `dossier ${reference}: ${euros(totalDemande)} asked for a total cost of ${euros(coutTotal)}`);
  }
  const votes = lignes.filter((l) => (l.vote ?? 0) > 0);
  if (decision === 'retenu' && !votes.length)
    erreur(decisionCell.row, 'decision', 'DECISION_INCONSISTENT', `dossier ${reference} is retenu without any voted amount`);
  if ((decision === 'non_retenu' || decision === 'ajourne') && votes.length)
    erreur(decisionCell.row, 'decision', 'DECISION_INCONSISTENT', `dossier ${reference} is ${decision} but has voted amounts`);
  const appel = lecture.appels[annee];
  if (!appel || appel.statut === 'inexistant') erreur(premiere, 'annee', 'APPEL_UNKNOWN', `there is no appel à projets ${annee} to deposit into`);

  if (errors.length > before || !porteur || coutTotal === undefined || !appel) return null;
  const description = valeur('description').value;
  const publics = liste(valeur('publics').value);
  return {
    annee,
    reference,
    lines: rows.map((r) => r.row),
    premiere,
    porteur,
    titre: titre.value,
    description,
    publics,
    perimetre,
    qpv,
    classement,
    coutTotal,
    dateDebut,
    dateFin,
    dateDepot,
    dateDecision,
    nombreActions,
    ...(serie ? { serie } : {}),
    decision,
    ligneDecision: decisionCell.row,
    lignes,
    appel,
  };

  // ── Readers (closures over this dossier's rows) ──

  function montant(text: string, row: number, colonne: Colonne, obligatoire: boolean): Cents | undefined {
    if (!text) {
      if (obligatoire) erreur(row, colonne, 'MISSING_VALUE', `« ${COLONNES[colonne].libelle} » is empty`);
      return undefined;
    }
    const lu = lireMontant(text);
    if (!lu.ok) {
      erreur(row, colonne, lu.code, lu.message, text);
      return undefined;
    }
    if (lu.avertissement) avertissement(row, colonne, 'AMOUNT_READ_AS_THOUSANDS', lu.avertissement);
    return lu.cents;
  }

  function lireLigne(row: number, cells: readonly string[]): LigneLue | null {
    const before = errors.length;
    const nom = cell(cells, 'financeur');
    if (!nom) {
      erreur(row, 'financeur', 'MISSING_VALUE', 'the row names no financeur');
      return null;
    }
    const partenaire = resolveur.partenaire(nom);
    if (!partenaire) erreur(row, 'financeur', 'FINANCEUR_UNKNOWN', `financeur « ${nom} » is not in the référentiel`, nom);
    const categorieTexte = cell(cells, 'categorie_financeur');
    const categorie = categorieTexte ? lireCategorie(categorieTexte) : partenaire?.categorieFinanceur;
    if (partenaire && !categorie)
      erreur(
        row,
        'categorie_financeur',
        'FINANCEUR_CATEGORY_MISSING',
        categorieTexte
          ? `unknown financeur category « ${categorieTexte} »`
          : `the category of « ${nom} » is not known: add a « Catégorie du financeur » column`,
        categorieTexte,
      );
    const natureTexte = cell(cells, 'nature');
    const nature = natureTexte
      ? lireNature(natureTexte)
      : categorie === 'etat_credits_specifiques'
        ? 'credits_specifiques'
        : categorie === 'etat_droit_commun'
          ? 'droit_commun'
          : undefined;
    if (!nature && categorie)
      erreur(
        row,
        'nature',
        'NATURE_UNKNOWN',
        natureTexte
          ? `« ${natureTexte} » is neither crédits spécifiques nor droit commun`
          : `say whether « ${nom} » funds on crédits spécifiques or droit commun`,
        natureTexte,
      );
    const demandeTexte = cell(cells, 'montant_demande');
    const enNature = lireModalite(demandeTexte);
    const demande = enNature ? 0 : montant(demandeTexte, row, 'montant_demande', true);
    const proposeTexte = cell(cells, 'montant_propose');
    const voteTexte = cell(cells, 'montant_vote');
    const propose = proposeTexte ? montant(proposeTexte, row, 'montant_propose', false) : undefined;
    const vote = voteTexte ? (enNature && lireModalite(voteTexte) ? 0 : montant(voteTexte, row, 'montant_vote', false)) : undefined;
    if (vote !== undefined && demande !== undefined && vote > demande)
      erreur(row, 'montant_vote', 'AMOUNT_INVALID', `voted ${vote / 100} € is more than the ${demande / 100} € asked`, voteTexte);
    const dispositifTexte = cell(cells, 'dispositif');
    if (errors.length > before || !partenaire || !categorie || !nature || demande === undefined) return null;
    return {
      row,
      financeur: { id: partenaire.id, nom: partenaire.nom, categorie },
      nature,
      modalite: enNature ?? 'numeraire',
      ...(dispositifTexte ? { dispositif: resolveur.dispositif(dispositifTexte) } : {}),
      demande,
      ...(propose !== undefined ? { propose } : {}),
      ...(vote !== undefined ? { vote } : {}),
    };
  }

  function lirePerimetre(cellule: { value: string; row: number }): Perimetre {
    if (!cellule.value) {
      avertissement(cellule.row, 'communes', 'NO_PERIMETRE', `dossier ${reference} names no commune: imported as intercommunal`);
      return { type: 'intercommunal' };
    }
    if (/^(interco|intercommunal|intercommunalite|agglomeration|toutes les communes)$/.test(normaliser(cellule.value))) return { type: 'intercommunal' };
    const communes: CommuneRef[] = [];
    for (const nom of liste(cellule.value)) {
      const commune = resolveur.commune(nom);
      if (!commune && resolveur.communeSansCode(nom)) {
        erreur(
          cellule.row,
          'communes',
          'COMMUNE_UNKNOWN',
          `« ${nom} » is a commune of the territory, but the référentiel has no INSEE code for it: write its INSEE code instead`,
          nom,
        );
      } else if (!commune) erreur(cellule.row, 'communes', 'COMMUNE_UNKNOWN', `« ${nom} » is neither an INSEE code nor a commune of the territory`, nom);
      else if (!communes.some((c) => c.insee === commune.insee)) communes.push(commune);
    }
    return { type: 'communes', communes };
  }

  function lireQpv(cellule: { value: string; row: number }): QpvRef[] {
    const qpv: QpvRef[] = [];
    for (const nom of liste(cellule.value)) {
      const connu = resolveur.qpv(nom);
      if (!connu) erreur(cellule.row, 'qpv', 'QPV_UNKNOWN', `QPV « ${nom} » is not in the référentiel`, nom);
      else if (!qpv.some((q) => q.id === connu.id)) qpv.push({ id: connu.id, nom: connu.nom, ...(connu.code ? { code: connu.code } : {}) });
    }
    return qpv;
  }

  function lireClassement(): Classement {
    const classement: Classement = {};
    const dimensions = [
      ['pilier', 'pilier'],
      ['orientation', 'orientation'],
      ['objectif', 'objectif'],
      ['priorite', 'priorite'],
      ['sous_priorite', 'sousPriorite'],
      ['thematique', 'thematique'],
    ] as const;
    for (const [colonne, dimension] of dimensions) {
      const cellule = valeur(colonne);
      if (!cellule.value) continue;
      const catalogue = referentiel.classement?.[dimension];
      if (!catalogue) {
        classement[dimension] = { id: idDeLibelle(cellule.value), libelle: cellule.value };
        continue;
      }
      const tag = catalogue.find((t) => t.id === cellule.value || normaliser(t.libelle) === normaliser(cellule.value));
      if (!tag)
        erreur(
          cellule.row,
          colonne,
          'CLASSEMENT_UNKNOWN',
          `« ${cellule.value} » is not a ${COLONNES[colonne].libelle.toLowerCase()} of the cadre stratégique`,
          cellule.value,
        );
      else classement[dimension] = tag;
    }
    return classement;
  }

  function lireDates(): [string, string] {
    const debut = lireDate(valeur('date_debut'), 'date_debut');
    const fin = lireDate(valeur('date_fin'), 'date_fin');
    if (!debut || !fin)
      avertissement(premiere, debut ? 'date_fin' : 'date_debut', 'DEFAULT_DATES', `dossier ${reference}: missing dates taken as the calendar year ${annee}`);
    return [debut ?? `${annee}-01-01`, fin ?? `${annee}-12-31`];
  }

  function lireDate(cellule: { value: string; row: number }, colonne: Colonne): string | undefined {
    if (!cellule.value) return undefined;
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cellule.value);
    const iso = fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : cellule.value.slice(0, 10);
    if (isCalendarDate(iso)) return iso;
    erreur(cellule.row, colonne, 'DATE_INVALID', `« ${cellule.value} » is not a date (jj/mm/aaaa or aaaa-mm-jj)`, cellule.value);
    return undefined;
  }

  function lireSerie(): { id: string; rang: number } | undefined {
    const id = valeur('serie');
    const rangCell = valeur('rang');
    if (!id.value && !rangCell.value) return undefined;
    const rang = rangCell.value ? Number(/(\d+)/.exec(rangCell.value)?.[1]) : 1;
    if (!Number.isInteger(rang) || rang < 1) {
      erreur(rangCell.row, 'rang', 'MISSING_VALUE', `« ${rangCell.value} » is not a rank (« 3ème année », « 3 »)`, rangCell.value);
      return undefined;
    }
    return { id: id.value ? idDeLibelle(id.value) : `serie-${idDeLibelle(reference)}`, rang };
  }

  function lireDecision(cellule: { value: string; row: number }): DecisionImport | undefined {
    if (!cellule.value) return undefined;
    const texte = normaliser(cellule.value);
    if (/^(non retenu|refuse|rejete|defavorable|non)$/.test(texte)) return 'non_retenu';
    if (/^(retenu|accorde|valide|favorable|oui|programme)$/.test(texte)) return 'retenu';
    if (/^(ajourne|reporte)$/.test(texte)) return 'ajourne';
    if (/^(abandonne|retire|annule)$/.test(texte)) return 'abandonne';
    erreur(cellule.row, 'decision', 'DECISION_UNKNOWN', `« ${cellule.value} » is not a decision (retenu, non retenu, ajourné, abandonné)`, cellule.value);
    return undefined;
  }
}
