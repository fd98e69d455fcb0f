// The execution: convention, start, commitments and payments, bilan, indicators, justification, solde, corrections
// (specs: dossier-execution.decide.unit.spec.ts).
import { euros, refuse, Refusal, type Cents } from '@cdv/eventsourcing';
import { exigerMotif } from '@cdv/shared-kernel';
import { checkCents, checkDate, checkText, firstRefusal, requireEpciStaff, requireStaffOr } from '../shared/validation';
import type {
  ConventionnerDossier,
  CorrigerMontant,
  DemarrerAction,
  DeposerBilan,
  EngagerFinancement,
  EnregistrerVersement,
  JustifierFinancement,
  RenseignerIndicateur,
  SolderDossier,
} from './dossier.commands';
import { exigerPieces } from './dossier-pieces.decide';
import type { DossierEvent, Reliquat } from './dossier.events';
import { totalDemande, type DossierExistant, type LigneState } from './dossier.state';
import {
  Decision,
  FINANCEMENT_EN_VIE,
  trouverLigne,
  isLigne,
  requireDecideur,
  checkMontantLigne,
  checkPasAuDessus,
  appliquerRegles,
  checkBeneficiaires,
  checkIndicateurs,
} from './dossier.guards';

export function conventionner(command: ConventionnerDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  const { conventionId, typeConvention, numeroEngagementJuridique } = command.data;
  if (state.convention?.id === conventionId) return [];
  if (state.statut !== 'retenu') return refuse.invalidTransition(state.statut, command.type);
  const invalid =
    checkText('conventionId', conventionId, { max: 100 }) ??
    (typeConvention === 'annuelle' || typeConvention === 'pluriannuelle' ? null : refuse.validation('typeConvention', 'annuelle or pluriannuelle'));
  if (invalid) return invalid;
  return [
    {
      type: 'DossierConventionne',
      data: { dossierId: state.dossierId, conventionId, typeConvention, ...(numeroEngagementJuridique ? { numeroEngagementJuridique } : {}) },
    },
  ];
}

export function demarrer(command: DemarrerAction, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'conventionne') return refuse.invalidTransition(state.statut, command.type);
  const invalid = checkDate('dateDebut', command.data.dateDebut);
  if (invalid) return invalid;
  return [{ type: 'ActionDemarree', data: { dossierId: state.dossierId, dateDebut: command.data.dateDebut } }];
}

export function engager(command: EngagerFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (!FINANCEMENT_EN_VIE.includes(state.statut)) return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut === 'engage' || ligne.statut === 'verse' || ligne.statut === 'justifie') {
    return refuse.conflict(`line ${ligne.ligneId} is already engaged; correct it with CorrigerMontant`, { ligneId: ligne.ligneId });
  }
  if (ligne.statut !== 'vote') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const { montant, numeroEngagementJuridique, conventionId, synthetique } = command.data;
  const invalid =
    checkMontantLigne('montant', ligne.modalite, montant) ??
    checkPasAuDessus('montant', montant, 'vote', ligne.vote ?? 0) ??
    (numeroEngagementJuridique === undefined ? null : checkText('numeroEngagementJuridique', numeroEngagementJuridique, { max: 100 }));
  if (invalid) return invalid;
  return [
    {
      type: 'FinancementEngage',
      data: {
        dossierId: state.dossierId,
        ligneId: ligne.ligneId,
        montant,
        ...(numeroEngagementJuridique ? { numeroEngagementJuridique } : {}),
        ...(conventionId ? { conventionId } : {}),
        ...(synthetique?.length ? { synthetique } : {}),
      },
    },
  ];
}

