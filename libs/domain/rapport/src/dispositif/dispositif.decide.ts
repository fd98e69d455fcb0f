import { canonicalJson, refuse, type Cents, type Refusal } from '@cdv/eventsourcing';
import { checkCents, checkDate, checkText, checkYear, firstRefusal, refuseReadOnly, requireEpciStaff } from '@cdv/domain-programmation';
import { checkSlug } from '../shared/regles';
import type { AnnulerOperation, DefinirDispositif, DispositifCommand, EnregistrerOperation } from './dispositif.commands';
import { NATURES_DISPOSITIF, type CalculAide, type DispositifEvent } from './dispositif.events';
import type { DispositifState } from './dispositif.state';
import { exigerMotif } from '@cdv/shared-kernel';

type Decision = DispositifEvent[] | Refusal;

/** The EPCI's funds are the EPCI's business: admins, agents and the system only. */
export function decideDispositif(command: DispositifCommand, state: DispositifState): Decision {
  const denied = refuseReadOnly(command.metadata.actor) ?? requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (command.type === 'DefinirDispositif') return definir(command, state);
  if (state.statut === 'inexistant') return refuse.notFound('Dispositif', String(command.data.dispositifId));
  if (command.data.dispositifId !== state.definition.dispositifId) {
    return refuse.validation('dispositifId', `this stream is the dispositif ${state.definition.dispositifId}`);
  }
  return command.type === 'EnregistrerOperation' ? enregistrer(command, state) : annuler(command, state);
}

function definir(command: DefinirDispositif, state: DispositifState): Decision {
  const d = command.data;
  const refusal = firstRefusal(
    () => checkSlug('dispositifId', d.dispositifId),
    () => checkText('libelle', d.libelle, { max: 300 }),
    () =>
      NATURES_DISPOSITIF.includes(d.nature) ? null : refuse.validation('nature', `nature is one of ${NATURES_DISPOSITIF.join(', ')}`, { value: d.nature }),
    () => checkText('financeur.id', d.financeur?.id, { max: 100 }) ?? checkText('financeur.nom', d.financeur?.nom, { max: 300 }),
    () => checkText('description', d.description ?? undefined, { required: false, max: 10_000 }),
    () => (Array.isArray(d.regles) && d.regles.length <= 50 ? null : refuse.validation('regles', 'regles is a list of 50 rules at most')),
    () => firstRefusal(...d.regles.map((r, i) => () => checkText(`regles[${i}].libelle`, r.libelle, { max: 2_000 }))),
    () => checkCalcul(d.calcul),
    () => (Array.isArray(d.reglesFinancement) ? null : refuse.validation('reglesFinancement', 'reglesFinancement is a list of rule ids')),
  );
  if (refusal) return refusal;
  if (state.statut === 'defini') {
    if (d.dispositifId !== state.definition.dispositifId)
      return refuse.validation('dispositifId', `this stream is the dispositif ${state.definition.dispositifId}`);
    if (canonicalJson(normaliser(d)) === canonicalJson(state.definition)) return [];
    const sansMotif = exigerMotif(command.metadata, 'a dispositif already defined changes');
    if (sansMotif) return sansMotif;
  }
  return [{ type: 'DispositifDefini', data: { ...normaliser(d), redefinition: state.statut === 'defini' } }];
}

function normaliser(d: DefinirDispositif['data']) {
  return {
    dispositifId: d.dispositifId,
    libelle: d.libelle,
    nature: d.nature,
    financeur: { id: d.financeur.id, nom: d.financeur.nom },
    description: d.description ?? null,
    regles: d.regles.map((r) => ({ libelle: r.libelle, source: r.source ?? null })),
    calcul: d.calcul ?? null,
    reglesFinancement: d.reglesFinancement,
  };
}

function checkCalcul(calcul: CalculAide | null | undefined): Refusal | null {
  if (calcul == null) return null;
  return firstRefusal(
    () =>
      typeof calcul.tauxMaxPourcentage === 'number' && calcul.tauxMaxPourcentage > 0 && calcul.tauxMaxPourcentage <= 100
        ? null
        : refuse.validation('calcul.tauxMaxPourcentage', 'the rate is a percentage between 0 and 100'),
    () => (calcul.plafond === null ? null : checkCents('calcul.plafond', calcul.plafond)),
    () =>
      calcul.assiette === 'depenses_eligibles' || calcul.assiette === 'montant_operation'
        ? null
        : refuse.validation('calcul.assiette', 'assiette is depenses_eligibles or montant_operation'),
  );
}

