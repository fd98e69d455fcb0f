import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAuth, useSession } from '../auth/AuthContext';
import { ApiError } from '../graphql/client';
import { useAsOf } from './as-of';
import { Erreur } from './Etats';
import { telechargerFichier } from './telechargement';

type Format = 'csv' | 'xlsx';
export type ParametresExport = Record<string, string | number | boolean | null | undefined>;

/** The query string of an export: empty values left out (the server refuses an empty parameter). */
export function requeteExport(parametres: ParametresExport, asOf: string | null): URLSearchParams {
  const requete = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(parametres)) if (valeur !== null && valeur !== undefined && valeur !== '') requete.set(cle, String(valeur));
  // a list's own instant (a comparison's) wins over the screen's « Voir au »
  if (asOf && !requete.has('asOf')) requete.set('asOf', asOf);
  return requete;
}

/**
 * « Exporter » a list as CSV (French spreadsheets: UTF-8 with BOM, `;`, decimal comma) or XLSX, through
 * `GET /exports/{export}.{format}` (docs/exports.md) with the list's own filters and the screen's « Voir au »
 * instant: the file holds what the screen shows, all pages. The token goes in a header, never in the URL.
 */
export function BoutonsExport({
  export: nom,
  parametres = {},
  libelle,
  formats = ['csv', 'xlsx'],
  titre = 'Exporter',
}: {
  /** The export's name: `/exports/{export}.csv`. */
  export: string;
  parametres?: ParametresExport;
  /** What is exported, as the buttons' accessible names say it: « Exporter {libelle} en CSV ». */
  libelle: string;
  formats?: readonly Format[];
  /** The visible words before the buttons, where one screen offers several exports. */
  titre?: string;
}) {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const [enCours, setEnCours] = useState<Format | null>(null);
  const [erreur, setErreur] = useState<ApiError | null>(null);
  const exporter = async (format: Format) => {
    setEnCours(format);
    setErreur(null);
    const requete = requeteExport(parametres, asOf);
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
        <Text size="sm" aria-hidden>
          {titre}
        </Text>
        {formats.map((format) => (
          <Button
            key={format}
            size="compact-sm"
            variant="default"
            loading={enCours === format}
            onClick={() => void exporter(format)}
            aria-label={`Exporter ${libelle} en ${format.toUpperCase()}`}
          >
            {format.toUpperCase()}
          </Button>
        ))}
      </Group>
      {erreur && <Erreur error={erreur} titre="Export refusé" />}
    </>
  );
}
