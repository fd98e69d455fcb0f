import { createHash } from 'node:crypto';
import { canonicalJson, euros, uuidFromName, type Actor, type Cents, type CommandMetadata } from '@cdv/eventsourcing';
import {
  dossierStream,
  isIsoDate,
  ligneIdDe,
  type AppelLu,
  type Classement,
  type CommuneRef,
  type DossierCommand,
  type FinanceurCategorie,
  type ModaliteFinancement,
  type NatureFinancement,
  type Perimetre,
  type PorteurKind,
  type QpvRef,
  type RegleFinancement,
  type Tag,
} from '@cdv/domain-programmation';
import { normaliser } from '@cdv/projections-programmation';
import { COLONNES, COLONNES_OBLIGATOIRES, indexEntete, lireEntete, type Colonne } from './colonnes';
import { lireMontant } from './montants';

/**
 * Maps the spreadsheets EPCIs keep — one row per dossier × financeur line — to dossier commands. Pure: the rows are
 * already read into string cells, the référentiel (QPV, partenaires, communes) and the appels' state come in as
 * arguments. A dry run returns every row error and no command. Command ids derive from the file's hash and the
 * row, so importing the same file twice appends nothing the second time; dossier ids derive from the tenant,
 * year and reference, so a corrected file maps to the same dossiers.
 */

export interface QpvConnu extends QpvRef {
  aliases?: string[];
}

export interface CommuneConnue extends CommuneRef {
  aliases?: string[];
}

export interface PartenaireConnu {
  id: string;
  nom: string;
  siret?: string;
  aliases?: string[];
  /** As a porteur. */
  kind: PorteurKind;
  /** False when the référentiel says it carries no action (a financeur only): refused as a porteur. */
  porteur?: boolean;
  /** As a financeur; when absent the row must give the category. */
  categorieFinanceur?: FinanceurCategorie;
}

export interface ReferentielImport {
  qpv: readonly QpvConnu[];
  partenaires: readonly PartenaireConnu[];
  /** Communes of the territory; needed to read commune names (INSEE codes are read without it). */
  communes?: readonly CommuneConnue[];
  /** Communes of the territory the référentiel knows by name only: a dossier needs their INSEE code. */
  communesSansCodeInsee?: readonly string[];
  /**
   * Dispositifs the tenant knows (its rules target them by id): a cell naming one by id or label takes its id, so
   * that « Fonds de Cohésion Sociale » meets the rules of `fonds-cohesion-sociale`; other labels become free tags.
   */
  dispositifs?: readonly Tag[];
  /** Cadre stratégique nodes by dimension; a label not found in a given list is an error, without a list it is kept as a free tag. */
  classement?: Partial<Record<'pilier' | 'orientation' | 'objectif' | 'priorite' | 'sousPriorite' | 'thematique', readonly Tag[]>>;
}

export interface ImportProgrammationInput {
  tenantId: string;
  fileName: string;
  /** Cells as read from the file. The header is the first row naming known columns; title rows above it are skipped. */
  rows: readonly (readonly string[])[];
  /** The file's line (CSV) or row (XLSX) number of each entry of `rows`; default: its index + 1. */
  rowNumbers?: readonly number[];
  /**
   * Identity of the import, in every commandId. Default: sha256 of the cells, so that the same table saved again
   * (an XLSX's bytes change on every save) or exported to CSV is the same import and appends nothing twice.
   */
  fileHash?: string;
  mode: 'dry-run' | 'apply';
  referentiel: ReferentielImport;
  /** The state of each year's appel, as the application read it (see AppelLu). */
  appels: Readonly<Record<number, AppelLu>>;
  actor: Actor;
  now: string;
  /** Year of rows without an « Année » column or cell. */
  anneeParDefaut?: number;
  /** The tenant's financing rules, passed on to the amount commands. */
  regles?: RegleFinancement[];
}

