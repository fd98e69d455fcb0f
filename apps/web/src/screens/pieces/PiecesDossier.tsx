import { Anchor, Badge, Button, FileInput, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAuth, useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { CiblePiece } from '../../gql/graphql';
import { ApiError, erreurHttp } from '../../graphql/client';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { Erreur } from '../../shared/Etats';
import { formatDateHeure, formatEntier } from '../../shared/format';
import { Tableau } from '../../shared/Tableau';

const PiecesQuery = graphql(`
  query PiecesDossier($id: String!, $asOf: DateTime) {
    dossier(id: $id, asOf: $asOf) {
      id
      pieces {
        id
        cible
        type {
          id
          libelle
        }
        fichier {
          nom
          taille
        }
        deposeLe
        lien {
          url
          expireLe
        }
      }
      piecesRequises {
        type {
          id
          libelle
        }
        etape
        fournie
      }
    }
    cataloguePieces(asOf: $asOf) {
      types {
        id
        libelle
        cibles
      }
    }
  }
`);

const DeposerPiece = graphql(`
  mutation DeposerPiece($input: DeposerPieceInput!) {
    deposerPiece(input: $input) {
      id
      revision
    }
  }
`);

const CIBLES: Array<{ value: CiblePiece; label: string }> = [
  { value: 'dossier', label: 'Le dépôt du dossier' },
  { value: 'bilan', label: 'Le bilan' },
];

const taille = (octets: number) =>
  octets < 1024 * 1024 ? `${formatEntier(Math.ceil(octets / 1024))} ko` : `${(octets / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;

/**
 * A dossier's pièces justificatives (docs/api.md « Documents »): what its appel asks and whether it is there, the
 * pieces with a download link, and — for its porteur and the EPCI — joining a file: the bytes go to the upload
 * endpoint, whose receipt `deposerPiece` then attaches to the dossier or its bilan.
 */
export function PiecesDossier({ dossierId, peutJoindre, onJointe }: { dossierId: string; peutJoindre: boolean; onJointe(): void }) {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const { data, error, refetch } = useQuery(PiecesQuery, { id: dossierId });
  const deposer = useCommand(DeposerPiece);
  const [cible, setCible] = useState<CiblePiece>('dossier');
  const [type, setType] = useState('');
  const [fichier, setFichier] = useState<File | null>(null);
  const [envoi, setEnvoi] = useState(false);
  const [refus, setRefus] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (error && !data) return <Erreur error={error} />;
  if (!data) return null;
  const types = data.cataloguePieces.types.filter((candidat) => candidat.cibles.includes(cible));
  const requises = data.dossier.piecesRequises;

  const joindre = async () => {
    setRefus(null);
    setMessage(null);
    if (!type || !fichier)
      return setRefus(new ApiError('Choisissez le type de pièce et le fichier.', 'VALIDATION_FAILED', { field: type ? 'fichier' : 'type' }));
    setEnvoi(true);
    try {
      const formulaire = new FormData();
      formulaire.append('fichier', fichier, fichier.name);
      let reponse: Response;
      try {
        reponse = await fetch(`/documents/dossiers/${encodeURIComponent(dossierId)}/fichiers`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}`, 'x-tenant': session.tenant },
          body: formulaire,
        });
      } catch {
        return setRefus(new ApiError('Le serveur ne répond pas : vérifiez la connexion puis réessayez.', 'NETWORK'));
      }
      if (!reponse.ok) {
        const erreur = await erreurHttp(reponse);
        if (erreur.code === 'UNAUTHENTICATED') signalerExpiration();
        return setRefus(erreur);
      }
      const { recu } = (await reponse.json()) as { recu: string };
      const resultat = await deposer.send({ input: { cible, detenteurId: dossierId, type, fichier: recu, commandId: nouvelIdCommande() } });
      if (!resultat.ok) return setRefus(resultat.error);
      setMessage(`${types.find((candidat) => candidat.id === type)?.libelle ?? type} : pièce jointe.`);
      setFichier(null);
      await refetch();
      onJointe();
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Pièces justificatives
      </Title>
      {requises.length > 0 ? (
        <List size="sm" spacing={4} aria-label="Pièces demandées par l’appel à projets">
          {requises.map((requise) => (
            <List.Item key={`${requise.etape}-${requise.type.id}`}>
              {requise.type.libelle} ({requise.etape === 'depot' ? 'au dépôt' : 'au bilan'}) :{' '}
              <Badge variant="outline" color={requise.fournie ? 'dark' : 'red.9'} tt="none">
                {requise.fournie ? 'fournie' : 'manquante'}
              </Badge>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">L’appel à projets ne demande pas de pièce particulière.</Text>
      )}
      <Tableau
        legende="Pièces jointes"
        lignes={data.dossier.pieces}
        cle={(piece) => piece.id}
        vide="Aucune pièce jointe."
        colonnes={[
          { titre: 'Pièce', valeur: (piece) => `${piece.type.libelle}${piece.cible === 'bilan' ? ' (bilan)' : ''}` },
          {
            titre: 'Fichier',
            valeur: (piece) => (
              // the link is signed for a few minutes: an expired one is asked again before following it
              <Anchor
                href={piece.lien.url}
                onClick={async (event) => {
                  if (new Date(piece.lien.expireLe).getTime() > Date.now() + 5_000) return;
                  event.preventDefault();
                  const frais = (await refetch())?.dossier.pieces.find((autre) => autre.id === piece.id);
                  if (frais) window.location.assign(frais.lien.url);
                }}
              >
                {piece.fichier.nom}
              </Anchor>
            ),
          },
          { titre: 'Taille', nombre: true, valeur: (piece) => taille(piece.fichier.taille) },
          { titre: 'Déposée le', valeur: (piece) => formatDateHeure(piece.deposeLe) },
        ]}
      />
      {peutJoindre && !asOf && (
        <Stack
          gap="xs"
          component="form"
          aria-label="Joindre une pièce"
          onSubmit={(event) => {
            event.preventDefault();
            void joindre();
          }}
        >
          <Group align="end" wrap="wrap">
            <NativeSelect
              label="Pour"
              data={CIBLES}
              value={cible}
              onChange={(event) => {
                setCible(event.currentTarget.value as CiblePiece);
                setType('');
              }}
            />
            <NativeSelect
              label="Type de pièce"
              data={[{ value: '', label: '— choisir —' }, ...types.map((candidat) => ({ value: candidat.id, label: candidat.libelle }))]}
              value={type}
              error={refus?.field === 'type' ? refus.message : undefined}
              onChange={(event) => setType(event.currentTarget.value)}
              style={{ minWidth: 240 }}
            />
            <FileInput
              label="Fichier"
              description="PDF, image ou document bureautique, 20 Mo au plus"
              placeholder="Choisir un fichier"
              value={fichier}
              onChange={setFichier}
              style={{ minWidth: 240 }}
            />
            <Button type="submit" loading={envoi}>
              Joindre la pièce
            </Button>
          </Group>
          {message && (
            <Text role="status" size="sm" fw={600}>
              {message}
            </Text>
          )}
          {refus && refus.field !== 'type' && <Erreur error={refus} titre="Pièce refusée" />}
        </Stack>
      )}
    </Stack>
  );
}
