import { Alert, Badge, Button, Card, Code, Group, List, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { TitreEcran } from '../../app/Cadre';
import { useAuth, useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { ApiError } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { useAnnee } from '../../shared/annee';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDateHeure, formatEntier } from '../../shared/format';
import { useParametres } from '../../shared/parametres';
import { telechargerPreuves, type PorteePreuves } from './telechargement';

const VerificationQuery = graphql(`
  query Verification {
    verification {
      ok
      verifieJusqua
      fluxVerifies
      evenementsVerifies
      sceauxVerifies
      nombreProblemes
      evenementsApresDernierSceau
      premierMaillonRompu {
        streamId
        revision
        position
        probleme
        message
      }
      dernierSceau {
        numero
        position
        racine
        poseLe
      }
    }
  }
`);

/**
 * The verification of the workspace's hash chains and seals, recomputed by the server on demand, and the evidence
 * bundle an auditor takes away (the whole workspace, a year, a dossier) with how to check it offline.
 */
export default function Verification() {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<'verifier'>();
  const verifier = p.verifier === '1';
  const { data, error, loading, refetch } = useQuery(VerificationQuery, {}, { skip: !verifier });
  const { annee, annees } = useAnnee(undefined);
  const [portee, setPortee] = useState<PorteePreuves['type']>('annee');
  const [anneeChoisie, setAnneeChoisie] = useState<string>('');
  const [dossierId, setDossierId] = useState('');
  const [telechargement, setTelechargement] = useState<{ enCours: boolean; fichier: string | null; erreur: ApiError | null }>({
    enCours: false,
    fichier: null,
    erreur: null,
  });
  const peutTelecharger = session.role === 'auditeur' || session.role === 'admin';
  const v = data?.verification;

  const telecharger = async () => {
    const choix: PorteePreuves =
      portee === 'espace'
        ? { type: 'espace' }
        : portee === 'annee'
          ? { type: 'annee', annee: Number(anneeChoisie || annee) }
          : { type: 'dossier', dossierId: dossierId.trim() };
    if (choix.type === 'dossier' && !choix.dossierId) {
      return setTelechargement({
        enCours: false,
        fichier: null,
        erreur: new ApiError('Indiquez l’identifiant du dossier.', 'VALIDATION_FAILED', { field: 'dossier' }),
      });
    }
    setTelechargement({ enCours: true, fichier: null, erreur: null });
    try {
      const fichier = await telechargerPreuves(session, choix);
      setTelechargement({ enCours: false, fichier, erreur: null });
    } catch (erreur) {
      const apiError = erreur instanceof ApiError ? erreur : new ApiError(String(erreur), 'INTERNAL_SERVER_ERROR');
      if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
      setTelechargement({ enCours: false, fichier: null, erreur: apiError });
    }
  };

  return (
    <Stack gap="md">
      <TitreEcran>Vérification et preuves</TitreEcran>
      {/* the verification and the bundle take no instant (docs/api.md « Evidence bundles »): said rather than implied */}
      {asOf && (
        <Alert color="orange" title="Cet écran ne remonte pas dans le temps" data-testid="verification-maintenant">
          Vous regardez la plateforme au {formatDateHeure(asOf)}, mais la vérification porte sur le journal tel qu’il est maintenant (chaque événement
          enregistré jusqu’ici, y compris après cette date), et le paquet de preuves contient lui aussi les événements jusqu’à maintenant. Pour l’état connu à
          cette date, voyez le journal ou la comparaison de deux dates.
        </Alert>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Chaînes d’empreintes et sceaux
        </Title>
        <Text size="sm" mb="sm">
          Chaque événement porte l’empreinte SHA-256 de son contenu et de l’événement précédent de son flux ; un sceau périodique fixe la racine de Merkle de
          tous les flux. La vérification recalcule tout et nomme le premier maillon rompu.
        </Text>
        <Group>
          <Button onClick={() => (verifier ? void refetch() : changer({ verifier: '1' }))} loading={loading && verifier}>
            {v ? 'Vérifier de nouveau' : 'Lancer la vérification'}
          </Button>
        </Group>
        {error && <Erreur error={error} />}
        {verifier && loading && !data && <Chargement libelle="Vérification en cours" />}
        {v && (
          <Stack gap="xs" mt="sm" data-testid="verification">
            <Alert
              color={v.ok ? 'green' : 'red'}
              role="status"
              title={v.ok ? 'Intègre : aucune chaîne ni aucun sceau n’est rompu' : `Rompu : ${formatEntier(v.nombreProblemes)} problème(s)`}
            >
              {formatEntier(v.evenementsVerifies)} événements dans {formatEntier(v.fluxVerifies)} flux et {formatEntier(v.sceauxVerifies)} sceau(x) vérifiés,
              jusqu’à la position {formatEntier(v.verifieJusqua)}.
            </Alert>
            {v.premierMaillonRompu && (
              <Text size="sm" c="red.9">
                Premier maillon rompu : {v.premierMaillonRompu.streamId}, révision {v.premierMaillonRompu.revision} (position {v.premierMaillonRompu.position})
                — {v.premierMaillonRompu.probleme} : {v.premierMaillonRompu.message}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Text size="sm">
                Dernier sceau :{' '}
                {v.dernierSceau ? (
                  <>
                    n° {v.dernierSceau.numero}, posé le {formatDateHeure(v.dernierSceau.poseLe)}, couvre jusqu’à la position{' '}
                    {formatEntier(v.dernierSceau.position)}
                  </>
                ) : (
                  'aucun sceau encore'
                )}
              </Text>
              <Text size="sm">Événements enregistrés depuis (chaînés, pas encore scellés) : {formatEntier(v.evenementsApresDernierSceau)}</Text>
            </SimpleGrid>
            {v.dernierSceau && (
              <Text size="xs" style={{ wordBreak: 'break-all' }}>
                Racine du dernier sceau : <Code>{v.dernierSceau.racine}</Code>
              </Text>
            )}
          </Stack>
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Paquet de preuves
        </Title>
        <Text size="sm" mb="sm">
          Un fichier JSON Lines : les événements choisis tels qu’ils sont stockés, avec leurs empreintes, les sceaux qui les couvrent et, pour une année ou un
          dossier, les preuves d’inclusion dans chaque sceau. Il se vérifie hors ligne, sans accès à la plateforme.
        </Text>
        {peutTelecharger ? (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label="Contenu"
                data={[
                  { value: 'espace', label: 'Tout l’espace de travail' },
                  { value: 'annee', label: 'Une année de programmation' },
                  { value: 'dossier', label: 'Un dossier' },
                ]}
                value={portee}
                onChange={(event) => setPortee(event.currentTarget.value as PorteePreuves['type'])}
              />
              {portee === 'annee' && (
                <NativeSelect
                  label="Année"
                  data={annees.map(String)}
                  value={anneeChoisie || (annee ? String(annee) : '')}
                  onChange={(event) => setAnneeChoisie(event.currentTarget.value)}
                />
              )}
              {portee === 'dossier' && (
                <TextInput
                  label="Identifiant du dossier"
                  value={dossierId}
                  error={telechargement.erreur?.field === 'dossier' ? telechargement.erreur.message : undefined}
                  onChange={(event) => setDossierId(event.currentTarget.value)}
                />
              )}
            </SimpleGrid>
            <Group>
              <Button onClick={() => void telecharger()} loading={telechargement.enCours}>
                Télécharger le paquet de preuves
              </Button>
            </Group>
            {telechargement.fichier && (
              <Alert color="green" role="status" title="Paquet téléchargé">
                <Badge variant="light" tt="none">
                  {telechargement.fichier}
                </Badge>
              </Alert>
            )}
            {telechargement.erreur && telechargement.erreur.field !== 'dossier' && <Erreur error={telechargement.erreur} titre="Téléchargement refusé" />}
          </Stack>
        ) : (
          <Text size="sm">Le téléchargement des paquets de preuves est réservé aux auditeurs et aux administrateurs.</Text>
        )}
        <Title order={3} size="h5" mt="md" mb="xs">
          Vérifier le paquet hors ligne
        </Title>
        <List size="sm" type="ordered" spacing={4}>
          <List.Item>
            Avec l’outil de la plateforme, sur n’importe quel poste, sans base de données : <Code>npm run cli -- verify-bundle chemin/du/paquet.jsonl</Code>. Il
            répond <Code>OK</Code> ou nomme la première ligne fausse.
          </List.Item>
          <List.Item>
            Ou avec votre propre programme, en suivant l’algorithme publié dans <Code>docs/audit/evidence-bundle.md</Code> et rappelé dans la première ligne du
            fichier (<Code>algorithm</Code>) : pour chaque événement, recalculer <Code>sha256(empreinte précédente ‖ JSON canonique de l’événement)</Code> et la
            comparer à son empreinte ; chaque flux doit s’enchaîner sans trou depuis la révision indiquée en tête.
          </List.Item>
          <List.Item>
            Pour chaque sceau, recalculer la racine de Merkle des têtes de flux (tout l’espace), ou vérifier les preuves d’inclusion des flux exportés (une
            année, un dossier) : elles doivent mener à la racine du sceau, et chaque sceau à la racine du précédent.
          </List.Item>
          <List.Item>
            Comparer enfin la racine du dernier sceau à celle affichée ci-dessus (ou publiée par la collectivité) : le paquet est alors celui que la plateforme
            a scellé.
          </List.Item>
        </List>
      </Card>
    </Stack>
  );
}
