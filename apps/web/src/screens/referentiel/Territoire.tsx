import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatEntier } from '../../shared/format';
import { NATURES_EPCI } from '../../shared/libelles-referentiel';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Tableau } from '../../shared/Tableau';
import { droitsReferentiel } from './Referentiel';

const TerritoireQuery = graphql(`
  query ReferentielTerritoire($asOf: DateTime) {
    territoire(asOf: $asOf) {
      nom
      nomUsuel
      acronyme
      siren
      nature
      departement
      region
      communes {
        cle
        codeInsee
        nom
        alias
        rattachee
        quartiers
      }
      nombreQpv {
        calculee
      }
    }
  }
`);

const Rattacher = graphql(`
  mutation RattacherCommune($input: RattacherCommuneInput!) {
    rattacherCommune(input: $input) {
      revision
    }
  }
`);

const AttribuerCode = graphql(`
  mutation AttribuerCodeInseeCommune($input: AttribuerCodeInseeCommuneInput!) {
    attribuerCodeInseeCommune(input: $input) {
      revision
    }
  }
`);

/** The EPCI and its communes; an admin attaches a commune and gives its INSEE code to one known by name only. */
export function Territoire() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { admin } = droitsReferentiel(session.role, asOf);
  const { data, error, loading, refetch } = useQuery(TerritoireQuery, {});
  const rattacher = useEnvoi(Rattacher, ['nom', 'codeInsee']);
  const attribuer = useEnvoi(AttribuerCode, ['nom', 'codeInsee']);
  const [commune, setCommune] = useState({ nom: '', codeInsee: '' });
  const [codes, setCodes] = useState<Record<string, string>>({});
  const territoire = data?.territoire;
  if (error) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!territoire) return <Text>Le territoire de cet espace n’est pas encore ouvert : un opérateur de la plateforme l’ouvre.</Text>;
  const communes = territoire.communes.filter((candidate) => candidate.rattachee);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={2} size="h3">
          {territoire.nom}
        </Title>
        <Text size="sm">
          {[
            territoire.nature ? NATURES_EPCI[territoire.nature] : null,
            territoire.siren ? `SIREN ${territoire.siren}` : 'SIREN non renseigné',
            territoire.departement,
            territoire.region,
            `${formatEntier(communes.length)} commune(s)`,
            `${territoire.nombreQpv.calculee ?? '0'} QPV`,
          ]
            .filter(Boolean)
            .join(' — ')}
        </Text>
      </Paper>
      <BoutonsExport export="communes" libelle="les communes du territoire" />
      <Tableau
        legende={`Communes du territoire (${communes.length})`}
        lignes={communes}
        cle={(ligne) => ligne.cle}
        colonnes={[
          { titre: 'Commune', valeur: (ligne) => ligne.nom },
          {
            titre: 'Code INSEE',
            valeur: (ligne) =>
              ligne.codeInsee ??
              (admin ? (
                <Group gap={4} wrap="nowrap">
                  <TextInput
                    size="xs"
                    aria-label={`Code INSEE de ${ligne.nom}`}
                    placeholder="non renseigné"
                    w={110}
                    value={codes[ligne.cle] ?? ''}
                    onChange={(event) => setCodes({ ...codes, [ligne.cle]: event.currentTarget.value })}
                  />
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`Enregistrer le code INSEE de ${ligne.nom}`}
                    onClick={async () => {
                      if (await attribuer.envoyer({ nom: ligne.nom, codeInsee: (codes[ligne.cle] ?? '').trim() })) await refetch();
                    }}
                  >
                    Enregistrer
                  </Button>
                </Group>
              ) : (
                'non renseigné'
              )),
          },
          { titre: 'Autres graphies', valeur: (ligne) => ligne.alias.join(', ') || '—' },
          { titre: 'Quartiers', nombre: true, valeur: (ligne) => formatEntier(ligne.quartiers.length) },
        ]}
      />
      <RefusServeur refus={attribuer.refus} />
      {attribuer.erreurs['codeInsee'] && (
        <Text c="red.8" size="sm" role="alert">
          {attribuer.erreurs['codeInsee']}
        </Text>
      )}
      {admin && (
        <Paper
          withBorder
          p="md"
          component="form"
          aria-label="Rattacher une commune"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await rattacher.envoyer({ nom: commune.nom.trim(), codeInsee: commune.codeInsee.trim() || null })) {
              setCommune({ nom: '', codeInsee: '' });
              await refetch();
            }
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4">
              Rattacher une commune
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Nom de la commune"
                required
                value={commune.nom}
                error={rattacher.erreurs['nom']}
                onChange={(event) => setCommune({ ...commune, nom: event.currentTarget.value })}
              />
              <TextInput
                label="Code INSEE"
                description="5 caractères ; les dossiers nomment leurs communes par ce code."
                value={commune.codeInsee}
                error={rattacher.erreurs['codeInsee']}
                onChange={(event) => setCommune({ ...commune, codeInsee: event.currentTarget.value })}
              />
            </SimpleGrid>
            <RefusServeur refus={rattacher.refus} />
            <Group>
              <Button type="submit" loading={rattacher.envoi}>
                Rattacher la commune
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
