import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { estDatePartielle } from '../shared/dates';
import { estDecimal } from '../shared/decimal';
import { memesFaits } from '../shared/facts';
import { inexistant } from '../shared/refusals';
import { estTexteNonVide } from '../shared/text';
import type { ChiffresCommand, CorrigerChiffre, DeclarerChiffre } from './chiffres.commands';
import { TYPES_SUJET, type Chiffre, type ChiffresEvent } from './chiffres.events';
import type { ChiffresState } from './chiffres.state';
import { estIdentifiantValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = ChiffresEvent[] | Refusal;

export function decideChiffres(command: ChiffresCommand, state: ChiffresState): Decision {
  const forbidden = exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  switch (command.type) {
    case 'DeclarerChiffre':
      return declarer(command, state);
    case 'CorrigerChiffre':
      return corriger(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

function declarer(command: DeclarerChiffre, state: ChiffresState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.documentId)) return refuse.validation('documentId', 'documentId must be letters, digits, dot, dash or underscore');
  if (state.documentId !== null && state.documentId !== data.documentId)
    return refuse.validation('documentId', `this stream holds the figures of ${state.documentId}`);
  if (!estIdentifiantValide(data.chiffreId)) return refuse.validation('chiffreId', 'chiffreId must be letters, digits, dot, dash or underscore');
  if (!/^[a-z0-9_.-]+$/.test(data.cle ?? '')) return refuse.validation('cle', 'cle is a key (lower-case letters, digits, _ . -)');
  if (!estTexteNonVide(data.libelle)) return refuse.validation('libelle', 'say what the figure is');
  if (!estTexteNonVide(data.valeurImprimee)) return refuse.validation('valeurImprimee', 'the value as printed is required');
  if (data.valeur !== null && !estDecimal(data.valeur)) return refuse.validation('valeur', `"${data.valeur}" is not a decimal number`);
  if (!estTexteNonVide(data.document)) return refuse.validation('document', 'name the source document');
  if (!estTexteNonVide(data.localisation)) return refuse.validation('localisation', 'give the page or line of the figure');
  if (data.dateReference != null && !estDatePartielle(data.dateReference)) return refuse.validation('dateReference', `"${data.dateReference}" is not a date`);
  const sujet = data.sujet ?? { type: 'territoire', id: null };
  if (!TYPES_SUJET.includes(sujet.type)) return refuse.validation('sujet.type', `sujet is one of ${TYPES_SUJET.join(', ')}`);
  const chiffre: Chiffre = {
    chiffreId: data.chiffreId,
    cle: data.cle,
    libelle: data.libelle,
    valeurImprimee: data.valeurImprimee,
    valeur: data.valeur,
    unite: data.unite ?? null,
    qualificatif: data.qualificatif ?? null,
    dateReference: data.dateReference ?? null,
    sujet: { type: sujet.type, id: sujet.id ?? null },
    document: data.document,
    localisation: data.localisation,
  };
  const existing = state.declares[chiffre.chiffreId];
  if (existing) {
    // Printed figures are never overwritten by a new declaration: a mis-reading is fixed with CorrigerChiffre.
    return memesFaits(existing, chiffre)
      ? []
      : refuse.conflict(`figure ${chiffre.chiffreId} is already declared; use CorrigerChiffre`, { chiffreId: chiffre.chiffreId });
  }
  return [{ type: 'ChiffreDeclare', data: { documentId: data.documentId, ...chiffre } }];
}

function corriger(command: CorrigerChiffre, state: ChiffresState): Decision {
  const current = state.courants[command.data.chiffreId];
  if (!current || state.documentId === null) return inexistant('Chiffre', command.data.chiffreId);
  const next = {
    valeurImprimee: command.data.valeurImprimee ?? current.valeurImprimee,
    valeur: command.data.valeur === undefined ? current.valeur : command.data.valeur,
    localisation: command.data.localisation ?? current.localisation,
  };
  if (!estTexteNonVide(next.valeurImprimee)) return refuse.validation('valeurImprimee', 'the value as printed is required');
  if (next.valeur !== null && !estDecimal(next.valeur)) return refuse.validation('valeur', `"${next.valeur}" is not a decimal number`);
  if (!estTexteNonVide(next.localisation)) return refuse.validation('localisation', 'give the page or line of the figure');
  const precedente = { valeurImprimee: current.valeurImprimee, valeur: current.valeur, localisation: current.localisation };
  if (memesFaits(precedente, next)) return [];
  const motif = exigerMotif(command.metadata, 'a reported figure is corrected');
  if (motif) return motif;
  return [{ type: 'ChiffreCorrige', data: { documentId: state.documentId, chiffreId: current.chiffreId, ...next, precedente } }];
}
