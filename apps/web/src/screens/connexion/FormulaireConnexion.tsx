import { Alert, Button, Loader, Radio, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { ApiError, execute } from '../../graphql/client';
import { connexionOidc, reconnexionOidc } from '../../auth/oidc';
import { LIBELLES_ROLES, type Role, type Session } from '../../auth/session';
import { jetonLocal, lireConfiguration, ouvrirSession, type AuthConfig } from '../../auth/sign-in';
import { enErreurApi } from '../../shared/erreurs';
import { Erreur } from '../../shared/Etats';

const Organisations = graphql(`
  query OrganisationsConnexion($role: PartenaireRole!) {
    partenaires(filter: { role: $role }, first: 200) {
      edges {
        node {
          id
          nom
        }
      }
    }
  }
`);

const ROLES_PROPOSES: Role[] = ['agent', 'instructeur', 'porteur', 'auditeur', 'lecteur', 'admin'];

/**
 * Sign-in: in local mode the demo's workspaces, roles and (instructeur, porteur) organisations, then a development
 * token; in OIDC mode the provider's page. `precedente` (an expired session) preselects the same choice.
 */
export function FormulaireConnexion({ onConnecte, precedente, retour }: { onConnecte(session: Session): void; precedente?: Session | null; retour: string }) {
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [espaces, setEspaces] = useState<string[]>([]);
  const [tenant, setTenant] = useState<string | null>(precedente?.tenant ?? null);
  const [role, setRole] = useState<Role>(precedente?.role ?? 'agent');
  const [organisations, setOrganisations] = useState<Array<{ value: string; label: string }>>([]);
  const [organisationId, setOrganisationId] = useState<string | null>(precedente?.organisationId ?? null);
  // a refusal of the server (explained per code), or what the form itself asks for
  const [erreur, setErreur] = useState<ApiError | string | null>(null);
  const [envoi, setEnvoi] = useState(false);
  const avecOrganisation = role === 'instructeur' || role === 'porteur';

  useEffect(() => {
    lireConfiguration()
      .then(async (lue) => {
        setConfig(lue);
        if (lue.mode !== 'local') return;
        const options = (await (await fetch('/auth/local/options')).json()) as { workspaces: string[] };
        setEspaces(options.workspaces);
        setTenant((current) => current ?? options.workspaces.find((espace) => espace === 'cabbalr') ?? options.workspaces[0] ?? null);
      })
      .catch((error: Error) => setErreur(enErreurApi(error)));
  }, []);

  // The organisations of the workspace, read with a reader's token (the sign-in itself uses only the API).
  useEffect(() => {
    if (config?.mode !== 'local' || !tenant || !avecOrganisation) return;
    let annule = false;
    jetonLocal({ tenant, role: 'lecteur' })
      .then(({ token }) => execute(Organisations, { role: role === 'instructeur' ? 'financeur' : 'porteur' }, { token, tenant }))
      .then((data) => {
        if (annule) return;
        setOrganisations(data.partenaires.edges.map(({ node }) => ({ value: node.id, label: node.nom })));
      })
      .catch((error: Error) => !annule && setErreur(enErreurApi(error)));
    return () => {
      annule = true;
    };
  }, [config, tenant, role, avecOrganisation]);

  const seConnecter = async () => {
    if (!config) return;
    setErreur(null);
    setEnvoi(true);
    try {
      if (config.mode === 'oidc') {
        if (precedente) {
          const { token, expiresAt } = await reconnexionOidc(config);
          onConnecte(await ouvrirSession(token, precedente.tenant, 'oidc', expiresAt));
        } else await connexionOidc(config, retour);
        return;
      }
      if (!tenant) return setErreur('Choisissez un espace de travail.');
      if (avecOrganisation && !organisationId) return setErreur('Choisissez l’organisation pour laquelle vous agissez.');
      const { token, expiresAt } = await jetonLocal({ tenant, role, organisationId: avecOrganisation ? organisationId : null });
      onConnecte(await ouvrirSession(token, tenant, 'local', expiresAt));
    } catch (error) {
      setErreur(enErreurApi(error as Error));
    } finally {
      setEnvoi(false);
    }
  };

  if (!config && !erreur) return <Loader aria-label="Chargement de la configuration" />;
  return (
    <Stack gap="md">
      {config?.mode === 'oidc' ? (
        <Text>Vous allez être redirigé vers le fournisseur d’identité de votre organisation.</Text>
      ) : (
        <>
          <Text size="sm">
            Installation de démonstration : choisissez un espace, un rôle et, pour un instructeur ou un porteur, l’organisation pour laquelle vous agissez.
          </Text>
          <Select
            label="Espace de travail"
            data={espaces.map((espace) => ({ value: espace, label: espace }))}
            value={tenant}
            onChange={setTenant}
            searchable
            allowDeselect={false}
          />
          <Radio.Group label="Rôle" value={role} onChange={(value) => setRole(value as Role)}>
            <Stack gap={6} mt={6}>
              {ROLES_PROPOSES.map((candidat) => (
                <Radio key={candidat} value={candidat} label={LIBELLES_ROLES[candidat]} />
              ))}
            </Stack>
          </Radio.Group>
          {avecOrganisation && (
            <Select
              label={role === 'instructeur' ? 'Financeur' : 'Porteur'}
              data={organisations}
              value={organisationId}
              onChange={setOrganisationId}
              searchable
              nothingFoundMessage="Aucune organisation"
            />
          )}
        </>
      )}
      {typeof erreur === 'string' && (
        <Alert color="red" title="Connexion impossible" role="alert">
          {erreur}
        </Alert>
      )}
      {erreur instanceof ApiError && <Erreur error={erreur} titre="Connexion impossible" />}
      <Button onClick={seConnecter} loading={envoi}>
        {precedente ? 'Se reconnecter' : 'Se connecter'}
      </Button>
    </Stack>
  );
}
