import { refuse, type Refusal } from '@cdv/eventsourcing';
import { estTexteNonVide } from './text';
import { estCodeInseeValide } from './validators';
import { normaliserTexte } from '@cdv/shared-kernel';

/**
 * A commune as documents name it: the INSEE code when known, always a name. The seed documents never print
 * INSEE codes, so the code is optional and can be attached later.
 */
export interface CommuneRef {
  codeInsee: string | null;
  nom: string;
}

/** Key of a commune in read models and states: its INSEE code, or its normalised name until the code is known. */
export function communeCle(commune: CommuneRef): string {
  return commune.codeInsee ?? `nom:${normaliserTexte(commune.nom)}`;
}

export function validerCommune(commune: CommuneRef | undefined, field: string): Refusal | null {
  if (!commune || typeof commune !== 'object') return refuse.validation(field, 'a commune is required');
  if (!estTexteNonVide(commune.nom)) return refuse.validation(`${field}.nom`, 'the commune needs a name');
  if (commune.codeInsee !== null && !estCodeInseeValide(commune.codeInsee)) {
    return refuse.validation(`${field}.codeInsee`, `"${commune.codeInsee}" is not an INSEE commune code (5 characters, e.g. 59350 or 2A004)`, {
      value: commune.codeInsee,
    });
  }
  return null;
}

export function validerCommunes(communes: readonly CommuneRef[], field: string): Refusal | null {
  const seen = new Set<string>();
  for (const [index, commune] of communes.entries()) {
    const refusal = validerCommune(commune, `${field}[${index}]`);
    if (refusal) return refusal;
    const key = communeCle(commune);
    if (seen.has(key)) return refuse.validation(field, `commune "${commune.nom}" is listed twice`);
    seen.add(key);
  }
  return null;
}

export function communeNormalisee(commune: CommuneRef): CommuneRef {
  return { codeInsee: commune.codeInsee ?? null, nom: commune.nom.trim() };
}
