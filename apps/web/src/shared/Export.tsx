import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAuth, useSession } from '../auth/AuthContext';
import { ApiError } from '../graphql/client';
import { useAsOf } from './as-of';

/**
 * « CSV » and « XLSX » for a list (docs/exports.md: `GET /exports/{export}.{csv|xlsx}`): the same filters and `asOf`
 * as the screen, the session's token and workspace; the file is saved under the name the server gives.
 */
export function BoutonsExport({
  nom,
  libelle,
  parametres = {},
}: {
  nom: string;
  libelle: string;
  parametres?: Record<string, string | number | null | undefined>;
}) {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const [enCours, setEnCours] = useState<'csv' | 'xlsx' | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);

  const telecharger = async (format: 'csv' | 'xlsx') => {
    setErreur(null);
    setEnCours(format);
    try {
      const requete = new URLSearchParams();
      for (const [cle, valeur] of Object.entries({ ...parametres, ...(asOf ? { asOf } : {}) }))
        if (valeur !== null && valeur !== undefined && valeur !== '') requete.set(cle, String(valeur));
      const chaine = requete.toString();
      const reponse = await fetch(`/exports/${nom}.${format}${chaine ? `?${chaine}` : ''}`, {
        headers: { authorization: `Bearer ${session.token}`, 'x-tenant': session.tenant },
      });
      if (!reponse.ok) {
        const corps = (await reponse.json().catch(() => ({}))) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
        const premiere = corps.errors?.[0];
        throw new ApiError(premiere?.message ?? `HTTP ${reponse.status}`, premiere?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      }
      const disposition = reponse.headers.get('content-disposition') ?? '';
      const fichier = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
      const lien = document.createElement('a');
      lien.href = URL.createObjectURL(await reponse.blob());
      lien.download = fichier ? decodeURIComponent(fichier) : `${nom}.${format}`;
      lien.click();
      setTimeout(() => URL.revokeObjectURL(lien.href), 10_000);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'NETWORK');
      if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
      setErreur(`${apiError.message} (${apiError.code})`);
    } finally {
      setEnCours(null);
    }
  };

  return (
    <Group gap="xs" justify="flex-end">
      <Text size="sm">Exporter :</Text>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          size="compact-sm"
          variant="default"
          loading={enCours === format}
          aria-label={`${format.toUpperCase()} : exporter ${libelle}`}
          onClick={() => void telecharger(format)}
        >
          {format.toUpperCase()}
        </Button>
      ))}
      {erreur && (
        <Text size="sm" c="red.8" role="alert">
          Export refusé : {erreur}
        </Text>
      )}
    </Group>
  );
}
