import { refuse, type Refusal } from '@cdv/eventsourcing';
import { NATURES_FINANCEMENT } from '../shared/references';
import {
  checkCents,
  checkDate,
  checkFinanceur,
  checkPorteur,
  checkText,
  checkYear,
  firstRefusal,
  isEpciStaff,
  refuseReadOnly,
  requireEpciStaff,
} from '../shared/validation';
import type { ConventionCommand, EngagerTranche, RattacherDossierAConvention, SignerConvention } from './convention.commands';
import { decidePiecesConvention } from './convention-pieces.decide';
import type { ConventionStreamEvent } from './convention.events';
import { trancheKey, type ConventionState } from './convention.state';

type Existing = Exclude<ConventionState, { statut: 'inexistant' }>;

/** A CPO runs at most 4 years (circulaire du 29 septembre 2015 on CPO with associations). */
const DUREE_MAX_CPO = 4;

export function decideConvention(command: ConventionCommand, state: ConventionState): ConventionStreamEvent[] | Refusal {
  const readOnly = refuseReadOnly(command.metadata.actor);
  if (readOnly) return readOnly;
  if (command.type === 'SignerConvention') return signer(command, state);
  if (state.statut === 'inexistant') return refuse.notFound('Convention', command.data.conventionId);
  switch (command.type) {
    case 'RattacherDossierAConvention':
      return rattacher(command, state);
    case 'EngagerTranche':
      return engagerTranche(command, state);
    case 'DeposerPiece':
    case 'RemplacerPiece':
    case 'RetirerPiece':
      return decidePiecesConvention(command, state);
  }
}

function signer(command: SignerConvention, state: ConventionState): ConventionStreamEvent[] | Refusal {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut !== 'inexistant') return refuse.conflict(`convention ${state.conventionId} is already signed`, { conventionId: state.conventionId });
  const { data } = command;
  const invalid = firstRefusal(
    () => checkText('conventionId', data.conventionId, { max: 100 }),
    () =>
      data.typeConvention === 'annuelle' || data.typeConvention === 'pluriannuelle'
        ? null
        : refuse.validation('typeConvention', 'annuelle or pluriannuelle', { value: data.typeConvention }),
    () => checkText('objet', data.objet, { max: 1000 }),
    () => checkPorteur('porteur', data.porteur),
    () => checkYear('anneeDebut', data.anneeDebut),
    () => checkYear('anneeFin', data.anneeFin),
    () => checkDuree(data),
    () => checkDate('dateSignature', data.dateSignature),
    () => (data.numeroEngagementJuridique === undefined ? null : checkText('numeroEngagementJuridique', data.numeroEngagementJuridique, { max: 100 })),
    () => checkSignataires(data.signataires),
    () => checkDossiers(data),
  );
  if (invalid) return invalid;
  return [{ type: 'ConventionSignee', data: { ...data } }];
}

function rattacher(command: RattacherDossierAConvention, state: Existing): ConventionStreamEvent[] | Refusal {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  const { dossierId, annee } = command.data;
  if (state.dossiers[dossierId] !== undefined) return refuse.conflict(`dossier ${dossierId} is already linked to this convention`, { dossierId });
  const invalid = checkText('dossierId', dossierId, { max: 100 }) ?? checkAnneeDansPeriode('annee', annee, state);
  if (invalid) return invalid;
  return [{ type: 'DossierRattacheAConvention', data: { conventionId: state.conventionId, dossierId, annee } }];
}

