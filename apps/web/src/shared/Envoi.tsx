import { Alert, Textarea } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import type { ApiError } from '../graphql/client';
import { nouvelIdCommande, useCommand } from '../graphql/use-command';

/**
 * A form that sends one command (`mutation($input: …Input!)`): a `commandId` kept until the command goes through (a
 * network retry writes once), the server's refusal shown on the field it names (`extensions.field`, its first
 * segment: `dimensions[0].code` → `dimensions`), and a reason asked (`ChampRaison`) when the server requires one.
 */
export function useEnvoi<TResult, TInput>(document: TypedDocumentString<TResult, { input: TInput }>, champs: readonly string[]) {
  const commande = useCommand(document);
  const [commandId, setCommandId] = useState(nouvelIdCommande);
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [raisonDemandee, setRaisonDemandee] = useState(false);
  const [raison, setRaison] = useState('');

  const envoyer = useCallback(
    async (input: Omit<TInput, 'commandId'>): Promise<TResult | null> => {
      setErreurs({});
      if (raisonDemandee && !raison.trim()) {
        setErreurs({ reason: 'Le serveur demande la raison de ce changement.' });
        return null;
      }
      const resultat = await commande.send({ input: { ...input, ...(raison.trim() ? { reason: raison.trim() } : {}), commandId } as TInput });
      if (resultat.ok) {
        setCommandId(nouvelIdCommande());
        setRaisonDemandee(false);
        setRaison('');
        return resultat.data;
      }
      const champ = champDe(resultat.error);
      if (champ === 'reason') setRaisonDemandee(true);
      if (champ && (champ === 'reason' || champs.includes(champ))) setErreurs({ [champ]: `${resultat.error.message} (${resultat.error.code})` });
      return null;
    },
    [commande, commandId, champs, raison, raisonDemandee],
  );

  const champ = commande.error ? champDe(commande.error) : null;
  const refus = commande.error && !(champ && erreurs[champ]) ? commande.error : null;
  const reinitialiser = useCallback(() => {
    setErreurs({});
    commande.reset();
  }, [commande]);
  return { envoyer, erreurs, refus, raisonDemandee, raison, setRaison, envoi: commande.sending, reinitialiser };
}

/** The reason of a change, asked when the server requires one (a correction, a change after a decision). */
export function ChampRaison({ envoi }: { envoi: Pick<ReturnType<typeof useEnvoi>, 'raisonDemandee' | 'raison' | 'setRaison' | 'erreurs'> }) {
  if (!envoi.raisonDemandee) return null;
  return (
    <Textarea
      label="Raison du changement"
      description="Le serveur la demande : elle est enregistrée avec le changement et apparaît dans l’historique."
      required
      autosize
      minRows={2}
      value={envoi.raison}
      error={envoi.erreurs['reason']}
      onChange={(event) => envoi.setRaison(event.currentTarget.value)}
    />
  );
}

function champDe(error: ApiError): string | null {
  return error.code === 'VALIDATION_FAILED' && error.field ? error.field.split(/[.[]/)[0] : null;
}

/** A refusal the form could not put on a field: the server's message and code. */
export function RefusServeur({ refus }: { refus: ApiError | null }) {
  if (!refus) return null;
  return (
    <Alert color="red" title="Refusé par le serveur" role="alert">
      {refus.message} ({refus.code})
    </Alert>
  );
}
