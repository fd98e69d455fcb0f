import { Alert, Button, Drawer, Group, List, Paper, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { Chargement } from '../../shared/Etats';

/** Which document: a version as arrêtée, or the projet as of an instant (now when none). */
export interface QuelRapport {
  annee: number;
  version: number | null;
  asOf: string | null;
}

/** `/documents/rapports/{annee}/{format}` with the version or the instant (docs/api.md « Rapport annuel »). */
export function cheminDuRapport({ annee, version, asOf }: QuelRapport, format: 'docx' | 'html'): string {
  const query = version !== null ? `?version=${version}` : asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return `/documents/rapports/${annee}/${format}${query}`;
}

/** Downloads with the session's token (a plain link could not send it); the server names the file. */
function useTelechargement() {
  const { session, signalerExpiration } = useAuth();
  return useCallback(
    async (chemin: string): Promise<Response> => {
      const response = await fetch(chemin, { headers: session ? { authorization: `Bearer ${session.token}`, 'x-tenant': session.tenant } : {} });
      if (response.status === 401) signalerExpiration();
      return response;
    },
    [session, signalerExpiration],
  );
}

async function messageDErreur(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    const first = body.errors?.[0];
    return first ? `${first.message} (${first.extensions?.code ?? response.status})` : `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

export function BoutonsTelechargement({ quel }: { quel: QuelRapport }) {
  const telecharger = useTelechargement();
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState<string | null>(null);
  const lancer = async (format: 'docx' | 'html') => {
    setErreur(null);
    setEnCours(format);
    try {
      const response = await telecharger(cheminDuRapport(quel, format));
      if (!response.ok) return setErreur(await messageDErreur(response));
      const nom = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `rapport-annuel-${quel.annee}.${format}`;
      const url = URL.createObjectURL(await response.blob());
      const lien = document.createElement('a');
      lien.href = url;
      lien.download = nom;
      lien.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setErreur('Le serveur ne répond pas : vérifiez la connexion puis réessayez.');
    } finally {
      setEnCours(null);
    }
  };
  return (
    <Group gap="xs">
      <Button onClick={() => void lancer('docx')} loading={enCours === 'docx'}>
        Télécharger le DOCX
      </Button>
      <Button variant="light" onClick={() => void lancer('html')} loading={enCours === 'html'}>
        Télécharger le HTML
      </Button>
      {erreur && (
        <Text c="red.8" size="sm" role="alert">
          {erreur}
        </Text>
      )}
    </Group>
  );
}

/**
 * The report as the server renders it (the same HTML as the download), in a sandboxed frame: no script runs in it;
 * a figure whose cell names its dossiers (`data-dossiers`) opens them in a side panel, each a link to its dossier.
 */
export function ApercuRapport({ quel, tenant, libelleRegle }: { quel: QuelRapport; tenant: string; libelleRegle(regle: string): string }) {
  const telecharger = useTelechargement();
  const [html, setHtml] = useState<string | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [ouvert, setOuvert] = useState<{ libelle: string; regle: string | null; dossiers: string[] } | null>(null);
  const cadre = useRef<HTMLIFrameElement>(null);
  const chemin = cheminDuRapport(quel, 'html');

  useEffect(() => {
    let annule = false;
    setHtml(null);
    setErreur(null);
    void telecharger(chemin)
      .then(async (response) => {
        if (annule) return;
        if (!response.ok) setErreur(await messageDErreur(response));
        else setHtml(await response.text());
      })
      .catch(() => !annule && setErreur('Le serveur ne répond pas : vérifiez la connexion puis rechargez.'));
    return () => {
      annule = true;
    };
  }, [chemin, telecharger]);

  const brancher = () => {
    const doc = cadre.current?.contentDocument;
    if (!doc) return;
    for (const cellule of doc.querySelectorAll<HTMLElement>('[data-dossiers]')) {
      cellule.style.cursor = 'pointer';
      cellule.style.textDecoration = 'underline dotted';
      cellule.title = 'Ouvrir les dossiers derrière ce chiffre';
    }
    doc.addEventListener('click', (event) => {
      const cellule = (event.target as HTMLElement | null)?.closest?.('[data-dossiers]') as HTMLElement | null;
      if (!cellule) return;
      const ligne = cellule.closest('tr');
      const entete = ligne?.querySelector('th')?.textContent?.trim();
      setOuvert({
        libelle: `${entete ? `${entete} — ` : ''}${cellule.textContent?.trim() ?? ''}`,
        regle: cellule.dataset['regle'] ?? null,
        dossiers: (cellule.dataset['dossiers'] ?? '').split(' ').filter(Boolean),
      });
    });
  };

  if (erreur)
    return (
      <Alert color="red" title="L’aperçu du rapport n’a pas pu être produit" role="alert">
        {erreur}
      </Alert>
    );
  if (html === null) return <Chargement libelle="Production de l’aperçu du rapport…" />;
  return (
    <Paper withBorder>
      <iframe
        ref={cadre}
        title={`Aperçu du rapport annuel ${quel.annee}`}
        srcDoc={html}
        sandbox="allow-same-origin"
        onLoad={brancher}
        style={{ width: '100%', height: '75vh', border: 0, display: 'block' }}
      />
      <Drawer
        opened={ouvert !== null}
        onClose={() => setOuvert(null)}
        position="right"
        title="Les dossiers derrière ce chiffre"
        closeButtonProps={{ 'aria-label': 'Fermer la liste des dossiers' }}
      >
        {ouvert && (
          <>
            <Text fw={600}>{ouvert.libelle}</Text>
            {ouvert.regle && (
              <Text size="sm" c="dimmed" mb="sm">
                Règle : {libelleRegle(ouvert.regle)}
              </Text>
            )}
            <List size="sm" aria-label="Dossiers">
              {ouvert.dossiers.map((id) => (
                <List.Item key={id}>
                  <Link to={`/${tenant}/dossiers/${encodeURIComponent(id)}`} onClick={() => setOuvert(null)}>
                    {id}
                  </Link>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Drawer>
    </Paper>
  );
}
