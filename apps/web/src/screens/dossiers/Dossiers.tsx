import { Alert, Anchor, Button, Checkbox, Group, MultiSelect, NativeSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { DossiersSortField, StatutDossier } from '../../gql/graphql';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';
import { useQuery } from '../../graphql/use-query';
import { useAnnee } from '../../shared/annee';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { messageErreur } from '../../shared/erreurs';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatEntier, formatMontant } from '../../shared/format';
import { STATUTS_DOSSIER } from '../../shared/libelles';
import { useParametres } from '../../shared/parametres';
import { Tableau } from '../../shared/Tableau';
import { BadgeStatut } from '../../shared/BadgeStatut';

const DossiersQuery = graphql(`
  query Dossiers($filter: DossiersFilter, $first: Int, $after: String, $sort: DossiersSort, $asOf: DateTime, $annee: Int!) {
    dossiers(filter: $filter, first: $first, after: $after, sort: $sort, asOf: $asOf) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      totaux {
        coutTotal
        demande
        vote
        engage
        verse
      }
      edges {
        node {
          id
          titre
          statut
          revision
          referenceExterne
          porteur {
            nom
          }
          pilier {
            libelle
          }
          qpv {
            nom
          }
          coutTotal
          totaux {
            demande
            vote
          }
        }
      }
    }
    programmation(annee: $annee, asOf: $asOf) {
      parPilier {
        cle
        libelle
      }
      parThematique {
        cle
        libelle
      }
      parQpv {
        cle
        libelle
      }
    }
    territoire(asOf: $asOf) {
      communes {
        codeInsee
        nom
      }
    }
    porteurs: partenaires(filter: { role: porteur }, first: 200, asOf: $asOf) {
      edges {
        node {
          id
          nom
        }
      }
    }
    financeurs: partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {
      edges {
        node {
          id
          nom
        }
      }
    }
  }
`);

const MettreEnInstruction = graphql(`
  mutation MettreEnInstructionDossiers($input: MettreEnInstructionDossiersInput!) {
    mettreEnInstructionDossiers(input: $input) {
      resultats {
        dossierId
        ok
        revision
        code
        message
      }
    }
  }
`);

type Filtre = 'annee' | 'statut' | 'pilier' | 'thematique' | 'qpv' | 'commune' | 'porteur' | 'financeur' | 'texte' | 'tri' | 'sens' | 'apres';
const TRIS: Array<{ value: DossiersSortField; label: string }> = [
  { value: 'deposeLe', label: 'Date de dépôt' },
  { value: 'titre', label: 'Titre' },
  { value: 'coutTotal', label: 'Coût total' },
  { value: 'voteTotal', label: 'Montant voté' },
  { value: 'modifieLe', label: 'Dernière modification' },
];
const PAGE = 50;

