import type { RegleFinancement } from '@cdv/domain-programmation';
import type { DispositifDocument } from './dispositifs.projection';
import { actionListee } from './programmation-rapport';
import type { RapportAnnuel } from './rapport-annuel.types';
import { estRetenu, parId, type DossierRapport } from './regles-rapport';

/**
 * The EPCI's funds (seed 003 §2.3): what the programmation's lines tagged with the fund add up to (the Fonds de
 * Cohésion Sociale co-finances actions) and the operations it paid outside the programmation (the fonds de concours
 * to communes' investments), with the rules in words and the financing rules that enforce them.
 */
export function assemblerDispositifs(
  definis: readonly DispositifDocument[],
  dossiers: readonly DossierRapport[],
  regles: readonly RegleFinancement[],
  annee: number,
): RapportAnnuel['dispositifs'] {
  const retenus = dossiers.filter(estRetenu);
  const tags = new Map<string, string>();
  for (const d of retenus) for (const l of d.lignes) if (l.dispositif && l.vote > 0) tags.set(l.dispositif.id, l.dispositif.libelle);
  const ids = [...new Set([...definis.map((d) => d.dispositifId), ...tags.keys()])].sort(parId);
  return ids.map((id) => {
    const definition = definis.find((d) => d.dispositifId === id) ?? null;
    const actions = retenus
      .map((d) => ({ d, montant: d.lignes.filter((l) => l.dispositif?.id === id).reduce((s, l) => s + l.vote, 0) }))
      .filter((a) => a.montant > 0)
      .sort((a, b) => parId(a.d.dossierId, b.d.dossierId));
    const lignes = { valeur: actions.reduce((s, a) => s + a.montant, 0), regle: 'somme_vote_dispositif', dossiers: actions.map((a) => a.d.dossierId) };
    const operations = (definition?.operations ?? [])
      .filter((o) => o.annee === annee && !o.annulee)
      .sort((a, b) => parId(a.operationId, b.operationId))
      .map((o) => ({
        operationId: o.operationId,
        beneficiaire: o.beneficiaire.nom,
        projet: o.projet,
        montantOperation: o.montantOperation,
        depensesEligibles: o.depensesEligibles,
        montantAide: o.montantAide,
        dontPolitiqueVille: o.dontPolitiqueVille,
        plafondCalcule: o.plafondCalcule,
      }));
    const totalOperations = operations.reduce((s, o) => s + o.montantAide, 0);
    const appliquees = regles.filter((r) => r.cible.dispositifs?.includes(id) || definition?.reglesFinancement.includes(r.id));
    return {
      dispositifId: id,
      libelle: definition?.libelle ?? tags.get(id) ?? id,
      nature: definition?.nature ?? 'autre',
      financeur: definition?.financeur.nom ?? '',
      regles: definition?.regles ?? [],
      calcul: definition?.calcul ?? null,
      reglesFinancement: appliquees.map((r) => ({ id: r.id, libelle: r.libelle })).sort((a, b) => parId(a.id, b.id)),
      lignes: { montant: lignes, actions: actions.map((a) => ({ ...actionListee(a.d), montant: a.montant })) },
      operations,
      totalOperations,
      beneficiairesOperations: new Set(operations.map((o) => o.beneficiaire)).size,
      total: {
        valeur: lignes.valeur + totalOperations,
        regle: operations.length ? 'somme_operations_dispositif' : 'somme_vote_dispositif',
        dossiers: lignes.dossiers,
      },
    };
  });
}
