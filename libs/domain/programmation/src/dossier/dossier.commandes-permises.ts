import { isRefusal, type CommandMetadata } from '@cdv/eventsourcing';
import type { DossierCommand } from './dossier.commands';
import { decideDossier } from './dossier.decide';
import type { DossierExistant, LigneState } from './dossier.state';

/** A command the actor may send on this dossier now (on one of its lines when `ligneId` is set). */
export interface CommandePermise {
  commande: DossierCommand['type'];
  ligneId?: string;
  /** The decider asked for a reason (a change after a decision, a correction…). */
  raisonRequise: boolean;
}

type Sonde = { data: Record<string, unknown>; ligneId?: string };

/**
 * The commands a screen may offer, computed by the decider itself rather than by a copy of its rules: each
 * command is decided against the current state with plausible data (the amounts already on the line, today's
 * date). A refusal for the actor's role, the dossier's or the line's state (FORBIDDEN, INVALID_TRANSITION,
 * NOT_FOUND, CONFLICT) means « not offered »; anything else (events, or a VALIDATION_FAILED on the data a form will
 * ask for) means « offered ». A VALIDATION_FAILED on `reason` means a reason will be asked.
 */
export function commandesPermises(state: DossierExistant, metadata: CommandMetadata): CommandePermise[] {
  const dossierId = state.dossierId;
  const today = metadata.now.slice(0, 10);
  const lignes = Object.values(state.lignes);
  const sondes: Array<[DossierCommand['type'], Sonde]> = [
    ['ModifierDossier', { data: { changes: {} } }],
    ['MettreEnInstruction', { data: {} }],
    ['EmettreAvis', { data: { auteur: { id: metadata.actor.organisationId ?? metadata.tenantId, nom: 'sonde' }, avis: 'favorable', commentaire: '' } }],
    ['RetenirDossier', { data: {} }],
    ['NePasRetenirDossier', { data: {} }],
    ['AjournerDossier', { data: {} }],
    ['AbandonnerDossier', { data: {} }],
    ['DemarrerAction', { data: { dateDebut: today } }],
    // An empty bilan: refused on its fields (offered) when the state and role allow it; the form asks for the rest.
    [
      'DeposerBilan',
      {
        data: {
          coutRealise: 0,
          beneficiaires: { total: 0, femmes: 0, hommes: 0, nonRenseigne: 0, parTrancheAge: [], residentsQpv: 0 },
          indicateurs: [],
          recit: '',
        },
      },
    ],
    ['SolderDossier', { data: {} }],
    ...lignes.flatMap((ligne): Array<[DossierCommand['type'], Sonde]> => [
      ['ProposerFinancement', { ligneId: ligne.ligneId, data: { montant: ligne.demande } }],
      ['VoterFinancement', { ligneId: ligne.ligneId, data: { montant: ligne.propose ?? ligne.demande } }],
      ['RefuserFinancement', { ligneId: ligne.ligneId, data: {} }],
      ['EngagerFinancement', { ligneId: ligne.ligneId, data: { montant: ligne.vote ?? 0 } }],
      [
        'EnregistrerVersement',
        { ligneId: ligne.ligneId, data: { versementId: `sonde-${state.versementIds.length}`, type: 'acompte', montant: 1, date: today } },
      ],
      ['JustifierFinancement', { ligneId: ligne.ligneId, data: { montant: ligne.verse } }],
      ['CorrigerMontant', { ligneId: ligne.ligneId, data: { etape: etapeCorrigeable(ligne), montant: 0 } }],
    ]),
  ];
  const permises: CommandePermise[] = [];
  for (const [type, sonde] of sondes) {
    const data = { dossierId, ...(sonde.ligneId ? { ligneId: sonde.ligneId } : {}), ...sonde.data };
    const decision = decideDossier({ type, data, metadata } as DossierCommand, state);
    if (isRefusal(decision) && decision.code !== 'VALIDATION_FAILED') continue;
    const raisonRequise = isRefusal(decision) && decision.details['field'] === 'reason';
    permises.push({ commande: type, ...(sonde.ligneId ? { ligneId: sonde.ligneId } : {}), raisonRequise });
  }
  return permises;
}

/** The furthest stage that has an amount: what a correction would most likely change. */
function etapeCorrigeable(ligne: LigneState): 'demande' | 'propose' | 'vote' | 'engage' | 'justifie' {
  if (ligne.justifie !== null) return 'justifie';
  if (ligne.engage !== null) return 'engage';
  if (ligne.vote !== null) return 'vote';
  if (ligne.propose !== null) return 'propose';
  return 'demande';
}