/** Dossiers of a year: every filter in the URL (a view can be shared), sort, pages, totals of the filtered set. */
export default function Dossiers() {
  const session = useSession();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<Filtre>();
  const { annee, annees } = useAnnee(p.annee);
  const statuts = (p.statut?.split(',').filter((statut) => statut in STATUTS_DOSSIER) ?? []) as StatutDossier[];
  const [texte, setTexte] = useState(p.texte ?? '');
  useEffect(() => setTexte(p.texte ?? ''), [p.texte]);
  const filter = {
    annee,
    ...(statuts.length ? { statut: statuts } : {}),
    ...(p.pilier ? { pilier: p.pilier } : {}),
    ...(p.thematique ? { thematique: p.thematique } : {}),
    ...(p.qpv ? { qpv: p.qpv } : {}),
    ...(p.commune ? { commune: p.commune } : {}),
    ...(p.porteur ? { porteur: p.porteur } : {}),
    ...(p.financeur ? { financeur: p.financeur } : {}),
    ...(p.texte ? { texte: p.texte } : {}),
  };
  const sort = TRIS.find((candidate) => candidate.value === p.tri)
    ? { field: p.tri as DossiersSortField, direction: p.sens === 'desc' ? ('desc' as const) : ('asc' as const) }
    : null;
  // the same filter and sort under the export's parameter names (docs/exports.md « dossiers »)
  const parametresExport = {
    annee,
    statut: statuts.join(','),
    pilier: p.pilier,
    thematique: p.thematique,
    qpv: p.qpv,
    commune: p.commune,
    porteur: p.porteur,
    financeur: p.financeur,
    texte: p.texte,
    ...(sort ? { tri: sort.field, sens: sort.direction } : {}),
  };
  const { data, error, loading, refetch } = useQuery(
    DossiersQuery,
    { filter, first: PAGE, after: p.apres ?? null, sort, annee: annee ?? 0 },
    { skip: annee === null },
  );
  const [selection, setSelection] = useState<string[]>([]);
  const lot = useCommand(MettreEnInstruction);
  const [resultat, setResultat] = useState<string | null>(null);
  const peutInstruire = (session.role === 'agent' || session.role === 'admin') && !asOf;
  const filtrer = (changes: Partial<Record<Filtre, string | null>>) => {
    setSelection([]);
    changer({ ...changes, apres: null });
  };
  const options = (groupes: Array<{ cle?: string | null; libelle: string }> | undefined) =>
    (groupes ?? []).filter((groupe) => groupe.cle).map((groupe) => ({ value: groupe.cle as string, label: groupe.libelle }));
  const noeuds = data?.dossiers.edges.map((edge) => edge.node) ?? [];
  const deposes = noeuds.filter((dossier) => dossier.statut === 'depose');

  const instruire = async () => {
    const choisis = deposes.filter((dossier) => selection.includes(dossier.id));
    const reponse = await lot.send({
      input: { commandId: nouvelIdCommande(), dossiers: choisis.map((dossier) => ({ dossierId: dossier.id, expectedRevision: dossier.revision ?? null })) },
    });
    if (reponse.ok) {
      const refus = (reponse.data.mettreEnInstructionDossiers?.resultats ?? []).filter((ligne) => !ligne.ok);
      setResultat(
        `${formatEntier(choisis.length - refus.length)} dossier(s) mis en instruction.` +
          (refus.length
            ? ` Refusés : ${refus.map((ligne) => `${ligne.dossierId} — ${messageErreur({ code: ligne.code ?? '', message: ligne.message ?? '' })}`).join(' ; ')}`
            : ''),
      );
      setSelection([]);
      await refetch();
    }
  };

  return (
    <Stack gap="md">
      <TitreEcran>Dossiers {annee ?? ''}</TitreEcran>
      <Paper
        withBorder
        p="sm"
        component="form"
        role="search"
        aria-label="Filtres des dossiers"
        onSubmit={(event) => {
          event.preventDefault();
          filtrer({ texte });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <NativeSelect
            label="Année"
            data={annees.map(String)}
            value={annee ? String(annee) : ''}
            onChange={(event) => filtrer({ annee: event.currentTarget.value })}
          />
          <MultiSelect
            label="Statut"
            data={Object.entries(STATUTS_DOSSIER).map(([value, label]) => ({ value, label }))}
            value={statuts}
            onChange={(value) => filtrer({ statut: value.join(',') })}
            clearable
          />
          <Select
            label="Pilier"
            data={options(data?.programmation.parPilier)}
            value={p.pilier ?? null}
            onChange={(value) => filtrer({ pilier: value })}
            clearable
          />
          <Select
            label="Thématique"
            data={options(data?.programmation.parThematique)}
            value={p.thematique ?? null}
            onChange={(value) => filtrer({ thematique: value })}
            clearable
            searchable
          />
          <Select
            label="Quartier (QPV)"
            data={options(data?.programmation.parQpv)}
            value={p.qpv ?? null}
            onChange={(value) => filtrer({ qpv: value })}
            clearable
            searchable
          />
          <Select
            label="Commune"
            // by INSEE code, or by name where the référentiel has none (the server reads both)
            data={(data?.territoire?.communes ?? []).map((commune) => ({ value: commune.codeInsee ?? commune.nom, label: commune.nom }))}
            value={p.commune ?? null}
            onChange={(value) => filtrer({ commune: value })}
            clearable
            searchable
          />
          <Select
            label="Porteur"
            data={(data?.porteurs.edges ?? []).map(({ node }) => ({ value: node.id, label: node.nom }))}
            value={p.porteur ?? null}
            onChange={(value) => filtrer({ porteur: value })}
            clearable
            searchable
          />
          <Select
            label="Financeur"
            data={(data?.financeurs.edges ?? []).map(({ node }) => ({ value: node.id, label: node.nom }))}
            value={p.financeur ?? null}
            onChange={(value) => filtrer({ financeur: value })}
            clearable
            searchable
          />
          <TextInput
            label="Texte ou référence"
            description="Titre, porteur, description, commune, QPV"
            value={texte}
            onChange={(event) => setTexte(event.currentTarget.value)}
          />
          <NativeSelect label="Trier par" data={TRIS} value={sort?.field ?? 'deposeLe'} onChange={(event) => filtrer({ tri: event.currentTarget.value })} />
          <NativeSelect
            label="Ordre"
            data={[
              { value: 'asc', label: 'Croissant' },
              { value: 'desc', label: 'Décroissant' },
            ]}
            value={p.sens === 'desc' ? 'desc' : 'asc'}
            onChange={(event) => filtrer({ sens: event.currentTarget.value })}
          />
          <Group align="end">
            <Button type="submit">Rechercher</Button>
            <Button
              variant="default"
              onClick={() =>
                changer({
                  statut: null,
                  pilier: null,
                  thematique: null,
                  qpv: null,
                  commune: null,
                  porteur: null,
                  financeur: null,
                  texte: null,
                  tri: null,
                  sens: null,
                  apres: null,
                })
              }
            >
              Effacer les filtres
            </Button>
          </Group>
        </SimpleGrid>
      </Paper>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {resultat && (
        <Alert color="green" role="status" withCloseButton closeButtonLabel="Fermer le message" onClose={() => setResultat(null)}>
          {resultat}
        </Alert>
      )}
      {lot.error && <Erreur error={lot.error} />}
      {data && (
        <>
          <Group justify="space-between">
            <Text data-testid="nombre-dossiers">
              <b>{formatEntier(data.dossiers.totalCount)}</b> dossier(s) — coût total {formatMontant(data.dossiers.totaux.coutTotal)}, demandé{' '}
              {formatMontant(data.dossiers.totaux.demande)}, voté {formatMontant(data.dossiers.totaux.vote)}
            </Text>
            {peutInstruire && deposes.length > 0 && (
              <Button onClick={instruire} disabled={selection.length === 0} loading={lot.sending}>
                Mettre en instruction ({selection.length})
              </Button>
            )}
          </Group>
          <Group gap="lg" wrap="wrap" aria-label="Exports des dossiers filtrés" role="group">
            <BoutonsExport export="dossiers" titre="Exporter les dossiers" libelle="les dossiers filtrés" parametres={parametresExport} />
            <BoutonsExport
              export="dossiers"
              titre="une ligne par financement"
              libelle="les dossiers filtrés, une ligne par financement"
              parametres={{ ...parametresExport, par: 'ligne' }}
            />
            <BoutonsExport export="versements" titre="leurs versements" libelle="les versements des dossiers filtrés" parametres={parametresExport} />
          </Group>
          <Tableau
            legende={`Dossiers ${annee} (${formatEntier(data.dossiers.totalCount)} au total, ${PAGE} par page)`}
            lignes={noeuds}
            cle={(dossier) => dossier.id}
            colonnes={[
              ...(peutInstruire && deposes.length > 0
                ? [
                    {
                      titre: 'Choix',
                      valeur: (dossier: (typeof noeuds)[number]) =>
                        dossier.statut === 'depose' ? (
                          <Checkbox
                            aria-label={`Choisir ${dossier.titre}`}
                            checked={selection.includes(dossier.id)}
                            onChange={(event) => {
                              // read now: React clears the event's currentTarget before the updater runs
                              const coche = event.currentTarget.checked;
                              setSelection((current) => (coche ? [...current, dossier.id] : current.filter((id) => id !== dossier.id)));
                            }}
                          />
                        ) : null,
                    },
                  ]
                : []),
              {
                titre: 'Dossier',
                valeur: (dossier) => (
                  <Anchor component={Link} to={avecAsOf(`/${session.tenant}/dossiers/${dossier.id}`, asOf)}>
                    {dossier.titre}
                  </Anchor>
                ),
              },
              { titre: 'Porteur', valeur: (dossier) => dossier.porteur.nom },
              {
                titre: 'Statut',
                valeur: (dossier) => <BadgeStatut statut={dossier.statut} />,
              },
              { titre: 'Pilier', valeur: (dossier) => dossier.pilier?.libelle ?? '—' },
              { titre: 'QPV', valeur: (dossier) => dossier.qpv.map((qpv) => qpv.nom).join(', ') || 'Hors QPV' },
              { titre: 'Coût total', nombre: true, valeur: (dossier) => formatMontant(dossier.coutTotal) },
              { titre: 'Demandé', nombre: true, valeur: (dossier) => formatMontant(dossier.totaux.demande) },
              { titre: 'Voté', nombre: true, valeur: (dossier) => formatMontant(dossier.totaux.vote) },
            ]}
            total={[
              ...(peutInstruire && deposes.length > 0 ? [''] : []),
              'Total de la sélection (toutes pages)',
              '',
              '',
              '',
              '',
              formatMontant(data.dossiers.totaux.coutTotal),
              formatMontant(data.dossiers.totaux.demande),
              formatMontant(data.dossiers.totaux.vote),
            ]}
          />
          <Group>
            {p.apres && (
              <Button variant="default" onClick={() => changer({ apres: null })}>
                Première page
              </Button>
            )}
            {data.dossiers.pageInfo.hasNextPage && (
              <Button variant="default" onClick={() => changer({ apres: data.dossiers.pageInfo.endCursor ?? null })}>
                Page suivante
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
