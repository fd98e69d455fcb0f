import { euros, isCalendarDate, MONTANT_MAX, refuse, type Actor, type CommandMetadata, type Refusal, type Role } from '@cdv/eventsourcing';
import {
  FINANCEUR_CATEGORIES,
  MODALITES_FINANCEMENT,
  NATURES_FINANCEMENT,
  PORTEUR_KINDS,
  type Classement,
  type FinanceurRef,
  type Perimetre,
  type PorteurRef,
  type QpvRef,
  type Tag,
} from './references';

/** First refusal of a list of checks, or null: lets each decide function read as a list of rules. */
export function firstRefusal(...checks: Array<() => Refusal | null>): Refusal | null {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

// ── Roles ────────────────────────────────────────────────────────────────────────────────────────────────────

const READ_ONLY: readonly Role[] = ['auditeur', 'lecteur'];
/** `system` is a process manager or a seed acting for the EPCI: it has the agent's rights. */
const EPCI: readonly Role[] = ['admin', 'agent', 'system'];

export function isEpciStaff(actor: Actor): boolean {
  return EPCI.includes(actor.role);
}

/** Auditors and readers write nothing, whatever the command (docs/design.md §6). */
export function refuseReadOnly(actor: Actor): Refusal | null {
  return READ_ONLY.includes(actor.role) ? refuse.forbidden(`role ${actor.role} cannot change anything`, { role: actor.role }) : null;
}

/** The command is reserved to the EPCI's staff (agents, admins, the system). */
export function requireEpciStaff(actor: Actor, command: string): Refusal | null {
  return isEpciStaff(actor) ? null : refuse.forbidden(`${command} is reserved to the EPCI's agents`, { role: actor.role, command });
}

/** Staff act for everyone; other roles must be one of `allowed` and, for porteurs, act for their own organisation. */
export function requireStaffOr(actor: Actor, command: string, allowed: readonly Role[], ownerId?: string): Refusal | null {
  if (isEpciStaff(actor)) return null;
  if (!allowed.includes(actor.role)) return refuse.forbidden(`role ${actor.role} cannot ${command}`, { role: actor.role, command });
  if (ownerId !== undefined && actor.organisationId !== ownerId) {
    return refuse.forbidden(`${command}: this dossier belongs to another organisation`, {
      command,
      organisationId: actor.organisationId ?? null,
      owner: ownerId,
    });
  }
  return null;
}

// ── Values ───────────────────────────────────────────────────────────────────────────────────────────────────

/** An amount in cents: an integer, not negative (or positive), at most MONTANT_MAX (docs/api.md « Limits »). */
export function checkCents(field: string, value: unknown, { allowZero = true } = {}): Refusal | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return refuse.validation(field, `${field} must be an integer number of cents`, { value });
  }
  if (value < 0 || (!allowZero && value === 0)) {
    return refuse.validation(field, `${field} must be ${allowZero ? 'zero or more' : 'more than zero'}`, { value });
  }
  if (value > MONTANT_MAX) {
    return refuse.validation(field, `${field} (${euros(value)}) is over the ceiling of ${euros(MONTANT_MAX)} for one amount`, { max: MONTANT_MAX });
  }
  return null;
}

/** Counts of people, actions…: what a contrat de ville can hold; more is a typing slip (docs/api.md « Limits »). */
export const COUNT_MAX = 10_000_000;

export function checkCount(field: string, value: unknown, { min = 0, max = COUNT_MAX } = {}): Refusal | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
    ? null
    : refuse.validation(field, `${field} must be an integer from ${min} to ${max}`, { value, min, max });
}

export function checkText(field: string, value: unknown, { required = true, max = 10_000 } = {}): Refusal | null {
  if (value === undefined && !required) return null;
  if (typeof value !== 'string' || (required && !value.trim())) return refuse.validation(field, `${field} is required`);
  if (value.length > max) return refuse.validation(field, `${field} is longer than ${max} characters`);
  return null;
}

/** A list of at most `max` items, each a non-empty label of at most `maxLength` characters, none twice. */
export function checkLabels(field: string, value: unknown, { max, maxLength }: { max: number; maxLength: number }): Refusal | null {
  if (!Array.isArray(value)) return refuse.validation(field, `${field} must be a list of labels`);
  if (value.length > max) return refuse.validation(field, `${field} has ${value.length} items, at most ${max}`, { max });
  const seen = new Set<string>();
  for (const [index, label] of value.entries()) {
    const refusal = checkText(`${field}[${index}]`, label, { max: maxLength });
    if (refusal) return refusal;
    if (seen.has(label as string)) return refuse.validation(`${field}[${index}]`, `"${label as string}" is listed twice`);
    seen.add(label as string);
  }
  return null;
}

export function checkDate(field: string, value: unknown, { required = true } = {}): Refusal | null {
  if (value === undefined && !required) return null;
  return isCalendarDate(value) ? null : refuse.validation(field, `${field} must be a date YYYY-MM-DD that exists, in 1900–2100`, { value });
}

/** `debut` ≤ `fin`; the refusal names the later field. */
export function checkDateOrder(debutField: string, debut: string, finField: string, fin: string): Refusal | null {
  return debut <= fin ? null : refuse.validation(finField, `${finField} (${fin}) is before ${debutField} (${debut})`, { [debutField]: debut, [finField]: fin });
}