export type CodeErreurImport =
  | 'MISSING_COLUMN'
  | 'MISSING_VALUE'
  | 'AMOUNT_INVALID'
  | 'AMOUNT_AMBIGUOUS'
  | 'DATE_INVALID'
  | 'YEAR_INVALID'
  | 'PORTEUR_MISSING'
  | 'PORTEUR_UNKNOWN'
  | 'PORTEUR_NOT_PORTEUR'
  | 'FINANCEUR_UNKNOWN'
  | 'FINANCEUR_CATEGORY_MISSING'
  | 'NATURE_UNKNOWN'
  | 'QPV_UNKNOWN'
  | 'COMMUNE_UNKNOWN'
  | 'CLASSEMENT_UNKNOWN'
  | 'DECISION_UNKNOWN'
  | 'DECISION_INCONSISTENT'
  | 'INCONSISTENT_DOSSIER'
  | 'DUPLICATE_LINE'
  | 'SUM_EXCEEDS_COST'
  | 'APPEL_UNKNOWN'
  | 'UNKNOWN_COLUMN'
  | 'AMOUNT_READ_AS_THOUSANDS'
  | 'DEFAULT_DATES'
  | 'NO_PERIMETRE';

export interface ProblemeImport {
  /** 1-based line (CSV) or row (XLSX) in the file, as the operator sees it. */
  row: number;
  column?: string;
  code: CodeErreurImport;
  message: string;
  value?: string;
}

export interface ImportCommand {
  stream: string;
  command: DossierCommand;
  /** The file line the command comes from. */
  row: number;
}

export interface ImportProgrammationResult {
  mode: 'dry-run' | 'apply';
  fileHash: string;
  rows: number;
  dossiers: number;
  errors: ProblemeImport[];
  warnings: ProblemeImport[];
  /** Empty in a dry run and whenever there is an error: a file is imported whole or not at all. */
  commands: ImportCommand[];
}

type Decision = 'retenu' | 'non_retenu' | 'ajourne' | 'abandonne';

interface LigneLue {
  row: number;
  financeur: { id: string; nom: string; categorie: FinanceurCategorie };
  nature: NatureFinancement;
  modalite: ModaliteFinancement;
  dispositif?: Tag;
  demande: Cents;
  propose?: Cents;
  vote?: Cents;
}