export function verser(command: EnregistrerVersement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  const { versementId, type, montant, date } = command.data;
  if (state.versementIds.includes(versementId)) return refuse.conflict(`versement ${versementId} is already recorded`, { versementId });
  if (!FINANCEMENT_EN_VIE.includes(state.statut)) return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut !== 'engage' && ligne.statut !== 'verse') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  if (ligne.soldee) return refuse.invalidTransition('ligne soldee', command.type, `the solde of line ${ligne.ligneId} is paid already`);
  const invalid = firstRefusal(
    () => checkText('versementId', versementId, { max: 100 }),
    () => (['avance', 'acompte', 'solde'].includes(type) ? null : refuse.validation('type', 'type must be avance, acompte or solde', { value: type })),
    () => checkCents('montant', montant, { allowZero: false }),
    () => checkDate('date', date),
    // docs/design.md §3: a versement never exceeds the engaged amount.
    () =>
      ligne.verse + montant > (ligne.engage ?? 0)
        ? refuse.validation('montant', `paid ${euros(ligne.verse + montant)} would exceed the engaged ${euros(ligne.engage ?? 0)}`, {
            verse: ligne.verse,
            engage: ligne.engage,
          })
        : null,
  );
  if (invalid) return invalid;
  return [
    {
      type: 'VersementEffectue',
      data: { dossierId: state.dossierId, ligneId: ligne.ligneId, versementId, type, montant, date, totalVerse: ligne.verse + montant },
    },
  ];
}

export function deposerBilan(command: DeposerBilan, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'en_cours') return refuse.invalidTransition(state.statut, command.type);
  const { coutRealise, beneficiaires, indicateurs, recit } = command.data;
  const invalid = firstRefusal(
    () => checkCents('coutRealise', coutRealise),
    () => checkBeneficiaires(beneficiaires),
    () => checkText('recit', recit, { max: 50_000 }),
    () => checkIndicateurs(indicateurs),
  );
  if (invalid) return invalid;
  return [
    { type: 'BilanDepose', data: { dossierId: state.dossierId, coutRealise, beneficiaires, recit } },
    ...indicateurs.map((indicateur): DossierEvent => ({
      type: 'IndicateurRenseigne',
      data: { dossierId: state.dossierId, ...indicateur, precedente: state.indicateurs[indicateur.indicateurId] ?? null },
    })),
  ];
}

export function renseignerIndicateur(command: RenseignerIndicateur, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'en_cours' && state.statut !== 'bilan_depose' && state.statut !== 'solde') return refuse.invalidTransition(state.statut, command.type);
  const { indicateurId, libelle, valeur, unite } = command.data;
  const invalid = checkIndicateurs([{ indicateurId, libelle, valeur, unite }]);
  if (invalid) return invalid;
  const precedente = state.indicateurs[indicateurId] ?? null;
  if (precedente === valeur) return [];
  if (precedente !== null || state.statut === 'solde') {
    const reason = exigerMotif(command.metadata, precedente !== null ? 'the indicator already had a value' : 'the dossier is soldé');
    if (reason) return reason;
  }
  return [{ type: 'IndicateurRenseigne', data: { dossierId: state.dossierId, indicateurId, libelle, valeur, ...(unite ? { unite } : {}), precedente } }];
}

export function justifier(command: JustifierFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (state.statut !== 'bilan_depose') return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut === 'justifie')
    return refuse.conflict(`line ${ligne.ligneId} is already justified; correct it with CorrigerMontant`, { ligneId: ligne.ligneId });
  if (ligne.statut !== 'verse') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const invalid = checkCents('montant', command.data.montant) ?? checkPasAuDessus('montant', command.data.montant, 'engage', ligne.engage ?? 0);
  if (invalid) return invalid;
  return [{ type: 'FinancementJustifie', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, montant: command.data.montant } }];
}

/**
 * Closes the dossier. Money voted and not engaged, or engaged and not paid, is a « reliquat »: closing with one needs
 * a reason, the refusal says what is left line by line, and a ReliquatsConstates event records it with the solde.
 */
