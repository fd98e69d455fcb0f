// Bounds of what a dossier command may carry (docs/api.md « Limits »).

/** Bounds of a dossier's description (docs/api.md « Limits »): a grouped line stands for a few dozen actions at most. */
export const NOMBRE_ACTIONS_MAX = 1_000;

export const PUBLICS_MAX = 50;

/** A motif is a few sentences, like the metadata's reason (COMMAND_LIMITS.reason). */
export const MOTIF_MAX = 2_000;

/** An indicator value (people, hours, euros…): beyond 10^12 it is a typing slip. */
export const INDICATEUR_MAX = 1_000_000_000_000;
