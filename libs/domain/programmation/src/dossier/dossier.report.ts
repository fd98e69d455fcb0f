import type { AppelLu, DeposerDossier } from './dossier.commands';
import type { DossierExistant } from './dossier.state';

/**
 * « ajourné → next year's appel, same série »: the deposit that carries an ajourné dossier into the next year's
 * appel. A new dossier (its own stream, its own year) in the same série and rank, pointing back to its origin;
 * the plan de financement is asked again with DemanderFinancement (amounts are per year).
 */
export function depotDepuisAjourne(ajourne: DossierExistant, args: { nouveauDossierId: string; appel: AppelLu }): DeposerDossier['data'] {
  return {
    dossierId: args.nouveauDossierId,
    annee: args.appel.annee,
    porteur: ajourne.porteur,
    ...ajourne.champs,
    serie: ajourne.serie,
    origine: { dossierId: ajourne.dossierId, annee: ajourne.annee },
    contexte: { appel: args.appel },
  };
}