/** min(taux × assiette, plafond), rounded down to the cent: the most the fund may pay. */
export function plafondAide(calcul: CalculAide, operation: { montantOperation: Cents; depensesEligibles?: Cents | null }): Cents {
  const assiette = calcul.assiette === 'depenses_eligibles' ? (operation.depensesEligibles ?? operation.montantOperation) : operation.montantOperation;
  const parTaux = Math.floor((assiette * Math.round(calcul.tauxMaxPourcentage * 100)) / 10_000);
  return calcul.plafond === null ? parTaux : Math.min(parTaux, calcul.plafond);
}

function enregistrer(command: EnregistrerOperation, state: Extract<DispositifState, { statut: 'defini' }>): Decision {
  const d = command.data;
  if (state.operations[d.operationId]) return refuse.conflict(`operation ${d.operationId} is already recorded`, { operationId: d.operationId });
  const refusal = firstRefusal(
    () => checkSlug('operationId', d.operationId),
    () => checkYear('annee', d.annee),
    () => checkText('beneficiaire.nom', d.beneficiaire?.nom, { max: 300 }),
    () =>
      d.beneficiaire.insee == null || /^(\d{5}|2[AB]\d{3})$/.test(d.beneficiaire.insee) ? null : refuse.validation('beneficiaire.insee', 'not an INSEE code'),
    () => checkText('projet', d.projet, { max: 1_000 }),
    () => checkCents('montantOperation', d.montantOperation, { allowZero: false }),
    () => (d.depensesEligibles == null ? null : checkCents('depensesEligibles', d.depensesEligibles)),
    () =>
      d.depensesEligibles == null || d.depensesEligibles <= d.montantOperation
        ? null
        : refuse.validation('depensesEligibles', 'eligible expenses cannot exceed the operation'),
    () => checkCents('montantAide', d.montantAide, { allowZero: false }),
    () => (d.montantAide <= d.montantOperation ? null : refuse.validation('montantAide', 'the aid cannot exceed the operation')),
    () => (d.dontPolitiqueVille == null ? null : checkCents('dontPolitiqueVille', d.dontPolitiqueVille)),
    () =>
      d.dontPolitiqueVille == null || d.dontPolitiqueVille <= d.montantAide
        ? null
        : refuse.validation('dontPolitiqueVille', 'the politique de la ville part cannot exceed the aid'),
    () => checkDate('decideLe', d.decideLe ?? undefined, { required: false }),
  );
  if (refusal) return refusal;
  const calcul = state.definition.calcul;
  const plafondCalcule = calcul ? plafondAide(calcul, d) : null;
  if (plafondCalcule !== null && d.montantAide > plafondCalcule) {
    return refuse.validation(
      'montantAide',
      `${state.definition.libelle}: the aid is at most ${plafondCalcule} cents here (${calcul!.tauxMaxPourcentage} %, cap ${calcul!.plafond ?? 'none'})`,
      {
        plafond: plafondCalcule,
      },
    );
  }
  return [
    {
      type: 'OperationEnregistree',
      data: {
        dispositifId: d.dispositifId,
        operationId: d.operationId,
        annee: d.annee,
        beneficiaire: { partenaireId: d.beneficiaire.partenaireId ?? null, nom: d.beneficiaire.nom, insee: d.beneficiaire.insee ?? null },
        projet: d.projet,
        montantOperation: d.montantOperation,
        depensesEligibles: d.depensesEligibles ?? null,
        montantAide: d.montantAide,
        dontPolitiqueVille: d.dontPolitiqueVille ?? null,
        decideLe: d.decideLe ?? null,
        plafondCalcule,
      },
    },
  ];
}

function annuler(command: AnnulerOperation, state: Extract<DispositifState, { statut: 'defini' }>): Decision {
  const operation = state.operations[command.data.operationId];
  if (!operation) return refuse.notFound('Operation', String(command.data.operationId));
  if (operation.annulee) return [];
  const sansMotif = exigerMotif(command.metadata, 'an operation is cancelled');
  if (sansMotif) return sansMotif;
  return [{ type: 'OperationAnnulee', data: { dispositifId: command.data.dispositifId, operationId: operation.operationId } }];
}