export function importerProgrammation(input: ImportProgrammationInput): ImportProgrammationResult {
  const fileHash = input.fileHash ?? createHash('sha256').update(canonicalJson(input.rows)).digest('hex');
  const errors: ProblemeImport[] = [];
  const warnings: ProblemeImport[] = [];
  const result = (dossiers: number, commands: ImportCommand[] = []): ImportProgrammationResult => ({
    mode: input.mode,
    fileHash,
    rows: lignes.filter((cells) => cells.some((c) => c.trim())).length,
    dossiers,
    errors,
    warnings,
    commands: input.mode === 'apply' && errors.length === 0 ? commands : [],
  });

  const numero = (index: number) => input.rowNumbers?.[index] ?? index + 1;
  const debut = indexEntete(input.rows);
  const entete = input.rows[debut] ?? [];
  const ligneEntete = numero(debut);
  const lignes = input.rows.slice(debut + 1);
  const { colonnes, inconnues } = lireEntete(entete);
  for (const inconnue of inconnues)
    warnings.push({
      row: ligneEntete,
      column: inconnue.libelle,
      code: 'UNKNOWN_COLUMN',
      message: `column "${inconnue.libelle}" is not mapped; its cells are ignored`,
    });
  const obligatoires = [...COLONNES_OBLIGATOIRES, ...(input.anneeParDefaut === undefined ? (['annee'] as const) : [])];
  for (const colonne of obligatoires) {
    if (!colonnes.has(colonne))
      errors.push({
        row: ligneEntete,
        column: COLONNES[colonne].libelle,
        code: 'MISSING_COLUMN',
        message: `the file has no « ${COLONNES[colonne].libelle} » column (headers read as this column: ${[COLONNES[colonne].libelle, ...COLONNES[colonne].alias.slice(0, 4)].map((a) => `« ${a} »`).join(', ')}…; case, accents and punctuation do not matter)`,
      });
  }
  if (errors.length) return result(0);

  const cell = (cells: readonly string[], colonne: Colonne) => {
    const index = colonnes.get(colonne);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const resolveur = new Resolveur(input.referentiel);

  // Group the rows by dossier (year + reference), in file order.
  const groupes = new Map<string, Array<{ row: number; cells: readonly string[] }>>();
  let precedente: string | null = null;
  lignes.forEach((cells, index) => {
    const row = numero(debut + 1 + index);
    if (cells.every((c) => !c.trim())) return;
    const reference = cell(cells, 'reference');
    // A financeur line under its dossier with the dossier's cells left blank, as spreadsheets are often laid out.
    const suite = !reference && !cell(cells, 'annee') && !cell(cells, 'titre') && !cell(cells, 'porteur') && !!cell(cells, 'financeur');
    if (suite && precedente) {
      groupes.get(precedente)?.push({ row, cells });
      return;
    }
    precedente = null;
    if (!reference) {
      errors.push({ row, column: COLONNES.reference.libelle, code: 'MISSING_VALUE', message: 'the row has no dossier reference' });
      return;
    }
    const anneeTexte = cell(cells, 'annee');
    const annee = anneeTexte ? Number(anneeTexte) : input.anneeParDefaut;
    if (annee === undefined || !Number.isInteger(annee) || annee < 2000 || annee > 2100) {
      errors.push({ row, column: COLONNES.annee.libelle, code: 'YEAR_INVALID', message: `"${anneeTexte}" is not a year`, value: anneeTexte });
      return;
    }
    const key = `${annee}\u0000${reference}`;
    groupes.set(key, [...(groupes.get(key) ?? []), { row, cells }]);
    precedente = key;
  });

  const commands: ImportCommand[] = [];
  for (const [key, rows] of groupes) {
    const [anneeTexte, reference] = key.split('\u0000');
    const annee = Number(anneeTexte);
    const dossier = lireDossier(annee, reference, rows);
    if (dossier) commands.push(...dossier);
  }
  return result(groupes.size, commands);

  function lireDossier(annee: number, reference: string, rows: Array<{ row: number; cells: readonly string[] }>): ImportCommand[] | null {
    const before = errors.length;
    const premiere = rows[0].row;
    const erreur = (row: number, colonne: Colonne | undefined, code: CodeErreurImport, message: string, value?: string) =>
      errors.push({ row, ...(colonne ? { column: COLONNES[colonne].libelle } : {}), code, message, ...(value !== undefined ? { value } : {}) });
    const avertissement = (row: number, colonne: Colonne | undefined, code: CodeErreurImport, message: string) =>
      warnings.push({ row, ...(colonne ? { column: COLONNES[colonne].libelle } : {}), code, message });

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
    const appel = input.appels[annee];
    if (!appel || appel.statut === 'inexistant') erreur(premiere, 'annee', 'APPEL_UNKNOWN', `there is no appel à projets ${annee} to deposit into`);

    if (errors.length > before || !porteur || coutTotal === undefined || !appel) return null;

    // ── Commands ──
    const dossierId = uuidFromName(`${input.tenantId}:dossier:${annee}:${reference}`);
    const stream = dossierStream(input.tenantId, dossierId);
    const lines = rows.map((r) => r.row);
    const metadata = (extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
      tenantId: input.tenantId,
      actor: input.actor,
      source: 'import',
      now: input.now,
      correlationId: `import:${fileHash}`,
      provenance: { document: input.fileName, lines: lines.length > 1 ? `${lines[0]}-${lines[lines.length - 1]}` : String(lines[0]) },
      ...extra,
    });
    const depotTardif = appel.statut !== 'ouvert' || (appel.clotureLe !== undefined && (dateDepot ?? input.now.slice(0, 10)) > appel.clotureLe);
    const out: ImportCommand[] = [];
    const push = (row: number, command: DossierCommand) => {
      command.metadata.commandId = commandIdImport(command);
      out.push({ stream, command, row });
    };
    push(premiere, {
      type: 'DeposerDossier',
      data: {
        dossierId,
        annee,
        porteur: { id: porteur.id, nom: porteur.nom, kind: porteur.kind },
        titre: titre.value,
        description: valeur('description').value,
        publics: liste(valeur('publics').value),
        perimetre,
        qpv,
        classement,
        coutTotal,
        dateDebut,
        dateFin,
        nombreActions,
        ...(serie ? { serie } : {}),
        referenceExterne: reference,
        contexte: { appel },
      },
      metadata: metadata({
        ...(dateDepot ? { effectiveAt: dateDepot } : {}),
        ...(depotTardif ? { reason: `Reprise de la programmation ${annee} depuis ${input.fileName}` } : {}),
      }),
    });
    const contexte = input.regles?.length ? { contexte: { regles: input.regles } } : {};
    for (const l of lignes) {
      push(l.row, {
        type: 'DemanderFinancement',
        data: {
          dossierId,
          financeur: l.financeur,
          nature: l.nature,
          modalite: l.modalite,
          ...(l.dispositif ? { dispositif: l.dispositif } : {}),
          montant: l.demande,
          ...contexte,
        },
        metadata: metadata(),
      });
    }
    const instruit = decision !== undefined || lignes.some((l) => l.propose !== undefined || l.vote !== undefined);
    if (!instruit) return out;
    push(premiere, { type: 'MettreEnInstruction', data: { dossierId }, metadata: metadata() });
    const decide = dateDecision ? { effectiveAt: dateDecision } : {};
    for (const l of lignes.filter((x) => x.propose !== undefined && x.modalite === 'numeraire' && (x.propose ?? 0) > 0)) {
      push(l.row, {
        type: 'ProposerFinancement',
        data: { dossierId, ligneId: ligneIdDe(l.financeur.id, l.nature), montant: l.propose ?? 0, ...contexte },
        metadata: metadata(),
      });
    }
    if (decision === 'abandonne') {
      push(premiere, { type: 'AbandonnerDossier', data: { dossierId }, metadata: metadata({ reason: `abandon noté dans ${input.fileName}` }) });
      return out;
    }
    if (decision === 'non_retenu') {
      push(decisionCell.row, { type: 'NePasRetenirDossier', data: { dossierId }, metadata: metadata(decide) });
      return out;
    }
    if (decision === 'ajourne') {
      push(decisionCell.row, { type: 'AjournerDossier', data: { dossierId }, metadata: metadata(decide) });
      return out;
    }
    for (const l of lignes) {
      if (l.vote === undefined) continue;
      const ligneId = ligneIdDe(l.financeur.id, l.nature);
      if (l.vote > 0 || l.modalite !== 'numeraire') {
        push(l.row, { type: 'VoterFinancement', data: { dossierId, ligneId, montant: l.vote, ...contexte }, metadata: metadata(decide) });
      } else if (decision === 'retenu') {
        // An explicit 0 on a retained dossier is that financeur's refusal.
        push(l.row, { type: 'RefuserFinancement', data: { dossierId, ligneId }, metadata: metadata(decide) });
      }
    }
    if (decision === 'retenu') push(decisionCell.row, { type: 'RetenirDossier', data: { dossierId }, metadata: metadata(decide) });
    return out;

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
        const catalogue = input.referentiel.classement?.[dimension];
        if (!catalogue) {
          classement[dimension] = { id: slug(cellule.value), libelle: cellule.value };
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
      if (isIsoDate(iso)) return iso;
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
      return { id: id.value ? slug(id.value) : `serie-${slug(reference)}`, rang };
    }

    function lireDecision(cellule: { value: string; row: number }): Decision | undefined {
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
}

/**
 * `import:{dossierId}:{command}[:{ligneId}]:{hash of what it says}`: the same fact read from any file (saved again,
 * exported to CSV, rows re-sorted, another dossier corrected) is the same command, which the command handler
 * drops. A corrected value is a new command, so a file fixed after a refusal resumes where the import stopped.
 * The context the application adds (the appel's state, the rules) and the wording of reasons are not the fact.
 */
export function commandIdImport(command: DossierCommand): string {
  const { contexte: _contexte, ...data } = command.data as DossierCommand['data'] & { contexte?: unknown };
  const ligneId = 'ligneId' in data ? `:${data.ligneId}` : 'financeur' in data && 'nature' in data ? `:${ligneIdDe(data.financeur.id, data.nature)}` : '';
  const hash = createHash('sha256')
    .update(canonicalJson({ type: command.type, data, effectiveAt: command.metadata.effectiveAt ?? null }))
    .digest('hex')
    .slice(0, 16);
  return `import:${command.data.dossierId}:${command.type}${ligneId}:${hash}`;
}

// ── Label readers ────────────────────────────────────────────────────────────────────────────────────────────

/** Cells listing several values: `;`, `,`, `/`, `|`, ` et ` or line breaks. */
function liste(text: string): string[] {
  return text
    .split(/[;,/|\n]| et /)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** « Fonds de Cohésion Sociale » and `fonds-cohesion-sociale` compare equal: words without the French articles. */
function sansArticles(text: string): string {
  return normaliser(text.replace(/[-_]/g, ' '))
    .split(' ')
    .filter((word) => word && !['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et'].includes(word))
    .join(' ');
}

function slug(text: string): string {
  return normaliser(text).replace(/ /g, '-') || 'x';
}

function lireNature(text: string): NatureFinancement | undefined {
  const t = normaliser(text);
  if (/(specifique|politique de la ville|bop 147|^cs$|^pv$|cget|anct)/.test(t)) return 'credits_specifiques';
  if (/(droit commun|^dc$)/.test(t)) return 'droit_commun';
  return undefined;
}

function lireModalite(text: string): ModaliteFinancement | undefined {
  const t = normaliser(text);
  if (/^(en nature|nature|valorisation|mise a disposition)$/.test(t)) return 'nature';
  if (/^(technique|appui technique|soutien technique|accompagnement technique)$/.test(t)) return 'technique';
  return undefined;
}

const CATEGORIES: Array<[RegExp, FinanceurCategorie]> = [
  [/(etat.*(cget|bop 147|politique de la ville|specifique)|^cget$|^anct$|bop 147)/, 'etat_credits_specifiques'],
  [/(etat.*droit commun|^etat$|cnds|^ars$|prefecture)/, 'etat_droit_commun'],
  [/region/, 'region'],
  [/departement/, 'departement'],
  [/(^caf|allocations familiales)/, 'caf'],
  [/(epci|agglomeration|metropole|communaute)/, 'epci'],
  [/(commune|^ville)/, 'communes'],
  [/(autre|bailleur|operateur)/, 'autres'],
];

function lireCategorie(text: string): FinanceurCategorie | undefined {
  const t = normaliser(text);
  return CATEGORIES.find(([pattern]) => pattern.test(t))?.[1];
}

/** Finds référentiel objects by id, code, SIRET, name or alias, ignoring case, accents and punctuation. */
class Resolveur {
  private readonly partenaires = new Map<string, PartenaireConnu>();
  private readonly qpvs = new Map<string, QpvConnu>();
  private readonly communes = new Map<string, CommuneRef>();
  private readonly sansCode: Set<string>;
  private readonly dispositifs: readonly Tag[];

  constructor(referentiel: ReferentielImport) {
    for (const p of referentiel.partenaires) for (const key of [p.id, p.nom, p.siret, ...(p.aliases ?? [])]) if (key) this.partenaires.set(normaliser(key), p);
    for (const q of referentiel.qpv) for (const key of [q.id, q.code, q.nom, ...(q.aliases ?? [])]) if (key) this.qpvs.set(normaliser(key), q);
    for (const c of referentiel.communes ?? [])
      for (const key of [c.insee, c.nom, ...(c.aliases ?? [])]) this.communes.set(normaliser(key), { insee: c.insee, nom: c.nom });
    this.sansCode = new Set((referentiel.communesSansCodeInsee ?? []).map(normaliser));
    this.dispositifs = referentiel.dispositifs ?? [];
  }

  dispositif(text: string): Tag {
    const cle = sansArticles(text);
    const connu = this.dispositifs.find((d) => d.id === text.trim() || sansArticles(d.libelle) === cle || sansArticles(d.id) === cle);
    return connu ? { id: connu.id, libelle: connu.libelle === connu.id ? text.trim() : connu.libelle } : { id: slug(text), libelle: text.trim() };
  }

  communeSansCode(text: string): boolean {
    return this.sansCode.has(normaliser(text));
  }

  partenaire(text: string): PartenaireConnu | undefined {
    return this.partenaires.get(normaliser(text)) ?? this.partenaires.get(normaliser(text.replace(/\s/g, '')));
  }

  qpv(text: string): QpvConnu | undefined {
    return this.qpvs.get(normaliser(text));
  }

  commune(text: string): CommuneRef | undefined {
    const known = this.communes.get(normaliser(text));
    if (known) return known;
    // An INSEE code is read even without the commune list; its name is then the code until the référentiel names it.
    return /^(\d{5}|2[AB]\d{3})$/.test(text.trim()) ? { insee: text.trim(), nom: text.trim() } : undefined;
  }
}
