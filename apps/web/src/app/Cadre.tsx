import { Alert, AppShell, Badge, Burger, Button, Group, Modal, NativeSelect, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { graphql } from '../gql';
import { useQuery } from '../graphql/use-query';
import { estOperateur, LIBELLES_ROLES } from '../auth/session';
import { avecAsOf, useAsOf } from '../shared/as-of';
import { Chargement } from '../shared/Etats';
import { formatDateHeure } from '../shared/format';
import { FormulaireConnexion } from '../screens/connexion/FormulaireConnexion';
import { accueil } from './accueil';
import { VoirAu } from './VoirAu';

const OrganisationSession = graphql(`
  query OrganisationSession($id: String!) {
    partenaire(id: $id) {
      nom
    }
  }
`);

/**
 * The frame of every signed-in screen: the workspace in the URL (`/:tenant/…`), navigation by role, the workspace
 * switcher, « Voir au … » and its read-only banner, and the sign-in over the screen when the token expires (the
 * screen stays mounted: a form being typed is not lost).
 */
export function Cadre() {
  const { session, expiree, connecter, deconnecter, changerEspace } = useAuth();
  const { tenant } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { asOf, voirAu } = useAsOf();
  const [ouvert, { toggle, close }] = useDisclosure(false);
  // the header names the signed-in organisation (its name of now: who one is does not travel back in time)
  const organisation = useQuery(OrganisationSession, { id: session?.organisationId ?? '' }, { skip: !session?.organisationId || tenant !== session.tenant });
  const autreEspace = Boolean(session && tenant && tenant !== session.tenant && session.workspaces.includes(tenant));
  useEffect(() => {
    if (autreEspace && tenant) changerEspace(tenant);
  }, [autreEspace, tenant, changerEspace]);

  if (!session) return <Navigate to="/connexion" state={{ retour: `${location.pathname}${location.search}` }} replace />;
  if (tenant !== session.tenant) {
    if (autreEspace) return <Chargement libelle="Changement d’espace de travail" />;
    return <Navigate to="/connexion" state={{ retour: `${location.pathname}${location.search}` }} replace />;
  }
  // A platform operator's workspace holds no territory: its one screen is the list of workspaces.
  const operateur = estOperateur(session);
  if (operateur && !location.pathname.startsWith(`/${tenant}/espaces`)) return <Navigate to={`/${tenant}/espaces`} replace />;
  const lien = (chemin: string, libelle: string, annee = true, exact = false): ReactNode => {
    const path = `/${tenant}/${chemin}`;
    const actif = location.pathname === path || (!exact && location.pathname.startsWith(`${path}/`));
    return (
      <NavLink
        key={chemin}
        component={Link}
        to={avecAsOf(annee ? `${path}${anneeCourante(location.search)}` : path, asOf)}
        label={libelle}
        active={actif}
        aria-current={actif ? 'page' : undefined}
        onClick={close}
      />
    );
  };
  const role = session.role;
  return (
    <AppShell header={{ height: { base: 104, md: 60 } }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !ouvert } }} padding="md">
      {/* first stop of the keyboard (WCAG 2.4.1): straight to the screen, past the header and the navigation */}
      <a
        href="#contenu"
        className="lien-evitement"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('contenu')?.focus();
        }}
      >
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="wrap" gap={6} py={6}>
          <Group gap="sm" wrap="nowrap">
            <Burger opened={ouvert} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={700} c="marine.8" component={Link} to={accueil(tenant, session.role)} style={{ textDecoration: 'none' }}>
              Contrat de ville
            </Text>
            {session.workspaces.length > 1 ? (
              <NativeSelect
                aria-label="Espace de travail"
                size="xs"
                data={session.workspaces}
                value={tenant}
                onChange={(event) => navigate(avecAsOf(`/${event.currentTarget.value}`, asOf))}
              />
            ) : (
              <Badge variant="light" color="marine" size="lg" tt="none">
                {tenant}
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="wrap">
            <VoirAu />
            <Text size="sm" visibleFrom="md">
              {LIBELLES_ROLES[role]}
              {session.organisationId ? ` — ${organisation.data?.partenaire?.nom ?? session.organisationId}` : ''}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                deconnecter();
                navigate('/connexion');
              }}
            >
              Se déconnecter
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Navigation principale">
        {operateur && lien('espaces', 'Espaces de travail', false)}
        {!operateur && role !== 'porteur' && lien('tableau-de-bord', 'Tableau de bord')}
        {!operateur && role !== 'lecteur' && role !== 'porteur' && lien('dossiers', 'Dossiers')}
        {!operateur && (role === 'agent' || role === 'admin' || role === 'instructeur' || role === 'auditeur') && lien('comite', 'Comité')}
        {!operateur && role !== 'porteur' && lien('financeurs', role === 'instructeur' ? 'Mon organisation' : 'Financeurs')}
        {!operateur && role !== 'porteur' && lien('rapport', 'Rapport annuel')}
        {!operateur && (role === 'admin' || role === 'agent') && lien('referentiel', 'Référentiel', false)}
        {!operateur && (role === 'admin' || role === 'agent') && lien('import', 'Import d’un tableau', false)}
        {role === 'porteur' && lien('mes-dossiers', 'Mes dossiers', false, true)}
        {role === 'porteur' && !asOf && lien('mes-dossiers/deposer', 'Déposer un dossier', false)}
        {!operateur && (role === 'auditeur' || role === 'admin' || role === 'agent') && (
          <NavLink component="button" label="Audit" defaultOpened={location.pathname.startsWith(`/${tenant}/audit`)} childrenOffset="sm">
            {lien('audit/journal', 'Journal des changements', false)}
            {lien('audit/comparaison', 'Comparer deux dates', false)}
            {lien('audit/verification', 'Vérification et preuves', false)}
          </NavLink>
        )}
        {!session.workspaces.length || session.mode === 'local' ? (
          <NavLink component={Link} to="/connexion" label="Changer d’espace ou de rôle" onClick={deconnecter} />
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main id="contenu" tabIndex={-1} style={{ outline: 'none' }}>
        {asOf && (
          <Alert color="dark" variant="light" mb="md" title={`Lecture seule — l’application montre ce que la plateforme savait le ${formatDateHeure(asOf)}`}>
            <Group justify="space-between">
              <Text size="sm">Aucune action n’est possible dans le passé.</Text>
              <Button size="xs" color="dark" onClick={() => voirAu(null)}>
                Revenir à maintenant
              </Button>
            </Group>
          </Alert>
        )}
        <Suspense fallback={<Chargement />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <Modal opened={expiree} onClose={() => undefined} withCloseButton={false} title="Votre session a expiré" centered>
        <Stack>
          <Text size="sm">Reconnectez-vous : l’écran et ce que vous avez saisi restent en place.</Text>
          <FormulaireConnexion precedente={session} retour={`${location.pathname}${location.search}`} onConnecte={connecter} />
        </Stack>
      </Modal>
    </AppShell>
  );
}

/** The year shown stays the same from one screen to the next. */
function anneeCourante(search: string): string {
  const annee = new URLSearchParams(search).get('annee');
  return annee ? `?annee=${annee}` : '';
}

export function TitreEcran({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions}
    </Group>
  );
}
