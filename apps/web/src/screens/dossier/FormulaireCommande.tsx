import { Alert, Button, Group, List, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { useAuth } from '../../auth/AuthContext';
import { ApiError, execute } from '../../graphql/client';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';
import { messageChamp } from '../../shared/erreurs';
import { Erreur } from '../../shared/Etats';
import { formatDateHeure, saisieVersMontant } from '../../shared/format';
import { ROLES_ACTEURS } from '../../shared/libelles';
import type { DefinitionCommande } from './commandes';

const ChangementsDepuis = graphql(`
  query ChangementsDepuis($id: String!) {
    dossier(id: $id) {
      revision
      historique {
        revision
        type
        recordedAt
        reason
        actor {
          role
          organisationId
        }
      }
    }
  }
`);

type Changement = {
  revision: number;
  type: string;
  recordedAt: string;
  reason?: string | null;
  actor?: { role: string; organisationId?: string | null } | null;
};

/**
 * The form of one command: validates like the server before sending, sends `expectedRevision` from what the screen
 * displayed and a fresh `commandId`, shows a refusal on its field with the server's message and code, asks a reason
 * when the server requires one, and on CONFLICT says what changed since and offers to reload.
 */
export function FormulaireCommande({
  mutation,
  definition,
  dossierId,
  ligneId,
  revision,
  raisonRequise,
  initiales = {},
  onFait,
  onRecharger,
  onAnnuler,
}: {
  mutation: string;
  definition: DefinitionCommande;
  dossierId: string;
  ligneId?: string | null;
  revision: number | null;
  raisonRequise: boolean;
  initiales?: Record<string, string>;
  onFait(): void;
  onRecharger(): void;
  onAnnuler(): void;
}) {
  const { session } = useAuth();
  const [valeurs, setValeurs] = useState<Record<string, string>>(initiales);
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [raisonDemandee, setRaisonDemandee] = useState(raisonRequise);
  const [conflit, setConflit] = useState<{ actuelle: number | null; changements: Changement[] } | null>(null);
  const commandId = useMemo(() => nouvelIdCommande(), []);
  const commande = useCommand(definition.document);
  const id = (nom: string) => `${mutation}-${ligneId ?? 'dossier'}-${nom}`;

  const verifier = (): { input: Record<string, unknown> } | null => {
    const trouvees: Record<string, string> = {};
    const input: Record<string, unknown> = { dossierId, ...(ligneId ? { ligneId } : {}) };
    for (const champ of definition.champs) {
      const brut = (valeurs[champ.nom] ?? '').trim();
      if (!brut) {
        if (champ.requis) trouvees[champ.nom] = 'Ce champ est obligatoire.';
        continue;
      }
      if (champ.type === 'montant') {
        const montant = saisieVersMontant(brut);
        if (montant === null) trouvees[champ.nom] = 'Un montant en euros, positif, avec au plus deux décimales (ex. 4 500,50).';
        else input[champ.nom] = montant;
      } else if (champ.type === 'entier') {
        if (!/^\d{4}$/.test(brut)) trouvees[champ.nom] = 'Une année sur quatre chiffres.';
        else input[champ.nom] = Number(brut);
      } else input[champ.nom] = brut;
    }
    if (mutation === 'emettreAvis' && valeurs['avis'] && valeurs['avis'] !== 'favorable' && !valeurs['commentaire']?.trim()) {
      trouvees['commentaire'] = 'Un avis réservé ou défavorable se motive.';
    }
    const raison = (valeurs['reason'] ?? '').trim();
    if (raisonDemandee && !raison) trouvees['reason'] = 'Le serveur demande la raison de ce changement.';
    setErreurs(trouvees);
    if (Object.keys(trouvees).length) return null;
    return { input: { ...input, ...(raison ? { reason: raison } : {}), expectedRevision: revision, commandId } };
  };

  const envoyer = async () => {
    setConflit(null);
    const variables = verifier();
    if (!variables) return;
    const resultat = await commande.send(variables);
    if (resultat.ok) return onFait();
    const error = resultat.error;
    if (error.code === 'CONFLICT' && typeof error.extensions['currentRevision'] === 'number') return montrerConflit();
    if (error.code === 'VALIDATION_FAILED' && error.field) {
      if (error.field === 'reason') setRaisonDemandee(true);
      const champ = error.field === 'reason' || definition.champs.some((candidat) => candidat.nom === error.field) ? error.field : null;
      if (champ) setErreurs({ [champ]: messageChamp(error) });
    }
  };

  const montrerConflit = async () => {
    if (!session) return;
    try {
      const lu = await execute(ChangementsDepuis, { id: dossierId }, { token: session.token, tenant: session.tenant });
      setConflit({ actuelle: lu.dossier.revision ?? null, changements: lu.dossier.historique.filter((evenement) => evenement.revision > (revision ?? -1)) });
    } catch (error) {
      setConflit({ actuelle: null, changements: [] });
      if (!(error instanceof ApiError)) throw error;
    }
  };

  const erreurGlobale =
    commande.error && !(commande.error.field && erreurs[commande.error.field]) && commande.error.code !== 'CONFLICT' ? commande.error : null;
  const champ = (nom: string) => ({ id: id(nom), error: erreurs[nom], value: valeurs[nom] ?? '' });
  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={definition.libelle}
      onSubmit={(event) => {
        event.preventDefault();
        void envoyer();
      }}
    >
      {definition.champs.map((definitionChamp) =>
        definitionChamp.type === 'choix' ? (
          <NativeSelect
            key={definitionChamp.nom}
            label={definitionChamp.libelle}
            data={[{ value: '', label: '— choisir —' }, ...(definitionChamp.choix ?? [])]}
            required={definitionChamp.requis}
            {...champ(definitionChamp.nom)}
            onChange={(event) => setValeurs({ ...valeurs, [definitionChamp.nom]: event.currentTarget.value })}
          />
        ) : definitionChamp.type === 'long' ? (
          <Textarea
            key={definitionChamp.nom}
            label={definitionChamp.libelle}
            description={definitionChamp.aide}
            autosize
            minRows={2}
            required={definitionChamp.requis}
            {...champ(definitionChamp.nom)}
            onChange={(event) => setValeurs({ ...valeurs, [definitionChamp.nom]: event.currentTarget.value })}
          />
        ) : (
          <TextInput
            key={definitionChamp.nom}
            label={definitionChamp.libelle}
            description={definitionChamp.aide}
            type={definitionChamp.type === 'date' ? 'date' : 'text'}
            inputMode={definitionChamp.type === 'montant' ? 'decimal' : definitionChamp.type === 'entier' ? 'numeric' : undefined}
            required={definitionChamp.requis}
            {...champ(definitionChamp.nom)}
            onChange={(event) => setValeurs({ ...valeurs, [definitionChamp.nom]: event.currentTarget.value })}
          />
        ),
      )}
      {
        <Textarea
          label={raisonDemandee ? 'Raison du changement' : 'Raison (facultative)'}
          description="Elle est enregistrée avec le changement et apparaît dans l’historique."
          required={raisonDemandee}
          autosize
          minRows={2}
          {...champ('reason')}
          onChange={(event) => setValeurs({ ...valeurs, reason: event.currentTarget.value })}
        />
      }
      {definition.confirmation && <Text size="sm">{definition.confirmation}</Text>}
      {erreurGlobale && <Erreur error={erreurGlobale} titre="Refusé par le serveur" />}
      {conflit && (
        <Alert color="red" title="Le dossier a changé depuis que vous l’avez ouvert" role="alert" data-testid="conflit">
          <Text size="sm">
            Vous avez vu la révision {revision ?? '—'} ; elle est maintenant {conflit.actuelle ?? 'plus récente'}. Rien n’a été enregistré : relisez le dossier
            puis renvoyez si c’est toujours nécessaire.
          </Text>
          {conflit.changements.length > 0 && (
            <List size="sm" mt="xs">
              {conflit.changements.map((changement) => (
                <List.Item key={changement.revision}>
                  {formatDateHeure(changement.recordedAt)} — {changement.type}
                  {changement.actor
                    ? ` par ${ROLES_ACTEURS[changement.actor.role] ?? changement.actor.role}${changement.actor.organisationId ? ` (${changement.actor.organisationId})` : ''}`
                    : ''}
                  {changement.reason ? ` : « ${changement.reason} »` : ''}
                </List.Item>
              ))}
            </List>
          )}
          <Button
            mt="sm"
            size="xs"
            onClick={() => {
              setConflit(null);
              commande.reset();
              onRecharger();
            }}
          >
            Recharger le dossier
          </Button>
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={commande.sending} color={definition.couleur}>
          {definition.libelle}
        </Button>
        <Button variant="default" onClick={onAnnuler}>
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}
