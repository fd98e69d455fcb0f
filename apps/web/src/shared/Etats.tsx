import { Alert, Center, Loader, Text } from '@mantine/core';
import type { ApiError } from '../graphql/client';
import { detailErreur, explication } from './erreurs';

export function Chargement({ libelle = 'Chargement…' }: { libelle?: string }) {
  return (
    <Center py="xl">
      <Loader aria-label={libelle} />
    </Center>
  );
}

/** An error of the API: what it means in French and what to do next, the server's message as the detail. */
export function Erreur({ error, titre }: { error: ApiError; titre?: string }) {
  return (
    <Alert color="red" title={titre ?? explication(error)} role="alert" data-code={error.code}>
      {titre && <Text size="sm">{explication(error)}</Text>}
      <Text size="sm">{detailErreur(error)}</Text>
    </Alert>
  );
}
