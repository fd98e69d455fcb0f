import { canonicalJson, refuse, streamName, type Command, type Decider, type DomainEvent, type Refusal } from '@cdv/eventsourcing';
import {
  checkCents,
  checkText,
  ETAPES_REGLE,
  FINANCEUR_CATEGORIES,
  firstRefusal,
  NATURES_FINANCEMENT,
  PORTEUR_KINDS,
  refuseReadOnly,
  type EtapeRegle,
  type PorteurKind,
  type RegleFinancement,
  type SelecteurLigne,
} from '@cdv/domain-programmation';
import { exigerMotif } from '@cdv/shared-kernel';

/**
 * The tenant's financing rules (ADR 0004 « Financing rules »; ADR 0006): tenant configuration kept as an
 * event-sourced singleton stream `{tenant}:regles`, so that every change has its author, date and reason and the
 * rules in force at any instant can be replayed. The programmation deciders never read it: the application
 * loads it and passes it in `contexte.regles`.
 *
 * Kept in the application layer because it is plain configuration with one command; its events are as durable as
 * any domain event (never change their shape).
 */
export type DefinirReglesFinancement = Command<'DefinirReglesFinancement', { regles: RegleFinancement[] }>;

export type ReglesFinancementDefinies = DomainEvent<'ReglesFinancementDefinies', { regles: RegleFinancement[]; nombreAvant: number }>;

export interface ReglesState {
  regles: RegleFinancement[];
  version: number;
}

export const initialReglesState = (): ReglesState => ({ regles: [], version: 0 });

export function reglesStream(tenant: string): string {
  return streamName(tenant, 'regles');
}

export function evolveRegles(state: ReglesState, event: ReglesFinancementDefinies): ReglesState {
  return { regles: event.data.regles, version: state.version + 1 };
}

export function decideRegles(command: DefinirReglesFinancement, state: ReglesState): ReglesFinancementDefinies[] | Refusal {
  const { actor } = command.metadata;
  const denied = refuseReadOnly(actor);
  if (denied) return denied;
  if (actor.role !== 'admin' && actor.role !== 'system') {
    return refuse.forbidden('financing rules are workspace configuration: reserved to admins', { role: actor.role, command: command.type });
  }
  const { regles } = command.data;
  const invalid = checkRegles(regles);
  if (invalid) return invalid;
  if (canonicalJson(regles) === canonicalJson(state.regles)) return [];
  // Rules in force decided amounts already: replacing them is a change after the fact.
  if (state.regles.length) {
    const reason = exigerMotif(command.metadata, 'the rules in force change');
    if (reason) return reason;
  }
  return [{ type: 'ReglesFinancementDefinies', data: { regles, nombreAvant: state.regles.length } }];
}

export const reglesDecider: Decider<DefinirReglesFinancement, ReglesFinancementDefinies, ReglesState> = {
  decide: decideRegles,
  evolve: evolveRegles,
  initialState: initialReglesState,
};

function checkRegles(regles: readonly RegleFinancement[]): Refusal | null {
  if (!Array.isArray(regles)) return refuse.validation('regles', 'regles must be a list (possibly empty)');
  const ids = new Set<string>();
  for (const [index, regle] of regles.entries()) {
    const field = `regles[${index}]`;
    const refusal = firstRefusal(
      () => checkText(`${field}.id`, regle.id, { max: 100 }),
      () => (ids.has(regle.id) ? refuse.validation(`${field}.id`, `rule ${regle.id} is given twice`) : null),
      () => checkText(`${field}.libelle`, regle.libelle, { max: 300 }),
      () =>
        regle.application === 'bloquant' || regle.application === 'avertissement'
          ? null
          : refuse.validation(`${field}.application`, 'bloquant or avertissement'),
      () => checkSelecteur(`${field}.cible`, regle.cible),
      () =>
        regle.etapes && !regle.etapes.every((etape: EtapeRegle) => ETAPES_REGLE.includes(etape))
          ? refuse.validation(`${field}.etapes`, `stages are among ${ETAPES_REGLE.join(', ')}`)
          : null,
      () =>
        regle.porteurKinds && !regle.porteurKinds.every((kind: PorteurKind) => PORTEUR_KINDS.includes(kind))
          ? refuse.validation(`${field}.porteurKinds`, 'unknown porteur kind')
          : null,
      () => checkParametres(field, regle),
    );
    if (refusal) return refusal;
    ids.add(regle.id);
  }
  return null;
}

function checkParametres(field: string, regle: RegleFinancement): Refusal | null {
  switch (regle.type) {
    case 'plafond':
      return checkCents(`${field}.montantMax`, regle.montantMax);
    case 'minimum':
      return checkCents(`${field}.montantMin`, regle.montantMin);
    case 'taux_max':
      return firstRefusal(
        () =>
          typeof regle.tauxMaxPourcentage === 'number' && regle.tauxMaxPourcentage > 0 && regle.tauxMaxPourcentage <= 100
            ? null
            : refuse.validation(`${field}.tauxMaxPourcentage`, 'a rate in % between 0 (excluded) and 100', { value: regle.tauxMaxPourcentage }),
        () =>
          regle.assiette === 'cout_total' || regle.assiette === 'depenses_eligibles'
            ? null
            : refuse.validation(`${field}.assiette`, 'cout_total or depenses_eligibles'),
        () => (regle.plafond === undefined ? null : checkCents(`${field}.plafond`, regle.plafond)),
      );
    case 'egal_a':
      return regle.reference
        ? checkSelecteur(`${field}.reference`, regle.reference)
        : refuse.validation(`${field}.reference`, 'an egal_a rule names its reference lines');
    default:
      return refuse.validation(`${field}.type`, 'plafond, minimum, taux_max or egal_a', { value: (regle as { type?: unknown }).type });
  }
}

function checkSelecteur(field: string, selecteur: SelecteurLigne | undefined): Refusal | null {
  if (!selecteur || typeof selecteur !== 'object') return refuse.validation(field, 'a line selector is required (an empty one selects every line)');
  return firstRefusal(
    () =>
      selecteur.categories && !selecteur.categories.every((c) => FINANCEUR_CATEGORIES.includes(c))
        ? refuse.validation(`${field}.categories`, 'unknown financeur category')
        : null,
    () =>
      selecteur.natures && !selecteur.natures.every((n) => NATURES_FINANCEMENT.includes(n)) ? refuse.validation(`${field}.natures`, 'unknown nature') : null,
    () =>
      selecteur.financeurIds && !selecteur.financeurIds.every((id) => typeof id === 'string' && id.trim())
        ? refuse.validation(`${field}.financeurIds`, 'financeur ids are non-empty')
        : null,
    () =>
      selecteur.dispositifs && !selecteur.dispositifs.every((id) => typeof id === 'string' && id.trim())
        ? refuse.validation(`${field}.dispositifs`, 'dispositif ids are non-empty')
        : null,
  );
}
