import { Container, Paper, Title } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { accueil } from '../../app/accueil';
import { useAuth } from '../../auth/AuthContext';
import { FormulaireConnexion } from './FormulaireConnexion';

export function PageConnexion() {
  const { connecter } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const retour = (location.state as { retour?: string } | null)?.retour ?? null;
  return (
    <Container size={520} py="xl">
      <Title order={1} mb="md">
        Contrat de ville — connexion
      </Title>
      <Paper withBorder p="lg" radius="md">
        <FormulaireConnexion
          retour={retour ?? '/'}
          onConnecte={(session) => {
            connecter(session);
            navigate(retour && retour.startsWith(`/${session.tenant}/`) ? retour : accueil(session.tenant, session.role), { replace: true });
          }}
        />
      </Paper>
    </Container>
  );
}
