import { ApiError, DateTimeScalar } from '@cdv/graphql-common';

/** A query string as Express parses it: repeated keys give arrays. */
export type Query = Record<string, unknown>;

/** Longest value a parameter may carry: enough for any id, date or search, short of a hostile payload. */
const VALEUR_MAX = 500;
const PARAMETRES_MAX = 40;

function invalide(field: string, message: string, details: Record<string, unknown> = {}): ApiError {
  return new ApiError('VALIDATION_FAILED', message, { field, ...details });
}

/**
 * The query string of an export, read parameter by parameter: each getter validates its value and marks it
 * used; `terminer()` refuses any parameter no getter used, so that a misspelt filter is an error instead of a
 * silently wider export (VALIDATION_FAILED with the parameter as `field`).
 */
export class RequeteExport {
  private readonly lus = new Set<string>();

  constructor(private readonly query: Query) {
    const noms = Object.keys(query);
    if (noms.length > PARAMETRES_MAX) throw invalide('query', `more than ${PARAMETRES_MAX} parameters`);
  }

  /** The raw values of a parameter (`a=1&a=2` or `a=1,2` for lists), each checked for size. */
  private valeurs(nom: string): string[] | undefined {
    this.lus.add(nom);
    const brut = this.query[nom];
    if (brut === undefined) return undefined;
    const valeurs = Array.isArray(brut) ? brut : [brut];
    for (const valeur of valeurs) {
      if (typeof valeur !== 'string') throw invalide(nom, `${nom} must be a plain value`);
      if (valeur.length > VALEUR_MAX) throw invalide(nom, `${nom} is longer than ${VALEUR_MAX} characters`);
    }
    return valeurs as string[];
  }

  texte(nom: string): string | undefined {
    const valeurs = this.valeurs(nom);
    if (valeurs === undefined) return undefined;
    if (valeurs.length > 1) throw invalide(nom, `${nom} is given ${valeurs.length} times`);
    const valeur = valeurs[0].trim();
    if (valeur === '') throw invalide(nom, `${nom} is empty: give a value or leave it out`);
    return valeur;
  }

  /** `id` shaped values (partenaire, pilier, QPV ids…). */
  identifiant(nom: string): string | undefined {
    const valeur = this.texte(nom);
    if (valeur !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(valeur)) throw invalide(nom, `${nom} "${valeur.slice(0, 60)}" is not an id`);
    return valeur;
  }

  entier(nom: string, bornes: { min: number; max: number }): number | undefined {
    const valeur = this.texte(nom);
    if (valeur === undefined) return undefined;
    const n = Number(valeur);
    if (!/^-?\d+$/.test(valeur) || n < bornes.min || n > bornes.max)
      throw invalide(nom, `${nom} must be a whole number between ${bornes.min} and ${bornes.max}`);
    return n;
  }

  booleen(nom: string): boolean | undefined {
    const valeur = this.texte(nom);
    if (valeur === undefined) return undefined;
    if (valeur === 'true' || valeur === 'oui') return true;
    if (valeur === 'false' || valeur === 'non') return false;
    throw invalide(nom, `${nom} must be true or false`);
  }

  choix<T extends string>(nom: string, valeurs: readonly T[]): T | undefined {
    const valeur = this.texte(nom);
    if (valeur !== undefined && !valeurs.includes(valeur as T)) throw invalide(nom, `${nom} must be one of ${valeurs.join(', ')}`, { allowed: valeurs });
    return valeur as T | undefined;
  }

  /** A list: repeated (`statut=a&statut=b`) or comma-separated (`statut=a,b`). */
  liste(nom: string, options: { valeurs?: readonly string[]; max?: number } = {}): string[] | undefined {
    const brutes = this.valeurs(nom);
    if (brutes === undefined) return undefined;
    const valeurs = brutes.flatMap((valeur) => valeur.split(',')).map((valeur) => valeur.trim());
    if (valeurs.some((valeur) => valeur === '')) throw invalide(nom, `${nom} has an empty item`);
    const max = options.max ?? 100;
    if (valeurs.length > max) throw invalide(nom, `${nom} has more than ${max} items`);
    const inconnues = options.valeurs ? valeurs.filter((valeur) => !options.valeurs?.includes(valeur)) : [];
    if (inconnues.length > 0)
      throw invalide(nom, `${nom}: "${inconnues[0].slice(0, 60)}" is not one of ${options.valeurs?.join(', ')}`, { allowed: options.valeurs });
    return valeurs;
  }

  /** A calendar date, `YYYY-MM-DD`. */
  date(nom: string): string | undefined {
    const valeur = this.texte(nom);
    if (valeur === undefined) return undefined;
    const time = /^\d{4}-\d{2}-\d{2}$/.test(valeur) ? Date.parse(`${valeur}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== valeur) throw invalide(nom, `${nom} must be a date (YYYY-MM-DD)`);
    return valeur;
  }

  /** An instant, ISO 8601 with a time zone, as the GraphQL `DateTime` scalar reads it (returned in UTC). */
  instant(nom: string): string | undefined {
    const valeur = this.texte(nom);
    if (valeur === undefined) return undefined;
    try {
      return DateTimeScalar.parseValue(valeur) as string;
    } catch {
      throw invalide(nom, `${nom} must be an ISO 8601 instant with a time zone (e.g. 2019-03-15T12:00:00Z)`);
    }
  }

  /** Refuses the parameters no getter read. */
  terminer(): void {
    const inconnus = Object.keys(this.query).filter((nom) => !this.lus.has(nom));
    if (inconnus.length > 0) {
      throw invalide(
        inconnus[0].slice(0, 60),
        `unknown parameter${inconnus.length > 1 ? 's' : ''} ${inconnus.map((nom) => `"${nom.slice(0, 60)}"`).join(', ')}`,
        {
          known: [...this.lus].sort(),
        },
      );
    }
  }
}