export function checkYear(field: string, value: unknown): Refusal | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100
    ? null
    : refuse.validation(field, `${field} must be a year between 2000 and 2100`, { value });
}

/** The business date of a command: `effectiveAt` when the application gave one, otherwise the server clock. */
export function businessDate(metadata: CommandMetadata): string {
  return (metadata.effectiveAt ?? metadata.now).slice(0, 10);
}

// ── Référentiel references ───────────────────────────────────────────────────────────────────────────────────

const INSEE = /^(\d{5}|2[AB]\d{3})$/;
/** A dossier targets a handful of quartiers; the largest EPCI has a few dozen. */
const QPV_MAX = 100;

export function checkTag(field: string, tag: Tag | undefined): Refusal | null {
  if (tag === undefined) return null;
  return firstRefusal(
    () => checkText(`${field}.id`, tag.id),
    () => checkText(`${field}.libelle`, tag.libelle),
  );
}

export function checkClassement(field: string, classement: Classement | undefined): Refusal | null {
  if (classement === undefined) return null;
  const singles = ['pilier', 'orientation', 'objectif', 'priorite', 'sousPriorite', 'thematique', 'thematiqueCget'] as const;
  for (const key of singles) {
    const refusal = checkTag(`${field}.${key}`, classement[key]);
    if (refusal) return refusal;
  }
  for (const [index, tag] of (classement.axesTransversaux ?? []).entries()) {
    const refusal = checkTag(`${field}.axesTransversaux[${index}]`, tag);
    if (refusal) return refusal;
  }
  for (const [index, tag] of (classement.autres ?? []).entries()) {
    const refusal = checkTag(`${field}.autres[${index}]`, tag) ?? checkText(`${field}.autres[${index}].dimension`, tag.dimension);
    if (refusal) return refusal;
  }
  return null;
}

export function checkPerimetre(field: string, perimetre: Perimetre | undefined): Refusal | null {
  if (!perimetre || (perimetre.type !== 'communes' && perimetre.type !== 'intercommunal')) {
    return refuse.validation(field, `${field} must be { type: 'communes', communes } or { type: 'intercommunal' }`);
  }
  if (perimetre.type === 'intercommunal') return null;
  if (!perimetre.communes.length) return refuse.validation(`${field}.communes`, 'name at least one commune, or choose intercommunal');
  const seen = new Set<string>();
  for (const [index, commune] of perimetre.communes.entries()) {
    if (!INSEE.test(commune.insee)) {
      return refuse.validation(`${field}.communes[${index}].insee`, `"${commune.insee}" is not an INSEE code`, { value: commune.insee });
    }
    if (seen.has(commune.insee)) return refuse.validation(`${field}.communes[${index}].insee`, `commune ${commune.insee} is listed twice`);
    seen.add(commune.insee);
  }
  return null;
}

export function checkQpvs(field: string, qpvs: readonly QpvRef[] | undefined): Refusal | null {
  if (!Array.isArray(qpvs)) return refuse.validation(field, `${field} must be a list (possibly empty)`);
  if (qpvs.length > QPV_MAX) return refuse.validation(field, `${field} names ${qpvs.length} QPV, at most ${QPV_MAX}`, { max: QPV_MAX });
  const seen = new Set<string>();
  for (const [index, qpv] of qpvs.entries()) {
    const refusal = checkText(`${field}[${index}].id`, qpv.id) ?? checkText(`${field}[${index}].nom`, qpv.nom);
    if (refusal) return refusal;
    if (seen.has(qpv.id)) return refuse.validation(`${field}[${index}].id`, `QPV ${qpv.id} is listed twice`);
    seen.add(qpv.id);
  }
  return null;
}

export function checkPorteur(field: string, porteur: PorteurRef | undefined): Refusal | null {
  if (!porteur) return refuse.validation(field, 'the porteur is required');
  return firstRefusal(
    () => checkText(`${field}.id`, porteur.id),
    () => checkText(`${field}.nom`, porteur.nom),
    () => (PORTEUR_KINDS.includes(porteur.kind) ? null : refuse.validation(`${field}.kind`, `unknown porteur kind "${porteur.kind}"`)),
  );
}

export function checkFinanceur(field: string, financeur: FinanceurRef | undefined): Refusal | null {
  if (!financeur) return refuse.validation(field, 'the financeur is required');
  return firstRefusal(
    () => checkText(`${field}.id`, financeur.id),
    () => checkText(`${field}.nom`, financeur.nom),
    () =>
      FINANCEUR_CATEGORIES.includes(financeur.categorie)
        ? null
        : refuse.validation(`${field}.categorie`, `unknown financeur category "${financeur.categorie}"`),
  );
}

export function checkNature(field: string, nature: unknown): Refusal | null {
  return NATURES_FINANCEMENT.some((known) => known === nature)
    ? null
    : refuse.validation(field, `nature must be one of ${NATURES_FINANCEMENT.join(', ')}`, { value: nature });
}

export function checkModalite(field: string, modalite: unknown): Refusal | null {
  return MODALITES_FINANCEMENT.some((known) => known === modalite)
    ? null
    : refuse.validation(field, `modalite must be one of ${MODALITES_FINANCEMENT.join(', ')}`, { value: modalite });
}