function engagerTranche(command: EngagerTranche, state: Existing): ConventionStreamEvent[] | Refusal {
  const { data, metadata } = command;
  const actor = metadata.actor;
  // A financeur's instructeur engages its own tranches; the EPCI's agents record them for every signataire.
  if (!isEpciStaff(actor)) {
    if (actor.role !== 'instructeur') return refuse.forbidden(`role ${actor.role} cannot engage a tranche`, { role: actor.role, command: command.type });
    if (actor.organisationId !== data.financeurId) {
      return refuse.forbidden('an instructeur engages the tranches of its own organisation only', {
        organisationId: actor.organisationId ?? null,
        financeurId: data.financeurId,
      });
    }
  }
  if (state.tranches.includes(trancheKey(data.annee, data.dossierId, data.ligneId))) {
    return refuse.conflict(`the ${data.annee} tranche of line ${data.ligneId} is already engaged`, { annee: data.annee, ligneId: data.ligneId });
  }
  const invalid = firstRefusal(
    () => checkAnneeDansPeriode('annee', data.annee, state),
    () =>
      state.signataires[data.financeurId]
        ? null
        : refuse.validation('financeurId', `${data.financeurId} did not sign this convention`, { value: data.financeurId }),
    () =>
      NATURES_FINANCEMENT.some((nature) => data.ligneId === `${data.financeurId}:${nature}`)
        ? null
        : refuse.validation('ligneId', `line ${data.ligneId} is not a line of ${data.financeurId}`, { value: data.ligneId }),
    () =>
      state.dossiers[data.dossierId] === data.annee
        ? null
        : refuse.validation('dossierId', `dossier ${data.dossierId} is not the convention's dossier for ${data.annee}`, { value: data.dossierId }),
    () => checkCents('montant', data.montant, { allowZero: false }),
    () => (data.numeroEngagementJuridique === undefined ? null : checkText('numeroEngagementJuridique', data.numeroEngagementJuridique, { max: 100 })),
  );
  if (invalid) return invalid;
  return [{ type: 'TrancheEngagee', data: { ...data } }];
}

function checkDuree(data: SignerConvention['data']): Refusal | null {
  if (data.anneeFin < data.anneeDebut) return refuse.validation('anneeFin', `${data.anneeFin} is before ${data.anneeDebut}`);
  if (data.typeConvention === 'annuelle' && data.anneeFin !== data.anneeDebut) {
    return refuse.validation('anneeFin', 'an annual convention covers one year');
  }
  if (data.typeConvention === 'pluriannuelle') {
    const years = data.anneeFin - data.anneeDebut + 1;
    if (years < 2 || years > DUREE_MAX_CPO) return refuse.validation('anneeFin', `a CPO covers 2 to ${DUREE_MAX_CPO} years (here ${years})`);
  }
  return null;
}

function checkSignataires(signataires: SignerConvention['data']['signataires']): Refusal | null {
  if (!Array.isArray(signataires) || !signataires.length) return refuse.validation('signataires', 'at least one financeur signs');
  const seen = new Set<string>();
  for (const [index, financeur] of signataires.entries()) {
    const refusal =
      checkFinanceur(`signataires[${index}]`, financeur) ??
      (seen.has(financeur.id) ? refuse.validation(`signataires[${index}].id`, `${financeur.id} is listed twice`) : null);
    if (refusal) return refusal;
    seen.add(financeur.id);
  }
  return null;
}

function checkDossiers(data: SignerConvention['data']): Refusal | null {
  if (!Array.isArray(data.dossiers) || !data.dossiers.length) return refuse.validation('dossiers', 'a convention covers at least one dossier');
  const seen = new Set<string>();
  for (const [index, dossier] of data.dossiers.entries()) {
    const field = `dossiers[${index}]`;
    const refusal = firstRefusal(
      () => checkText(`${field}.dossierId`, dossier.dossierId, { max: 100 }),
      () =>
        dossier.annee >= data.anneeDebut && dossier.annee <= data.anneeFin
          ? null
          : refuse.validation(`${field}.annee`, `${dossier.annee} is outside ${data.anneeDebut}–${data.anneeFin}`, { value: dossier.annee }),
      () => (seen.has(dossier.dossierId) ? refuse.validation(`${field}.dossierId`, `dossier ${dossier.dossierId} is listed twice`) : null),
    );
    if (refusal) return refusal;
    seen.add(dossier.dossierId);
  }
  return null;
}

function checkAnneeDansPeriode(field: string, annee: number, state: Existing): Refusal | null {
  return Number.isInteger(annee) && annee >= state.anneeDebut && annee <= state.anneeFin
    ? null
    : refuse.validation(field, `${annee} is outside the convention's period ${state.anneeDebut}–${state.anneeFin}`, { value: annee });
}
