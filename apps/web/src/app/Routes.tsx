import { lazy } from 'react';
import { Navigate, Route, Routes as RouterRoutes } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { PageConnexion } from '../screens/connexion/PageConnexion';
import { RetourOidc } from '../screens/connexion/RetourOidc';
import { accueil } from './accueil';
import { Cadre } from './Cadre';

// Each screen is its own chunk: the first screen loads only what it shows (ECharts only with the dashboard).
const TableauDeBord = lazy(() => import('../screens/tableau-de-bord/TableauDeBord'));
const Dossiers = lazy(() => import('../screens/dossiers/Dossiers'));
const Dossier = lazy(() => import('../screens/dossier/Dossier'));
const Historique = lazy(() => import('../screens/historique/Historique'));
const Comite = lazy(() => import('../screens/comite/Comite'));
const Financeurs = lazy(() => import('../screens/instructeur/Financeurs'));
const RapportAnnuel = lazy(() => import('../screens/rapport/RapportAnnuel'));
const EspacePorteur = lazy(() => import('../screens/porteur/EspacePorteur'));
const DeposerDossier = lazy(() => import('../screens/porteur/DeposerDossier'));
const Journal = lazy(() => import('../screens/audit/Journal'));
const HistoriqueFlux = lazy(() => import('../screens/audit/HistoriqueFlux'));
const Comparaison = lazy(() => import('../screens/audit/Comparaison'));
const Verification = lazy(() => import('../screens/audit/Verification'));
const Referentiel = lazy(() => import('../screens/referentiel/Referentiel'));
const ImportTableau = lazy(() => import('../screens/import/ImportTableau'));
const Espaces = lazy(() => import('../screens/espaces/Espaces'));

/** Every screen has its URL (`/:tenant/…`, filters and `asOf` in the query string) so that a view can be shared. */
export function Routes() {
  const { session } = useAuth();
  return (
    <RouterRoutes>
      <Route path="/" element={<Navigate to={session ? accueil(session.tenant, session.role) : '/connexion'} replace />} />
      <Route path="/connexion" element={<PageConnexion />} />
      <Route path="/connexion/callback" element={<RetourOidc />} />
      <Route path="/connexion/popup" element={<RetourOidc popup />} />
      <Route path="/:tenant" element={<Cadre />}>
        <Route index element={<AccueilDuRole />} />
        <Route path="tableau-de-bord" element={<TableauDeBord />} />
        <Route path="dossiers" element={<Dossiers />} />
        <Route path="dossiers/:id" element={<Dossier />} />
        <Route path="dossiers/:id/historique" element={<Historique />} />
        <Route path="comite" element={<Comite />} />
        <Route path="financeurs" element={<Financeurs />} />
        <Route path="rapport" element={<RapportAnnuel />} />
        <Route path="mes-dossiers" element={<EspacePorteur />} />
        <Route path="mes-dossiers/deposer" element={<DeposerDossier />} />
        <Route path="mes-dossiers/deposer/:id" element={<DeposerDossier />} />
        <Route path="audit/journal" element={<Journal />} />
        <Route path="audit/historique/:flux" element={<HistoriqueFlux />} />
        <Route path="audit/comparaison" element={<Comparaison />} />
        <Route path="audit/verification" element={<Verification />} />
        <Route path="referentiel/:section?" element={<Referentiel />} />
        <Route path="import" element={<ImportTableau />} />
        <Route path="espaces" element={<Espaces />} />
        <Route path="*" element={<AccueilDuRole />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </RouterRoutes>
  );
}

/** The first screen of the signed-in role (a porteur's own space, the tableau de bord for the others). */
function AccueilDuRole() {
  const { session } = useAuth();
  return <Navigate to={session ? accueil(session.tenant, session.role) : '/connexion'} replace />;
}
