import type { DeposerBilanInput } from '../../gql/graphql';
import { saisieVersMontant } from '../../shared/format';

/**
 * The bilan of an action as its porteur types it: realised cost, beneficiaries by sex, age band and QPV residence,
 * indicator values of the référentiel's catalogue, and the narrative. Checked like the dossier's decider checks it
 * (libs/domain/programmation/src/dossier/dossier.decide.ts, checkBeneficiaires) so that a mistake shows as typed.
 */
export interface SaisieBilan {
  coutRealise: string;
  femmes: string;
  hommes: string;
  nonRenseigne: string;
  residentsQpv: string;
  /** Age band → count typed (empty: not given). */
  parTrancheAge: Record<string, string>;
  indicateurs: Array<{ cle: string; indicateurId: string; valeur: string }>;
  recit: string;
  reason: string;
}

/**
 * Age bands of the bilan when the catalogue's indicators name none: those of the bilans of the politique de la
 * ville's financeurs (docs/adr/0029-espace-porteur-et-auditeur.md).
 */
export const TRANCHES_AGE_PAR_DEFAUT = ['0-5', '6-11', '12-15', '16-17', '18-25', '26-64', '65+'];

export function libelleTranche(tranche: string): string {
  const match = /^(\d+)-(\d+)$/.exec(tranche);
  if (match) return `${match[1]} à ${match[2]} ans`;
  return /^(\d+)\+$/.test(tranche) ? `${tranche.slice(0, -1)} ans et plus` : tranche;
}

export function saisieBilanVide(): SaisieBilan {
  return { coutRealise: '', femmes: '', hommes: '', nonRenseigne: '0', residentsQpv: '', parTrancheAge: {}, indicateurs: [], recit: '', reason: '' };
}

const entier = (texte: string): number | null => (/^\d{1,9}$/.test(texte.trim()) ? Number(texte.trim()) : null);

export function totalBeneficiaires(saisie: SaisieBilan): number {
  return (entier(saisie.femmes) ?? 0) + (entier(saisie.hommes) ?? 0) + (entier(saisie.nonRenseigne) ?? 0);
}

/** Field → what is wrong, in French. */
export function verifierBilan(saisie: SaisieBilan): Record<string, string> {
  const erreurs: Record<string, string> = {};
  if (saisieVersMontant(saisie.coutRealise) === null) erreurs.coutRealise = 'Le coût réalisé, en euros (ex. 11 800).';
  for (const champ of ['femmes', 'hommes', 'nonRenseigne', 'residentsQpv'] as const) {
    if (entier(saisie[champ]) === null) erreurs[champ] = 'Un nombre entier de personnes (0 si aucune).';
  }
  const total = totalBeneficiaires(saisie);
  const residents = entier(saisie.residentsQpv);
  if (residents !== null && residents > total) erreurs.residentsQpv = `Plus de résidents en QPV (${residents}) que de bénéficiaires (${total}).`;
  let parAge = 0;
  for (const [tranche, valeur] of Object.entries(saisie.parTrancheAge)) {
    if (!valeur.trim()) continue;
    const nombre = entier(valeur);
    if (nombre === null) erreurs[`age.${tranche}`] = 'Un nombre entier.';
    else parAge += nombre;
  }
  if (parAge > total) erreurs.parTrancheAge = `Les tranches d’âge comptent ${parAge} personnes, plus que les ${total} bénéficiaires.`;
  const vus = new Set<string>();
  saisie.indicateurs.forEach((indicateur, index) => {
    if (!indicateur.indicateurId) erreurs[`indicateurs.${index}.indicateurId`] = 'Choisissez l’indicateur.';
    else if (vus.has(indicateur.indicateurId)) erreurs[`indicateurs.${index}.indicateurId`] = 'Cet indicateur est déjà renseigné.';
    vus.add(indicateur.indicateurId);
    if (!Number.isFinite(Number(indicateur.valeur.replace(',', '.'))) || !indicateur.valeur.trim())
      erreurs[`indicateurs.${index}.valeur`] = 'Une valeur numérique (ex. 42 ou 12,5).';
  });
  if (!saisie.recit.trim()) erreurs.recit = 'Racontez ce que l’action a réalisé (le récit est obligatoire).';
  return erreurs;
}

export function entreeBilan(
  dossierId: string,
  saisie: SaisieBilan,
  catalogue: ReadonlyArray<{ id: string; libelle?: string | null; unite?: string | null }>,
  options: { expectedRevision: number | null; commandId: string },
): DeposerBilanInput {
  return {
    dossierId,
    expectedRevision: options.expectedRevision,
    commandId: options.commandId,
    coutRealise: saisieVersMontant(saisie.coutRealise) ?? '',
    beneficiaires: {
      total: totalBeneficiaires(saisie),
      femmes: entier(saisie.femmes) ?? 0,
      hommes: entier(saisie.hommes) ?? 0,
      nonRenseigne: entier(saisie.nonRenseigne) ?? 0,
      residentsQpv: entier(saisie.residentsQpv) ?? 0,
      parTrancheAge: Object.entries(saisie.parTrancheAge)
        .filter(([, valeur]) => valeur.trim() !== '')
        .map(([tranche, valeur]) => ({ tranche, nombre: entier(valeur) ?? 0 })),
    },
    indicateurs: saisie.indicateurs.map((indicateur) => {
      const connu = catalogue.find((candidat) => candidat.id === indicateur.indicateurId);
      return {
        indicateurId: indicateur.indicateurId,
        libelle: connu?.libelle ?? indicateur.indicateurId,
        valeur: Number(indicateur.valeur.replace(',', '.')),
        ...(connu?.unite ? { unite: connu.unite } : {}),
      };
    }),
    recit: saisie.recit.trim(),
    ...(saisie.reason.trim() ? { reason: saisie.reason.trim() } : {}),
  };
}
