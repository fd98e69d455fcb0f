import { canonicalJson, refuse, type Refusal, isCalendarDate } from '@cdv/eventsourcing';
import { businessDate, checkDate, checkText, checkYear, firstRefusal, refuseReadOnly, requireEpciStaff } from '@cdv/domain-programmation';
import { checkSlug, empreinte, isInstant, LIMITES_RAPPORT, unMoisApres } from '../shared/regles';
import type {
  AdopterRapport,
  ArreterRapport,
  CloreConsultation,
  EnregistrerAvis,
  RapportCommand,
  RedigerSection,
  RetirerSection,
  SoumettreAConsultation,
  TransmettreRapport,
} from './rapport.commands';
import { SENS_AVIS, TYPES_DESTINATAIRE, type Destinataire, type RapportEvent, type SectionRapport } from './rapport.events';
import { sectionsOrdonnees, type Consultation, type RapportExistant, type RapportState } from './rapport.state';
import { exigerMotif } from '@cdv/shared-kernel';

type Decision = RapportEvent[] | Refusal;

/**
 * Every command of the rapport annuel is the EPCI's (admins and agents; `system` for seeds): porteurs,
 * instructeurs, auditeurs and lecteurs are refused whatever the state. Rules: docs/domain/rapport-annuel.md.
 */
export function decideRapport(command: RapportCommand, state: RapportState): Decision {
  const denied = refuseReadOnly(command.metadata.actor) ?? requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  const annee = checkYear('annee', command.data.annee);
  if (annee) return annee;
  if (state.statut !== 'inexistant' && command.data.annee !== state.annee) {
    return refuse.validation('annee', `this stream is the rapport ${state.annee}`, { value: command.data.annee });
  }
  switch (command.type) {
    case 'RedigerSection':
      return redigerSection(command, state);
    case 'ArreterRapport':
      return arreter(command, state);
  }
  if (state.statut === 'inexistant') return refuse.notFound('RapportAnnuel', String(command.data.annee));
  switch (command.type) {
    case 'RetirerSection':
      return retirerSection(command, state);
    case 'SoumettreAConsultation':
      return soumettre(command, state);
    case 'EnregistrerAvis':
      return enregistrerAvis(command, state);
    case 'CloreConsultation':
      return clore(command, state);
    case 'AdopterRapport':
      return adopter(command, state);
    case 'TransmettreRapport':
      return transmettre(command, state);
  }
}

// ── Draft ────────────────────────────────────────────────────────────────────────────────────────────────────

function redigerSection(command: RedigerSection, state: RapportState): Decision {
  const { annee, section } = command.data;
  const refusal = checkSection(section);
  if (refusal) return refusal;
  const sections = state.statut === 'inexistant' ? {} : state.sections;
  const precedente = sections[section.sectionId];
  if (!precedente && Object.keys(sections).length >= LIMITES_RAPPORT.sections) {
    return refuse.validation('section', `a report holds ${LIMITES_RAPPORT.sections} sections at most`);
  }
  const normalisee: SectionRapport = { ...section, chiffreId: section.chiffreId ?? null };
  if (precedente && canonicalJson(precedente) === canonicalJson(normalisee)) return [];
  return [
    { type: 'SectionRedigee', data: { annee, section: normalisee, precedente: precedente ? { titre: precedente.titre, texte: precedente.texte } : null } },
  ];
}

function retirerSection(command: RetirerSection, state: RapportExistant): Decision {
  if (!state.sections[command.data.sectionId]) return refuse.notFound('Section', command.data.sectionId);
  return [{ type: 'SectionRetiree', data: { annee: state.annee, sectionId: command.data.sectionId } }];
}

function checkSection(section: SectionRapport | undefined): Refusal | null {
  if (!section || typeof section !== 'object') return refuse.validation('section', 'the section is required');
  return firstRefusal(
    () => checkSlug('section.sectionId', section.sectionId),
    () => checkText('section.titre', section.titre, { max: LIMITES_RAPPORT.titre }),
    () => checkText('section.texte', section.texte, { max: LIMITES_RAPPORT.texte }),
    () =>
      Number.isInteger(section.ordre) && section.ordre >= 0 && section.ordre <= 10_000
        ? null
        : refuse.validation('section.ordre', 'ordre must be an integer between 0 and 10 000', { value: section.ordre }),
    () => (section.chiffreId == null ? null : checkText('section.chiffreId', section.chiffreId, { max: 200 })),
    () => checkProvenance(section.provenance),
  );
}

