import { Alert, Button, Fieldset, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { estOperateur } from '../../auth/session';
import { graphql } from '../../gql';
import type { NatureEpci } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDateHeure, formatEntier } from '../../shared/format';
import { NATURES_EPCI } from '../../shared/libelles-referentiel';
import { Tableau } from '../../shared/Tableau';
import { lireCommunes } from '../referentiel/communes';

const EspacesQuery = graphql(`
  query EspacesDeTravail {
    espacesDeTravail {
      id
      nom
      siren
      nature
      communes
      ouvert
    }
  }
`);

const Ouvrir = graphql(`
  mutation OuvrirEspaceDeTravail($input: OuvrirEspaceDeTravailInput!) {
    ouvrirEspaceDeTravail(input: $input) {
      id
      eventsAppended
    }
  }
`);

const CHAMPS = ['espace', 'nom', 'siren', 'nature', 'departement', 'communes'];

/**
 * The platform operator's screen (docs/adr/0030-platform-operators-open-workspaces.md): every workspace and its EPCI,
 * and the opening of a new one. Its people then get their memberships from the identity provider.
 */
export default function Espaces() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { data, error, loading, refetch } = useQuery(EspacesQuery, {}, { skip: !estOperateur(session) });
  const envoi = useEnvoi(Ouvrir, CHAMPS);
  const [saisie, setSaisie] = useState({ espace: '', nom: '', siren: '', nature: '' as NatureEpci | '', departement: '', communes: '' });
  const [ouvert, setOuvert] = useState<string | null>(null);
  const communes = lireCommunes(saisie.communes);

  if (!estOperateur(session)) return <Alert color="gray">Seuls les opérateurs de la plateforme ouvrent des espaces de travail.</Alert>;
  const ouvrir = async () => {
    setOuvert(null);
    const resultat = await envoi.envoyer({
      espace: saisie.espace.trim(),
      nom: saisie.nom.trim(),
      siren: saisie.siren.trim() || null,
      nature: saisie.nature || null,
      departement: saisie.departement.trim() || null,
      communes: communes.communes,
    });
    if (resultat?.ouvrirEspaceDeTravail) {
      setOuvert(
        `Espace « ${resultat.ouvrirEspaceDeTravail.id} » ouvert. Donnez maintenant à ses administrateurs l’accès à cet espace chez le fournisseur d’identité : ils compléteront le référentiel.`,
      );
      setSaisie({ espace: '', nom: '', siren: '', nature: '', departement: '', communes: '' });
      await refetch();
    }
  };
  const champ = (nom: keyof typeof saisie) => ({
    value: saisie[nom],
    error: envoi.erreurs[nom],
    onChange: (event: { currentTarget: { value: string } }) => {
      const valeur = event.currentTarget.value;
      setSaisie((courante) => ({ ...courante, [nom]: valeur }));
    },
  });

  return (
    <Stack gap="md">
      <TitreEcran>Espaces de travail de la plateforme</TitreEcran>
      <Text size="sm">
        Chaque EPCI travaille dans son espace : ses données ne sont visibles que des personnes que le fournisseur d’identité y rattache. Vous êtes opérateur de
        la plateforme (administrateur de l’espace « {session.tenant} »).
      </Text>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {/* the server reads this list now whatever « Voir au » says, as the screen does (docs/exports.md) */}
      {data && <BoutonsExport export="espaces-de-travail" libelle="les espaces de travail" parametres={{}} />}
      {data && (
        <Tableau
          legende={`Espaces de travail (${formatEntier(data.espacesDeTravail.length)})`}
          lignes={data.espacesDeTravail}
          cle={(espace) => espace.id}
          colonnes={[
            { titre: 'Espace', valeur: (espace) => espace.id },
            { titre: 'EPCI', valeur: (espace) => espace.nom ?? (espace.ouvert ? '—' : 'Territoire non ouvert') },
            { titre: 'Nature', valeur: (espace) => (espace.nature ? NATURES_EPCI[espace.nature] : '—') },
            { titre: 'SIREN', valeur: (espace) => espace.siren ?? '—' },
            { titre: 'Communes', nombre: true, valeur: (espace) => formatEntier(espace.communes) },
          ]}
        />
      )}
      <Paper withBorder p="md" component="form" aria-label="Ouvrir un espace de travail" onSubmit={(event) => (event.preventDefault(), void ouvrir())}>
        <Stack gap="sm">
          <Title order={2} size="h3">
            Ouvrir l’espace d’un nouvel EPCI
          </Title>
          {asOf && (
            <Text size="sm" fw={600}>
              Vous regardez la plateforme au {formatDateHeure(asOf)} : revenez à maintenant pour ouvrir un espace. La liste ci-dessus est celle d’aujourd’hui
              (les espaces de travail ne se lisent pas dans le passé).
            </Text>
          )}
          {/* « Voir au » puts the whole application read-only: the form stays visible, every control disabled */}
          <Fieldset disabled={Boolean(asOf)} variant="unstyled" p={0}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label="Identifiant de l’espace"
                  description="Lettres minuscules, chiffres et tirets (ex. grand-avignon) : il figure dans chaque adresse de l’espace."
                  required
                  {...champ('espace')}
                />
                <TextInput label="Nom légal de l’EPCI" required {...champ('nom')} />
                <TextInput label="SIREN de l’EPCI" description="9 chiffres." inputMode="numeric" {...champ('siren')} />
                <NativeSelect
                  label="Nature de l’EPCI"
                  data={[{ value: '', label: '— choisir —' }, ...Object.entries(NATURES_EPCI).map(([value, label]) => ({ value, label }))]}
                  {...champ('nature')}
                />
                <TextInput label="Département" {...champ('departement')} />
              </SimpleGrid>
              <Textarea
                label="Communes"
                description="Une par ligne : code INSEE puis nom (ex. 84007 Avignon), ou le nom seul si le code n’est pas connu."
                autosize
                minRows={3}
                {...champ('communes')}
                error={envoi.erreurs['communes'] ?? communes.erreur ?? undefined}
              />
            </Stack>
          </Fieldset>
          <RefusServeur refus={envoi.refus} />
          {ouvert && (
            <Alert color="green" role="status">
              {ouvert}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={envoi.envoi} disabled={!!communes.erreur || Boolean(asOf)}>
              Ouvrir l’espace
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
