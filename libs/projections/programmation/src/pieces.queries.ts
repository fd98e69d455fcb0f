import type { TypeDetenteur } from './pieces.projection';

/**
 * The pieces of one or several holders (dossiers or conventions), withdrawn ones only when asked (auditors).
 * Sorted by first deposit, then id: the order a dossier page lists them.
 */
export function piecesDesDetenteursQuery(type: TypeDetenteur, ids: readonly string[], options: { inclureRetirees: boolean }) {
  return {
    filter: {
      'detenteur.type': type,
      'detenteur.id': { $in: [...ids] },
      ...(options.inclureRetirees ? {} : { statut: 'active' }),
    },
    sort: { deposeLe: 1 as const, _id: 1 as const },
  };
}