function checkProvenance(provenance: SectionRapport['provenance'] | undefined): Refusal | null {
  if (provenance?.type === 'redige') return null;
  if (provenance?.type !== 'document')
    return refuse.validation('section.provenance', "provenance is { type: 'redige' } or { type: 'document', document, lignes }");
  return firstRefusal(
    () => checkText('section.provenance.document', provenance.document, { max: 300 }),
    () => checkText('section.provenance.lignes', provenance.lignes, { max: 300 }),
    () => checkText('section.provenance.note', provenance.note, { required: false, max: 2_000 }),
  );
}

// ── Arrêté ───────────────────────────────────────────────────────────────────────────────────────────────────

function arreter(command: ArreterRapport, state: RapportState): Decision {
  const { data, metadata } = command;
  const refusal = firstRefusal(
    () => (isInstant(data.arreteAu) ? null : refuse.validation('arreteAu', 'arreteAu must be an ISO 8601 UTC instant', { value: data.arreteAu })),
    () => (data.arreteAu <= metadata.now ? null : refuse.validation('arreteAu', `figures cannot be frozen as of the future (${data.arreteAu})`)),
    () =>
      Number.isSafeInteger(data.position) && data.position >= 0
        ? null
        : refuse.validation('position', 'position must be the global log position the figures cover', { value: data.position }),
    () => checkChiffres(data.chiffres, data.annee),
    () =>
      data.signataire == null
        ? null
        : (checkText('signataire.nom', data.signataire.nom, { max: 200 }) ?? checkText('signataire.qualite', data.signataire.qualite, { max: 300 })),
  );
  if (refusal) return refusal;
  const precedent = state.statut === 'inexistant' ? null : state.arrete;
  const sections = state.statut === 'inexistant' ? [] : sectionsOrdonnees(state.sections);
  const fingerprint = empreinte(data.chiffres);
  if (precedent) {
    if (state.statut === 'arrete' && precedent.empreinte === fingerprint && canonicalJson(precedent.sections) === canonicalJson(sections)) return [];
    const sansMotif = exigerMotif(metadata, `version ${precedent.version} is arrêtée: a new version needs a reason`);
    if (sansMotif) return sansMotif;
    if (data.arreteAu < precedent.arreteAu || data.position < precedent.position) {
      return refuse.validation('arreteAu', `a new version cannot describe an earlier instant than version ${precedent.version} (${precedent.arreteAu})`);
    }
  }
  return [
    {
      type: 'RapportArrete',
      data: {
        annee: data.annee,
        version: (precedent?.version ?? 0) + 1,
        arreteAu: data.arreteAu,
        arreteLe: businessDate(metadata),
        position: data.position,
        empreinte: fingerprint,
        chiffres: data.chiffres,
        sections,
        signataire: data.signataire ?? null,
        versionPrecedente: precedent?.version ?? null,
        consultationInterrompue: state.statut === 'en_consultation',
      },
    },
  ];
}

function checkChiffres(chiffres: ArreterRapport['data']['chiffres'], annee: number): Refusal | null {
  if (!chiffres || typeof chiffres !== 'object' || Array.isArray(chiffres)) return refuse.validation('chiffres', 'the assembled figures are required');
  if (typeof chiffres.format !== 'string' || !chiffres.format) return refuse.validation('chiffres.format', 'the figures must name their format');
  if (chiffres.annee !== annee) return refuse.validation('chiffres.annee', `these figures are of ${String(chiffres.annee)}, not ${annee}`);
  let taille: number;
  try {
    taille = canonicalJson(chiffres).length;
  } catch {
    return refuse.validation('chiffres', 'the figures must be plain JSON (no non-finite number)');
  }
  return taille <= LIMITES_RAPPORT.chiffres
    ? null
    : refuse.validation('chiffres', `the figures are too large (${taille} characters, ${LIMITES_RAPPORT.chiffres} at most)`);
}

// ── Consultation ─────────────────────────────────────────────────────────────────────────────────────────────

function soumettre(command: SoumettreAConsultation, state: RapportExistant): Decision {
  if (state.statut !== 'arrete' || !state.arrete) {
    return refuse.invalidTransition(state.statut, command.type, `only an arrêté version is sent for avis (the report is ${state.statut})`);
  }
  const { data } = command;
  const aujourdhui = businessDate(command.metadata);
  const refusal = firstRefusal(
    () => checkDate('envoyeLe', data.envoyeLe),
    () => (data.envoyeLe >= state.arrete!.arreteLe ? null : refuse.validation('envoyeLe', `the report was arrêté on ${state.arrete!.arreteLe}`)),
    () => (data.envoyeLe <= aujourdhui ? null : refuse.validation('envoyeLe', `envoyeLe (${data.envoyeLe}) is in the future`)),
    () => checkDate('echeance', data.echeance, { required: false }),
    () => (data.echeance === undefined || data.echeance > data.envoyeLe ? null : refuse.validation('echeance', 'the deadline must follow the sending date')),
    () => checkDestinataires(data.destinataires),
  );
  if (refusal) return refusal;
  const destinataires = data.destinataires.map((d) => ({ destinataireId: d.destinataireId, type: d.type, nom: d.nom, insee: d.insee ?? null }));
  return [
    {
      type: 'RapportSoumisAConsultation',
      data: {
        annee: state.annee,
        version: state.arrete.version,
        envoyeLe: data.envoyeLe,
        echeance: data.echeance ?? unMoisApres(data.envoyeLe),
        delaiParDefaut: data.echeance === undefined,
        destinataires,
      },
    },
  ];
}

