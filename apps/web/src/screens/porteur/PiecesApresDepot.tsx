import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { Chargement, Erreur } from '../../shared/Etats';
import { COULEURS_STATUT, STATUTS_DOSSIER } from '../../shared/libelles';
import { PiecesDossier } from '../pieces/PiecesDossier';

const DossierDepose = graphql(`
  query DossierDepose($id: String!) {
    dossier(id: $id) {
      id
      titre
      annee
      statut
    }
  }
`);

/**
 * The last step of the deposit (its own URL, `/mes-dossiers/deposer/:id`, so that a reload keeps it): the dossier is
 * recorded, and the porteur joins the pièces its appel asks for right there — the dossier page's own component.
 */
export function PiecesApresDepot({ dossierId }: { dossierId: string }) {
  const session = useSession();
  const { data, error, loading, refetch } = useQuery(DossierDepose, { id: dossierId });
  // the deposit says what it did; a reload of this page shows the dossier as it is
  const etatNavigation = useLocation().state as { message?: string } | null;
  const [message] = useState(etatNavigation?.message ?? null);
  if (error && !data) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!data) return null;
  const { dossier } = data;
  return (
    <Stack gap="md">
      {message && (
        <Text role="status" c="var(--mantine-color-green-light-color)" fw={600}>
          {message}
        </Text>
      )}
      <Group gap="sm">
        <Text fw={700}>
          {dossier.titre} — {dossier.annee}
        </Text>
        <Badge size="lg" color={COULEURS_STATUT[dossier.statut]} c="black" variant="light" tt="none" data-testid="statut-dossier">
          {STATUTS_DOSSIER[dossier.statut]}
        </Badge>
      </Group>
      <Text size="sm">
        Joignez maintenant les pièces demandées : le dossier ne peut être mis en instruction tant qu’une pièce demandée au dépôt manque. Vous pourrez aussi les
        joindre plus tard depuis la page du dossier.
      </Text>
      <Paper withBorder p="md">
        <PiecesDossier dossierId={dossier.id} peutJoindre onJointe={() => void refetch()} />
      </Paper>
      <Group>
        <Anchor component={Link} to={`/${session.tenant}/dossiers/${encodeURIComponent(dossier.id)}`}>
          Voir mon dossier
        </Anchor>
        <Anchor component={Link} to={`/${session.tenant}/mes-dossiers`}>
          Retour à mes dossiers
        </Anchor>
      </Group>
    </Stack>
  );
}
