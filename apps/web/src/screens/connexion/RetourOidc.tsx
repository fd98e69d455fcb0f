import { Container, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { accueil } from '../../app/accueil';
import { useAuth } from '../../auth/AuthContext';
import { retourOidc, retourPopupOidc } from '../../auth/oidc';
import { lireConfiguration, ouvrirSession } from '../../auth/sign-in';
import type { ApiError } from '../../graphql/client';
import { enErreurApi } from '../../shared/erreurs';
import { Erreur } from '../../shared/Etats';

/** The OIDC provider's redirect back (Authorization Code + PKCE), or the popup's when signing in again. */
export function RetourOidc({ popup = false }: { popup?: boolean }) {
  const { connecter } = useAuth();
  const navigate = useNavigate();
  const [erreur, setErreur] = useState<ApiError | null>(null);
  useEffect(() => {
    (async () => {
      const config = await lireConfiguration();
      if (popup) return retourPopupOidc(config);
      const { token, expiresAt, retour } = await retourOidc(config);
      const session = await ouvrirSession(token, null, 'oidc', expiresAt);
      connecter(session);
      navigate(retour.startsWith(`/${session.tenant}/`) ? retour : accueil(session.tenant, session.role), { replace: true });
    })().catch((error: Error) => setErreur(enErreurApi(error)));
  }, [connecter, navigate, popup]);
  return <Container py="xl">{erreur ? <Erreur error={erreur} titre="Connexion impossible" /> : <Loader aria-label="Connexion en cours" />}</Container>;
}