export function solder(command: SolderDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut !== 'bilan_depose') return refuse.invalidTransition(state.statut, command.type);
  const pieces = exigerPieces(state, command.data.contexte, 'bilan');
  if (pieces) return pieces;
  const lignes = Object.values(state.lignes);
  const sum = (pick: (ligne: LigneState) => Cents | null) => lignes.reduce((total, ligne) => total + (pick(ligne) ?? 0), 0);
  const reliquats: Reliquat[] = lignes
    .filter((ligne) => ligne.vote !== null)
    .map((ligne) => {
      const vote = ligne.vote ?? 0;
      const engage = ligne.engage ?? 0;
      return {
        ligneId: ligne.ligneId,
        financeurId: ligne.financeur.id,
        vote,
        engage,
        verse: ligne.verse,
        nonEngage: Math.max(0, vote - engage),
        nonVerse: Math.max(0, engage - ligne.verse),
      };
    })
    .filter((reliquat) => reliquat.nonEngage > 0 || reliquat.nonVerse > 0);
  const restes: DossierEvent[] = [];
  if (reliquats.length) {
    const reste = (r: Reliquat) =>
      [r.nonEngage ? `${euros(r.nonEngage)} voted not engaged` : null, r.nonVerse ? `${euros(r.nonVerse)} engaged not paid` : null].filter(Boolean).join(', ');
    const detail = reliquats.map((r) => `${r.ligneId}: ${reste(r)}`).join('; ');
    const reason = exigerMotif(command.metadata, `money is left on the dossier (${detail}): say why it is closed with it`);
    if (reason) return new Refusal(reason.code, reason.message, { ...reason.details, reliquats });
    const total = (pick: (r: Reliquat) => Cents) => reliquats.reduce((sum, r) => sum + pick(r), 0);
    restes.push({
      type: 'ReliquatsConstates',
      data: { dossierId: state.dossierId, lignes: reliquats, nonEngage: total((r) => r.nonEngage), nonVerse: total((r) => r.nonVerse) },
    });
  }
  return [
    ...restes,
    {
      type: 'DossierSolde',
      data: {
        dossierId: state.dossierId,
        totaux: { vote: sum((l) => l.vote), engage: sum((l) => l.engage), verse: sum((l) => l.verse), justifie: sum((l) => l.justifie) },
      },
    },
  ];
}

export function corriger(command: CorrigerMontant, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  const { etape, montant } = command.data;
  const invalid = firstRefusal(
    () => exigerMotif(command.metadata, 'every correction of an amount says why'),
    () =>
      ['demande', 'propose', 'vote', 'engage', 'justifie'].includes(etape)
        ? null
        : refuse.validation('etape', 'etape must be demande, propose, vote, engage or justifie', { value: etape }),
    () => checkMontantLigne('montant', ligne.modalite, montant, { allowZero: true }),
  );
  if (invalid) return invalid;
  const avant = ligne[etape];
  if (avant === null) return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type, `line ${ligne.ligneId} has no ${etape} amount to correct`);
  if (avant === montant) return [];
  const broken = invariantApresCorrection(state, ligne, etape, montant);
  if (broken) return broken;
  const regles =
    etape === 'demande' || etape === 'propose' || etape === 'vote' ? appliquerRegles(state, ligne, montant, etape, command.data.contexte?.regles) : [];
  if (!Array.isArray(regles)) return regles;
  return [{ type: 'MontantCorrige', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, etape, avant, apres: montant, avertissements: regles } }];
}

/** A correction keeps every invariant: Σ demandé ≤ coût total, voté ≤ demandé, versé ≤ engagé ≤ voté, justifié ≤ engagé. */
function invariantApresCorrection(state: DossierExistant, ligne: LigneState, etape: CorrigerMontant['data']['etape'], montant: Cents): Refusal | null {
  const next = { ...ligne, [etape]: montant };
  if (etape === 'demande' && totalDemande(state, ligne.ligneId) + montant > state.champs.coutTotal) {
    return refuse.validation('montant', `the financing asked would exceed the total cost (${euros(state.champs.coutTotal)})`, {
      coutTotal: state.champs.coutTotal,
    });
  }
  if (next.vote !== null && next.vote > next.demande)
    return refuse.validation('montant', 'the voted amount cannot exceed the amount asked', { demande: next.demande, vote: next.vote });
  if (next.engage !== null && next.vote !== null && next.engage > next.vote)
    return refuse.validation('montant', 'the engaged amount cannot exceed the voted amount', { vote: next.vote, engage: next.engage });
  if (next.engage !== null && next.verse > next.engage)
    return refuse.validation('montant', 'a versement never exceeds the engaged amount', { verse: next.verse, engage: next.engage });
  if (next.justifie !== null && next.engage !== null && next.justifie > next.engage)
    return refuse.validation('montant', 'the justified amount cannot exceed the engaged amount', { engage: next.engage, justifie: next.justifie });
  return null;
}