function checkDestinataires(destinataires: readonly Destinataire[] | undefined): Refusal | null {
  if (!Array.isArray(destinataires) || destinataires.length === 0)
    return refuse.validation('destinataires', 'name at least one recipient (communes, conseils citoyens)');
  if (destinataires.length > LIMITES_RAPPORT.destinataires) return refuse.validation('destinataires', `${LIMITES_RAPPORT.destinataires} recipients at most`);
  const vus = new Set<string>();
  for (const [index, d] of destinataires.entries()) {
    const field = `destinataires[${index}]`;
    const refusal = firstRefusal(
      () => checkSlug(`${field}.destinataireId`, d?.destinataireId),
      () =>
        TYPES_DESTINATAIRE.includes(d.type) ? null : refuse.validation(`${field}.type`, `type is one of ${TYPES_DESTINATAIRE.join(', ')}`, { value: d.type }),
      () => checkText(`${field}.nom`, d.nom, { max: 300 }),
      () => (d.insee == null || /^(\d{5}|2[AB]\d{3})$/.test(d.insee) ? null : refuse.validation(`${field}.insee`, `"${d.insee}" is not an INSEE code`)),
    );
    if (refusal) return refusal;
    if (vus.has(d.destinataireId)) return refuse.validation(`${field}.destinataireId`, `${d.destinataireId} is listed twice`);
    vus.add(d.destinataireId);
  }
  return null;
}

function enregistrerAvis(command: EnregistrerAvis, state: RapportExistant): Decision {
  const consultation = state.consultation;
  if (state.statut !== 'en_consultation' || !consultation || !state.arrete) {
    return refuse.invalidTransition(state.statut, command.type, `avis are recorded during the consultation (the report is ${state.statut})`);
  }
  const { data } = command;
  const destinataire = consultation.destinataires.find((d) => d.destinataireId === data.destinataireId);
  if (!destinataire) return refuse.notFound('Destinataire', String(data.destinataireId));
  if (consultation.avis[data.destinataireId])
    return refuse.conflict(`the avis of ${destinataire.nom} is already recorded`, { destinataireId: data.destinataireId });
  const aujourdhui = businessDate(command.metadata);
  const refusal = firstRefusal(
    () => checkText('organe', data.organe, { max: 300 }),
    () => checkDate('seanceLe', data.seanceLe),
    () => (SENS_AVIS.includes(data.sens) ? null : refuse.validation('sens', `sens is one of ${SENS_AVIS.join(', ')}`, { value: data.sens })),
    () => checkText('texte', data.texte, { max: LIMITES_RAPPORT.texte }),
    () => checkText('deliberation.numero', data.deliberation?.numero ?? undefined, { required: false, max: 100 }),
    () => checkDate('deliberation.executoireLe', data.deliberation?.executoireLe ?? undefined, { required: false }),
    () => checkDate('recuLe', data.recuLe ?? undefined, { required: false }),
    () => (data.seanceLe >= consultation.envoyeLe ? null : refuse.validation('seanceLe', `the report was sent on ${consultation.envoyeLe}`)),
    () => (data.seanceLe <= aujourdhui ? null : refuse.validation('seanceLe', `seanceLe (${data.seanceLe}) is in the future`)),
  );
  if (refusal) return refusal;
  if (data.seanceLe > consultation.echeance) {
    return refuse.invalidTransition(
      'consultation_echue',
      command.type,
      `the consultation ended on ${consultation.echeance}: an avis given on ${data.seanceLe} is late, and the silence of ${destinataire.nom} counts as a favourable avis`,
    );
  }
  return [
    {
      type: 'AvisEnregistre',
      data: {
        annee: state.annee,
        version: state.arrete.version,
        destinataireId: data.destinataireId,
        organe: data.organe,
        seanceLe: data.seanceLe,
        sens: data.sens,
        texte: data.texte,
        deliberation: data.deliberation ? { numero: data.deliberation.numero ?? null, executoireLe: data.deliberation.executoireLe ?? null } : null,
        recuLe: data.recuLe ?? null,
      },
    },
  ];
}

