import type { DossierEvent } from './dossier.events';
import { commandesPermises } from './dossier.commandes-permises';
import { dossierDecider } from './dossier.decider';
import { agent, as, history, instructeurEtat, LIGNE_ETAT, LIGNE_REGION, lePorteur } from './dossier.mother';
import type { DossierExistant } from './dossier.state';

const stateOf = (events: DossierEvent[]) => events.reduce(dossierDecider.evolve, dossierDecider.initialState()) as DossierExistant;
const noms = (permises: ReturnType<typeof commandesPermises>) => permises.map((p) => (p.ligneId ? `${p.commande}@${p.ligneId}` : p.commande));

describe('commandesPermises: what the decider would accept, per role and state', () => {
  it('given a dossier under instruction, the agent may decide it and every line; the État instructeur only its own line', () => {
    const state = stateOf(history.enInstruction);
    expect(noms(commandesPermises(state, agent()))).toEqual(
      expect.arrayContaining(['ModifierDossier', 'EmettreAvis', 'AjournerDossier', `VoterFinancement@${LIGNE_ETAT}`, `VoterFinancement@${LIGNE_REGION}`]),
    );
    // retenir needs a voted line first
    expect(noms(commandesPermises(state, agent()))).not.toContain('RetenirDossier');
    const etat = noms(commandesPermises(state, instructeurEtat()));
    expect(etat).toEqual(
      expect.arrayContaining(['EmettreAvis', `ProposerFinancement@${LIGNE_ETAT}`, `VoterFinancement@${LIGNE_ETAT}`, `RefuserFinancement@${LIGNE_ETAT}`]),
    );
    expect(etat.filter((nom) => nom.includes(LIGNE_REGION) && !nom.startsWith('CorrigerMontant'))).toEqual([]);
    expect(etat).not.toContain('RetenirDossier');
  });

  it('given a voted line, the agent may retain the dossier, and the vote is no longer offered on that line', () => {
    const permises = noms(commandesPermises(stateOf(history.voteEtat), agent()));
    expect(permises).toContain('RetenirDossier');
    expect(permises).not.toContain(`VoterFinancement@${LIGNE_ETAT}`);
    expect(permises).not.toContain('NePasRetenirDossier');
  });

  it('says when the server will ask a reason (a correction always, a change under instruction)', () => {
    const permises = commandesPermises(stateOf(history.enInstruction), agent());
    expect(permises.find((p) => p.commande === 'CorrigerMontant')?.raisonRequise).toBe(true);
    expect(permises.find((p) => p.commande === 'ModifierDossier')?.raisonRequise).toBe(true);
    expect(permises.find((p) => p.commande === 'EmettreAvis')?.raisonRequise).toBe(false);
  });

  it('offers nothing to a reader or an auditor, and only its own acts to the porteur', () => {
    const state = stateOf(history.depose);
    expect(commandesPermises(state, as('auditeur'))).toEqual([]);
    expect(commandesPermises(state, as('lecteur'))).toEqual([]);
    expect(noms(commandesPermises(state, lePorteur()))).toEqual(['ModifierDossier', 'AbandonnerDossier']);
  });

  it('offers the bilan to the porteur and the EPCI once the action runs, never before nor to an instructeur', () => {
    expect(noms(commandesPermises(stateOf(history.enCours), lePorteur()))).toContain('DeposerBilan');
    expect(noms(commandesPermises(stateOf(history.enCours), agent()))).toContain('DeposerBilan');
    expect(noms(commandesPermises(stateOf(history.enCours), instructeurEtat()))).not.toContain('DeposerBilan');
    expect(noms(commandesPermises(stateOf(history.conventionne), lePorteur()))).not.toContain('DeposerBilan');
    expect(noms(commandesPermises(stateOf(history.bilan), lePorteur()))).not.toContain('DeposerBilan');
  });
});
