import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { communeNormalisee, validerCommune } from '../shared/commune';
import { debutDe, estDatePartielle, finDe } from '../shared/dates';
import { memesFaits } from '../shared/facts';
import { inexistant } from '../shared/refusals';
import { estTexteNonVide } from '../shared/text';
import type {
  AjouterSignataire,
  AnnexerDocument,
  ConclureConventionOperationnelle,
  ContratCommand,
  EnregistrerAvenant,
  EnregistrerContrat,
  ProrogerContrat,
  SignerAvenant,
  SignerContrat,
} from './contrat.commands';
import {
  NATURES_AVENANT,
  type AvenantEnregistre,
  type ContratEvent,
  type ConventionOperationnelleConclue,
  type DocumentAnnexe,
  type Periode,
  type Signataire,
  type Signature,
} from './contrat.events';
import type { Validation } from '../shared/validation';
import type { ContratState } from './contrat.state';
import { memeTexte, estIdentifiantValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = ContratEvent[] | Refusal;

export function decideContrat(command: ContratCommand, state: ContratState): Decision {
  const forbidden = exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  if (command.type === 'EnregistrerContrat') return enregistrer(command, state);
  if (state.statut === 'inexistant') return inexistant('Contrat');
  switch (command.type) {
    case 'SignerContrat':
      return signer(command, state);
    case 'AjouterSignataire':
      return ajouterSignataire(command, state);
    case 'ProrogerContrat':
      return proroger(command, state);
    case 'EnregistrerAvenant':
      return enregistrerAvenant(command, state);
    case 'SignerAvenant':
      return signerAvenant(command, state);
    case 'AnnexerDocument':
      return annexer(command, state);
    case 'ConclureConventionOperationnelle':
      return conclureConvention(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

function optionalDate(value: string | null | undefined, field: string): Refusal | null {
  return value == null || estDatePartielle(value) ? null : refuse.validation(field, `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
}

function validerPeriode(periode: Periode | null | undefined, field: string): Refusal | null {
  if (periode == null) return null;
  if (!estDatePartielle(periode.debut)) return refuse.validation(`${field}.debut`, `"${periode.debut}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const invalid = optionalDate(periode.fin, `${field}.fin`);
  if (invalid) return invalid;
  if (periode.fin !== null && finDe(periode.fin) < debutDe(periode.debut)) return refuse.validation(`${field}.fin`, 'the period ends before it starts');
  return null;
}

function validerSignataires(signataires: readonly Signataire[], field: string): Refusal | null {
  const ids = new Set<string>();
  for (const [index, signataire] of signataires.entries()) {
    if (!signataire || !estTexteNonVide(signataire.libelle)) return refuse.validation(`${field}[${index}].libelle`, 'each signatory needs its printed label');
    if (signataire.partenaireId !== null) {
      if (!estIdentifiantValide(signataire.partenaireId)) return refuse.validation(`${field}[${index}].partenaireId`, 'not a partner id');
      if (ids.has(signataire.partenaireId)) return refuse.validation(field, `partner ${signataire.partenaireId} signs twice`);
      ids.add(signataire.partenaireId);
    }
  }
  return null;
}

function validerValidations(validations: readonly Validation[], field: string): Refusal | null {
  for (const [index, validation] of validations.entries()) {
    if (!estTexteNonVide(validation.instance)) return refuse.validation(`${field}[${index}].instance`, 'the validating body is required');
    if (!estDatePartielle(validation.date)) return refuse.validation(`${field}[${index}].date`, `"${validation.date}" is not a date`);
  }
  return null;
}

function normaliserSignataire(signataire: Signataire): Signataire {
  return { partenaireId: signataire.partenaireId ?? null, libelle: signataire.libelle.trim() };
}

function enregistrer(command: EnregistrerContrat, state: ContratState): Decision {
  const { contratId, intitule, periode } = command.data;
  if (!estIdentifiantValide(contratId)) return refuse.validation('contratId', 'contratId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(intitule)) return refuse.validation('intitule', 'the contract needs a title');
  const invalid = validerPeriode(periode, 'periode');
  if (invalid) return invalid;
  const data = { contratId, intitule: intitule.trim(), periode: periode ? { debut: periode.debut, fin: periode.fin ?? null } : null };
  if (state.statut !== 'inexistant') {
    return memesFaits(state.enregistrement, data)
      ? []
      : refuse.conflict(`contrat ${state.contratId} is already registered ("${state.intitule}")`, { contratId: state.contratId });
  }
  return [{ type: 'ContratEnregistre', data }];
}

function signer(command: SignerContrat, state: ContratState): Decision {
  const { signeLe, signataires } = command.data;
  const declared = command.data.nombreSignatairesDeclare ?? null;
  if (declared !== null && (!Number.isInteger(declared) || declared < 1)) {
    return refuse.validation('nombreSignatairesDeclare', 'the stated number of signatories is a positive integer');
  }
  // A document may state how many signed without naming them ("40 signataires"): then the list may be empty.
  if ((!signataires || signataires.length === 0) && declared === null)
    return refuse.validation('signataires', 'name the signatories or give their stated number');
  const invalid = optionalDate(signeLe, 'signeLe') ?? validerSignataires(signataires ?? [], 'signataires');
  if (invalid) return invalid;
  const data = {
    contratId: state.contratId,
    signeLe,
    lieu: command.data.lieu ?? null,
    signataires: (signataires ?? []).map(normaliserSignataire),
    nombreSignatairesDeclare: declared,
  };
  if (state.statut === 'signe') {
    return memesFaits(state.signature, data) ? [] : refuse.invalidTransition('signe', command.type, `contrat ${state.contratId} is already signed`);
  }
  return [{ type: 'ContratSigne', data }];
}

function ajouterSignataire(command: AjouterSignataire, state: ContratState): Decision {
  if (state.statut !== 'signe') {
    return refuse.invalidTransition(state.statut, command.type, 'before the signature, list every signatory in SignerContrat');
  }
  const invalid = validerSignataires([command.data.signataire], 'signataire') ?? optionalDate(command.data.depuis, 'depuis');
  if (invalid) return invalid;
  const signataire = normaliserSignataire(command.data.signataire);
  const known = state.signataires.some((s) =>
    signataire.partenaireId !== null ? s.partenaireId === signataire.partenaireId : memeTexte(s.libelle, signataire.libelle),
  );
  if (known) return [];
  const motif = exigerMotif(command.metadata, 'the contract is already signed');
  if (motif) return motif;
  return [{ type: 'SignataireAjoute', data: { contratId: state.contratId, signataire, depuis: command.data.depuis ?? null } }];
}

function proroger(command: ProrogerContrat, state: ContratState): Decision {
  const { nouvelleFin, fondementJuridique, dateEffet } = command.data;
  if (!state.periode) return refuse.invalidTransition('sans_periode', command.type, 'the contract has no period to extend');
  if (!estDatePartielle(nouvelleFin)) return refuse.validation('nouvelleFin', `"${nouvelleFin}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const invalid = optionalDate(dateEffet, 'dateEffet');
  if (invalid) return invalid;
  if (fondementJuridique !== null && !estTexteNonVide(fondementJuridique)) return refuse.validation('fondementJuridique', 'the legal basis must not be empty');
  const ancienneFin = state.periode.fin;
  if (ancienneFin !== null && finDe(nouvelleFin) === finDe(ancienneFin)) return [];
  if (ancienneFin !== null && finDe(nouvelleFin) < finDe(ancienneFin)) {
    return refuse.validation('nouvelleFin', `a prorogation extends the contract beyond ${ancienneFin}`);
  }
  if (finDe(nouvelleFin) < debutDe(state.periode.debut)) return refuse.validation('nouvelleFin', 'the new end precedes the start of the contract');
  if (state.statut === 'signe') {
    const motif = exigerMotif(command.metadata, 'the term of a signed contract changes');
    if (motif) return motif;
  }
  return [{ type: 'ContratProroge', data: { contratId: state.contratId, ancienneFin, nouvelleFin, fondementJuridique, dateEffet } }];
}

function enregistrerAvenant(command: EnregistrerAvenant, state: ContratState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.avenantId)) return refuse.validation('avenantId', 'avenantId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(data.intitule)) return refuse.validation('intitule', 'the avenant needs a title');
  if (data.nature !== null && !NATURES_AVENANT.includes(data.nature)) {
    return refuse.validation('nature', `nature must be one of ${NATURES_AVENANT.join(', ')}`);
  }
  const invalid =
    optionalDate(data.dateDocument, 'dateDocument') ??
    validerPeriode(data.periode, 'periode') ??
    validerValidations(data.validations ?? [], 'validations') ??
    validerSignataires(data.signatairesPrevus ?? [], 'signatairesPrevus');
  if (invalid) return invalid;
  if ((data.alias ?? []).some((alias) => !estTexteNonVide(alias))) return refuse.validation('alias', 'aliases must not be empty');
  const enregistrement: AvenantEnregistre['data'] = {
    contratId: state.contratId,
    avenantId: data.avenantId,
    intitule: data.intitule.trim(),
    nature: data.nature,
    alias: data.alias ?? [],
    dateDocument: data.dateDocument ?? null,
    validations: data.validations ?? [],
    periode: data.periode ?? null,
    signatairesPrevus: (data.signatairesPrevus ?? []).map(normaliserSignataire),
  };
  const existing = state.avenants[data.avenantId];
  if (existing) {
    return memesFaits(existing.enregistrement, enregistrement)
      ? []
      : refuse.conflict(`avenant ${data.avenantId} is already registered`, { avenantId: data.avenantId });
  }
  return [{ type: 'AvenantEnregistre', data: enregistrement }];
}

function signerAvenant(command: SignerAvenant, state: ContratState): Decision {
  const { avenantId, signeLe, signatures } = command.data;
  const avenant = state.avenants[avenantId];
  if (!avenant) return inexistant('Avenant', avenantId);
  let invalid = optionalDate(signeLe, 'signeLe');
  if (!signatures || signatures.length === 0) invalid = invalid ?? refuse.validation('signatures', 'list the signatures');
  invalid = invalid ?? validerSignataires(signatures, 'signatures');
  for (const [index, signature] of (signatures ?? []).entries()) {
    invalid = invalid ?? optionalDate(signature.date, `signatures[${index}].date`);
  }
  if (invalid) return invalid;
  const data = {
    contratId: state.contratId,
    avenantId,
    signeLe,
    lieu: command.data.lieu ?? null,
    signatures: signatures.map((s): Signature => ({
      ...normaliserSignataire(s),
      representant: s.representant ?? null,
      date: s.date ?? null,
      lieu: s.lieu ?? null,
      note: s.note ?? null,
    })),
  };
  if (avenant.signature) {
    return memesFaits(avenant.signature, data) ? [] : refuse.invalidTransition('signe', command.type, `avenant ${avenantId} is already signed`);
  }
  return [{ type: 'AvenantSigne', data }];
}

function annexer(command: AnnexerDocument, state: ContratState): Decision {
  const { documentId, intitule } = command.data;
  if (!estIdentifiantValide(documentId)) return refuse.validation('documentId', 'documentId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(intitule)) return refuse.validation('intitule', 'the document needs a title');
  const invalid = optionalDate(command.data.date, 'date');
  if (invalid) return invalid;
  const data: DocumentAnnexe['data'] = {
    contratId: state.contratId,
    documentId,
    intitule: intitule.trim(),
    date: command.data.date ?? null,
    note: command.data.note ?? null,
  };
  const existing = state.documents[documentId];
  if (existing) return memesFaits(existing, data) ? [] : refuse.conflict(`document ${documentId} is already annexed`, { documentId });
  return [{ type: 'DocumentAnnexe', data }];
}

function conclureConvention(command: ConclureConventionOperationnelle, state: ContratState): Decision {
  const { conventionId, commune, intitule } = command.data;
  if (!estIdentifiantValide(conventionId)) return refuse.validation('conventionId', 'conventionId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(intitule)) return refuse.validation('intitule', 'the convention needs a title');
  const invalid = validerCommune(commune, 'commune') ?? validerPeriode(command.data.periode, 'periode') ?? optionalDate(command.data.signeLe, 'signeLe');
  if (invalid) return invalid;
  const data: ConventionOperationnelleConclue['data'] = {
    contratId: state.contratId,
    conventionId,
    commune: communeNormalisee(commune),
    intitule: intitule.trim(),
    periode: command.data.periode ?? null,
    signeLe: command.data.signeLe ?? null,
  };
  const existing = state.conventions[conventionId];
  if (existing) return memesFaits(existing, data) ? [] : refuse.conflict(`convention ${conventionId} already exists`, { conventionId });
  return [{ type: 'ConventionOperationnelleConclue', data }];
}
