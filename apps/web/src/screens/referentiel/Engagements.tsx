import { Alert, Badge, Button, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { IndicateurNature } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { ChampRaison, RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { STATUTS_ENGAGEMENT } from '../../shared/libelles-referentiel';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Tableau } from '../../shared/Tableau';
import { droitsReferentiel } from './Referentiel';

const EngagementsQuery = graphql(`
  query ReferentielEngagements($asOf: DateTime) {
    engagements(asOf: $asOf) {
      id
      objectif
      priorite
      statut
      echeance
      moyens
      responsables {
        libelle
      }
      cibles {
        indicateurId
        annee
        periode
        ventilation
        qualificatif
        cible {
          type
          valeur
          min
          max
          texte
        }
      }
    }
    indicateurs(asOf: $asOf) {
      id
      libelle
      unite
      defini
    }
    partenaires(first: 200, asOf: $asOf) {
      edges {
        node {
          id
          nom
        }
      }
    }
  }
`);

const Prendre = graphql(`
  mutation PrendreEngagement($input: PrendreEngagementInput!) {
    prendreEngagement(input: $input) {
      id
    }
  }
`);

const DefinirIndicateur = graphql(`
  mutation DefinirIndicateur($input: DefinirIndicateurInput!) {
    definirIndicateur(input: $input) {
      id
    }
  }
`);

const FixerCible = graphql(`
  mutation FixerCibleIndicateur($input: FixerCibleIndicateurInput!) {
    fixerCibleIndicateur(input: $input) {
      revision
    }
  }
`);

type Cible = { type: string; valeur?: string | null; min?: string | null; max?: string | null; texte?: string | null };

function texteCible(cible: Cible, unite?: string | null): string {
  const avecUnite = (valeur: string) => (unite ? `${valeur} ${unite}` : valeur);
  if (cible.type === 'valeur' && cible.valeur) return avecUnite(cible.valeur);
  if (cible.type === 'intervalle') return avecUnite(`${cible.min ?? '…'} à ${cible.max ?? '…'}`);
  if (cible.type === 'texte') return cible.texte ?? '—';
  return 'à définir';
}

/** The commitments of the contract and the catalogue of indicators, with their targets per year. */
export function Engagements() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { admin } = droitsReferentiel(session.role, asOf);
  const { data, error, loading, refetch } = useQuery(EngagementsQuery, {});
  if (error) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!data) return null;
  const indicateurs = new Map(data.indicateurs.map((indicateur) => [indicateur.id, indicateur]));
  const cibles = data.engagements.flatMap((engagement) => engagement.cibles.map((cible) => ({ ...cible, engagement })));

  return (
    <Stack gap="md">
      <BoutonsExport export="engagements" libelle="les engagements" parametres={{ tableau: 'engagements' }} />
      <Tableau
        legende={`Engagements du contrat (${data.engagements.length})`}
        lignes={data.engagements}
        cle={(engagement) => engagement.id}
        colonnes={[
          { titre: 'Objectif', valeur: (engagement) => engagement.objectif },
          { titre: 'Priorité', valeur: (engagement) => engagement.priorite ?? '—' },
          { titre: 'Responsables', valeur: (engagement) => engagement.responsables.map((responsable) => responsable.libelle).join(', ') || '—' },
          { titre: 'Échéance', valeur: (engagement) => engagement.echeance ?? '—' },
          {
            titre: 'Statut',
            valeur: (engagement) => (
              <Badge variant="light" color="marine" c="black" tt="none">
                {STATUTS_ENGAGEMENT[engagement.statut]}
              </Badge>
            ),
          },
        ]}
      />
      <BoutonsExport export="engagements" libelle="les cibles des indicateurs" parametres={{ tableau: 'cibles' }} />
      <Tableau
        legende={`Cibles des indicateurs, par année (${cibles.length})`}
        lignes={cibles}
        cle={(cible, index) => `${cible.engagement.id}-${cible.indicateurId}-${cible.annee ?? cible.periode ?? ''}-${index}`}
        colonnes={[
          { titre: 'Indicateur', valeur: (cible) => indicateurs.get(cible.indicateurId)?.libelle ?? cible.indicateurId },
          { titre: 'Engagement', valeur: (cible) => cible.engagement.objectif },
          { titre: 'Année', valeur: (cible) => cible.annee ?? cible.periode ?? '—' },
          { titre: 'Ventilation', valeur: (cible) => cible.ventilation ?? '—' },
          {
            titre: 'Cible',
            valeur: (cible) => `${cible.qualificatif ? `${cible.qualificatif} ` : ''}${texteCible(cible.cible, indicateurs.get(cible.indicateurId)?.unite)}`,
          },
        ]}
      />
      <Tableau
        legende={`Catalogue des indicateurs (${data.indicateurs.length})`}
        lignes={data.indicateurs}
        cle={(indicateur) => indicateur.id}
        colonnes={[
          { titre: 'Indicateur', valeur: (indicateur) => indicateur.libelle ?? `${indicateur.id} (cité par un engagement, non défini)` },
          { titre: 'Unité', valeur: (indicateur) => indicateur.unite ?? '—' },
        ]}
      />
      {admin && (
        <SimpleGrid cols={{ base: 1, lg: 3 }}>
          <PriseEngagement partenaires={data.partenaires.edges.map((edge) => edge.node)} onFait={refetch} />
          <DefinitionIndicateur onFait={refetch} />
          <FixationCible
            engagements={data.engagements.map((engagement) => ({ value: engagement.id, label: engagement.objectif }))}
            indicateurs={data.indicateurs.map((indicateur) => ({ value: indicateur.id, label: indicateur.libelle ?? indicateur.id }))}
            onFait={refetch}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

function Fait({ message }: { message: string | null }) {
  return message ? (
    <Alert color="green" role="status">
      {message}
    </Alert>
  ) : null;
}

function PriseEngagement({ partenaires, onFait }: { partenaires: Array<{ id: string; nom: string }>; onFait(): Promise<unknown> }) {
  const envoi = useEnvoi(Prendre, ['objectif', 'responsables', 'moyens', 'echeance', 'priorite']);
  const vide = { objectif: '', responsable: null as string | null, moyens: '', echeance: '', priorite: '' };
  const [saisie, setSaisie] = useState(vide);
  const [fait, setFait] = useState<string | null>(null);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Prendre un engagement"
      onSubmit={async (event) => {
        event.preventDefault();
        const responsable = partenaires.find((partenaire) => partenaire.id === saisie.responsable);
        const resultat = await envoi.envoyer({
          objectif: saisie.objectif.trim(),
          responsables: responsable ? [{ partenaireId: responsable.id, libelle: responsable.nom }] : [],
          moyens: saisie.moyens.trim() || null,
          echeance: saisie.echeance.trim() || null,
          priorite: saisie.priorite.trim() || null,
        });
        if (resultat) {
          setFait('Engagement enregistré.');
          setSaisie(vide);
          await onFait();
        }
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          Prendre un engagement
        </Title>
        <TextInput
          label="Objectif"
          required
          value={saisie.objectif}
          error={envoi.erreurs['objectif']}
          onChange={(event) => setSaisie({ ...saisie, objectif: event.currentTarget.value })}
        />
        <TextInput label="Priorité (facultatif)" value={saisie.priorite} onChange={(event) => setSaisie({ ...saisie, priorite: event.currentTarget.value })} />
        <Select
          label="Partenaire responsable"
          data={partenaires.map((partenaire) => ({ value: partenaire.id, label: partenaire.nom }))}
          value={saisie.responsable}
          error={envoi.erreurs['responsables']}
          onChange={(valeur) => setSaisie({ ...saisie, responsable: valeur })}
          searchable
          clearable
        />
        <TextInput label="Moyens" value={saisie.moyens} onChange={(event) => setSaisie({ ...saisie, moyens: event.currentTarget.value })} />
        <TextInput
          label="Échéance"
          description="Une année ou une date (2030, 2026-06-30)."
          value={saisie.echeance}
          error={envoi.erreurs['echeance']}
          onChange={(event) => setSaisie({ ...saisie, echeance: event.currentTarget.value })}
        />
        <RefusServeur refus={envoi.refus} />
        <Fait message={fait} />
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Enregistrer l’engagement
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DefinitionIndicateur({ onFait }: { onFait(): Promise<unknown> }) {
  const envoi = useEnvoi(DefinirIndicateur, ['libelle', 'unite', 'nature', 'definition']);
  const vide = { libelle: '', unite: '', nature: '' as IndicateurNature | '', definition: '' };
  const [saisie, setSaisie] = useState(vide);
  const [fait, setFait] = useState<string | null>(null);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Définir un indicateur"
      onSubmit={async (event) => {
        event.preventDefault();
        const resultat = await envoi.envoyer({
          libelle: saisie.libelle.trim(),
          unite: saisie.unite.trim() || null,
          nature: saisie.nature || null,
          definition: saisie.definition.trim() || null,
        });
        if (resultat) {
          setFait('Indicateur ajouté au catalogue.');
          setSaisie(vide);
          await onFait();
        }
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          Définir un indicateur
        </Title>
        <TextInput
          label="Libellé"
          required
          value={saisie.libelle}
          error={envoi.erreurs['libelle']}
          onChange={(event) => setSaisie({ ...saisie, libelle: event.currentTarget.value })}
        />
        <TextInput
          label="Unité"
          description="personnes, %, logements…"
          value={saisie.unite}
          onChange={(event) => setSaisie({ ...saisie, unite: event.currentTarget.value })}
        />
        <NativeSelect
          label="Nature"
          data={[
            { value: '', label: '— non précisée —' },
            { value: 'stock', label: 'Stock (une situation à une date)' },
            { value: 'flux', label: 'Flux (un nombre sur une période)' },
          ]}
          value={saisie.nature}
          onChange={(event) => setSaisie({ ...saisie, nature: event.currentTarget.value as IndicateurNature | '' })}
        />
        <TextInput label="Définition" value={saisie.definition} onChange={(event) => setSaisie({ ...saisie, definition: event.currentTarget.value })} />
        <RefusServeur refus={envoi.refus} />
        <Fait message={fait} />
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Ajouter au catalogue
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function FixationCible({
  engagements,
  indicateurs,
  onFait,
}: {
  engagements: Array<{ value: string; label: string }>;
  indicateurs: Array<{ value: string; label: string }>;
  onFait(): Promise<unknown>;
}) {
  const envoi = useEnvoi(FixerCible, ['engagementId', 'indicateurId', 'annee', 'cible', 'ventilation']);
  const vide = { engagementId: null as string | null, indicateurId: null as string | null, annee: String(new Date().getFullYear()), valeur: '' };
  const [saisie, setSaisie] = useState(vide);
  const [fait, setFait] = useState<string | null>(null);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Fixer une cible"
      onSubmit={async (event) => {
        event.preventDefault();
        const resultat = await envoi.envoyer({
          engagementId: saisie.engagementId ?? '',
          indicateurId: saisie.indicateurId ?? '',
          annee: /^\d{4}$/.test(saisie.annee) ? Number(saisie.annee) : null,
          cible: { type: 'valeur', valeur: saisie.valeur.trim().replace(',', '.') },
        });
        if (resultat) {
          setFait('Cible enregistrée.');
          setSaisie(vide);
          await onFait();
        }
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          Fixer une cible
        </Title>
        <Text size="sm">Changer une cible déjà fixée demande une raison.</Text>
        <Select
          label="Engagement"
          required
          data={engagements}
          value={saisie.engagementId}
          error={envoi.erreurs['engagementId']}
          onChange={(valeur) => setSaisie({ ...saisie, engagementId: valeur })}
          searchable
        />
        <Select
          label="Indicateur"
          required
          data={indicateurs}
          value={saisie.indicateurId}
          error={envoi.erreurs['indicateurId']}
          onChange={(valeur) => setSaisie({ ...saisie, indicateurId: valeur })}
          searchable
        />
        <Group grow>
          <TextInput
            label="Année"
            inputMode="numeric"
            value={saisie.annee}
            error={envoi.erreurs['annee']}
            onChange={(event) => setSaisie({ ...saisie, annee: event.currentTarget.value })}
          />
          <TextInput
            label="Valeur cible"
            required
            inputMode="decimal"
            value={saisie.valeur}
            error={envoi.erreurs['cible']}
            onChange={(event) => setSaisie({ ...saisie, valeur: event.currentTarget.value })}
          />
        </Group>
        <ChampRaison envoi={envoi} />
        <RefusServeur refus={envoi.refus} />
        <Fait message={fait} />
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Fixer la cible
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
