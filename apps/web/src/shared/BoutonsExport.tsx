import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useAuth, useSession } from '../auth/AuthContext';
import { ApiError } from '../graphql/client';
import { useAsOf } from './as-of';
import { Erreur } from './Etats';
import { telechargerFichier } from './telechargement';

/**
 * « Exporter » a list as CSV (French spreadsheets: UTF-8, `;`) or XLSX, through `GET /exports/{export}.{format}`
 * (docs/exports.md) with the list's own filters and the screen's « Voir au » instant: the file holds what the
 * screen shows, all pages.
 */
export function BoutonsExport({
  export: nom,
  parametres,
  libelle,
}: {
  export: string;
  parametres: Record<string, string | null | undefined>;
  libelle: string;
}) {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const [enCours, setEnCours] = useState<string | null>(null);
  const [erreur, setErreur] = useState<ApiError | null>(null);
  const exporter = async (format: 'csv' | 'xlsx') => {
    setEnCours(format);
    setErreur(null);
    const requete = new URLSearchParams();
    // the list's own instant (a comparison's) wins over the screen's
    for (const [cle, valeur] of Object.entries({ asOf, ...parametres })) if (valeur) requete.set(cle, valeur);
    if (!parametres.asOf && asOf) requete.set('asOf', asOf);
    try {
      await telechargerFichier(session, `/exports/${nom}.${format}${requete.size ? `?${requete}` : ''}`, `${nom}.${format}`);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
      setErreur(apiError);
    } finally {
      setEnCours(null);
    }
  };
  return (
    <>
      <Group gap="xs" role="group" aria-label={`Exporter ${libelle}`}>
        <Button size="xs" variant="default" loading={enCours === 'csv'} onClick={() => void exporter('csv')} aria-label={`Exporter ${libelle} en CSV`}>
          CSV
        </Button>
        <Button size="xs" variant="default" loading={enCours === 'xlsx'} onClick={() => void exporter('xlsx')} aria-label={`Exporter ${libelle} en XLSX`}>
          XLSX
        </Button>
      </Group>
      {erreur && <Erreur error={erreur} titre="Export refusé" />}
    </>
  );
}