/** Recipients with no avis recorded. */
function silencieux(consultation: Consultation): string[] {
  return consultation.destinataires.map((d) => d.destinataireId).filter((id) => !consultation.avis[id]);
}

/** The consultation is over on `jour` when its deadline has passed or every recipient has answered. */
function consultationTerminee(consultation: Consultation, jour: string): boolean {
  return jour > consultation.echeance || silencieux(consultation).length === 0;
}

function enCours(state: RapportExistant, command: string, jour: string): Refusal {
  const consultation = state.consultation!;
  const attendus = silencieux(consultation).length;
  return refuse.invalidTransition(
    state.statut,
    command,
    `the consultation runs until ${consultation.echeance} (${attendus} recipient(s) have not answered); on ${jour} it is not over`,
  );
}

function clore(command: CloreConsultation, state: RapportExistant): Decision {
  if (state.statut !== 'en_consultation' || !state.consultation || !state.arrete) return refuse.invalidTransition(state.statut, command.type);
  const jour = businessDate(command.metadata);
  if (!consultationTerminee(state.consultation, jour)) return enCours(state, command.type, jour);
  return [
    { type: 'ConsultationClose', data: { annee: state.annee, version: state.arrete.version, closeLe: jour, avisTacites: silencieux(state.consultation) } },
  ];
}

// ── Adoption and transmission ────────────────────────────────────────────────────────────────────────────────

function adopter(command: AdopterRapport, state: RapportExistant): Decision {
  if ((state.statut !== 'en_consultation' && state.statut !== 'consultation_close') || !state.consultation || !state.arrete) {
    return refuse.invalidTransition(state.statut, command.type, `the report is adopted after its consultation (the report is ${state.statut})`);
  }
  const { data } = command;
  const deliberation = data.deliberation;
  const refusal = firstRefusal(
    () => (deliberation && typeof deliberation === 'object' ? null : refuse.validation('deliberation', 'the délibération (date, numero) is required')),
    () => checkDate('deliberation.date', deliberation.date),
    () => checkText('deliberation.numero', deliberation.numero, { max: 100 }),
    () => checkText('instance', data.instance, { required: false, max: 300 }),
    () =>
      deliberation.date <= businessDate(command.metadata)
        ? null
        : refuse.validation('deliberation.date', `the délibération date (${deliberation.date}) is in the future`),
  );
  if (refusal) return refusal;
  const events: RapportEvent[] = [];
  if (state.statut === 'en_consultation') {
    if (!consultationTerminee(state.consultation, deliberation.date)) return enCours(state, command.type, deliberation.date);
    events.push({
      type: 'ConsultationClose',
      data: { annee: state.annee, version: state.arrete.version, closeLe: deliberation.date, avisTacites: silencieux(state.consultation) },
    });
  } else if (state.consultation.closeLe && deliberation.date < state.consultation.closeLe) {
    return refuse.validation('deliberation.date', `the consultation closed on ${state.consultation.closeLe}`);
  }
  events.push({
    type: 'RapportAdopte',
    data: {
      annee: state.annee,
      version: state.arrete.version,
      instance: data.instance ?? 'Conseil communautaire',
      deliberation: { date: deliberation.date, numero: deliberation.numero },
    },
  });
  return events;
}

function transmettre(command: TransmettreRapport, state: RapportExistant): Decision {
  if (state.statut !== 'adopte' || !state.adoption || !state.arrete) {
    return refuse.invalidTransition(state.statut, command.type, `only an adopted report is transmitted (the report is ${state.statut})`);
  }
  const { data } = command;
  const refusal = firstRefusal(
    () => checkDate('transmisLe', data.transmisLe),
    () =>
      !isCalendarDate(data.transmisLe) || data.transmisLe >= state.adoption!.date
        ? null
        : refuse.validation('transmisLe', `the report was adopted on ${state.adoption!.date}`),
    () => (data.transmisLe <= businessDate(command.metadata) ? null : refuse.validation('transmisLe', `transmisLe (${data.transmisLe}) is in the future`)),
    () => checkText('destinataire', data.destinataire, { required: false, max: 300 }),
    () => checkText('reference', data.reference ?? undefined, { required: false, max: 200 }),
  );
  if (refusal) return refusal;
  return [
    {
      type: 'RapportTransmis',
      data: {
        annee: state.annee,
        version: state.arrete.version,
        transmisLe: data.transmisLe,
        destinataire: data.destinataire ?? 'Préfet',
        reference: data.reference ?? null,
      },
    },
  ];
}
