import { ApiError } from '@cdv/graphql-common';

/** A year the appel streams accept (`appel-{annee}`); the deciders give the finer message. */
export function anneeValide(field: string, annee: number): number {
  if (!Number.isInteger(annee) || annee < 2000 || annee > 2100) {
    throw new ApiError('VALIDATION_FAILED', `${field} must be a year between 2000 and 2100`, { field, value: annee });
  }
  return annee;
}
