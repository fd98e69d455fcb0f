import { Alert, Center, Loader } from '@mantine/core';
import type { ApiError } from '../graphql/client';

export function Chargement({ libelle = 'Chargement…' }: { libelle?: string }) {
  return (
    <Center py="xl">
      <Loader aria-label={libelle} />
    </Center>
  );
}

/** A query's error, with its code: what happened and what to do next. */
export function Erreur({ error }: { error: ApiError }) {
  const conseils: Record<string, string> = {
    FORBIDDEN: 'Votre rôle ne permet pas de voir cet écran.',
    NOT_FOUND: 'Cet objet n’existe pas dans cet espace (ou pas à cette date).',
    UNAUTHENTICATED: 'Votre session a expiré : reconnectez-vous.',
    NETWORK: 'Vérifiez la connexion puis rechargez la page.',
  };
  return (
    <Alert color="red" title={conseils[error.code] ?? 'La lecture a échoué'} role="alert">
      {error.message} ({error.code})
    </Alert>
  );
}
