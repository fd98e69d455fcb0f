import { ActionIcon, Alert, Badge, Button, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { EnveloppeInput, NatureFinancement } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { ChampRaison, RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { centimes, formatDate, formatMontant, saisieVersMontant } from '../../shared/format';
import { NATURES } from '../../shared/libelles';
import { STATUTS_APPEL } from '../../shared/libelles-referentiel';
import { useParametres } from '../../shared/parametres';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Tableau } from '../../shared/Tableau';
import { droitsReferentiel } from './Referentiel';

const AppelsQuery = graphql(`
  query ReferentielAppels($asOf: DateTime) {
    appelsAProjets(asOf: $asOf) {
      id
      annee
      titre
      statut
      ouvertureLe
      clotureLe
      enveloppes {
        financeurId
        financeurNom
        nature
        montant
      }
      comites {
        comiteId
        date
        libelle
      }
    }
    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {
      edges {
        node {
          id
          nom
        }
      }
    }
    comites(asOf: $asOf) {
      id
      statut
    }
  }
`);

const Convoquer = graphql(`
  mutation ConvoquerComite($input: ConvoquerComiteInput!) {
    convoquerComite(input: $input) {
      id
    }
  }
`);

const Ouvrir = graphql(`
  mutation OuvrirAppelAProjets($input: OuvrirAppelAProjetsInput!) {
    ouvrirAppelAProjets(input: $input) {
      id
    }
  }
`);

const FixerEnveloppe = graphql(`
  mutation FixerEnveloppe($input: FixerEnveloppeInput!) {
    fixerEnveloppe(input: $input) {
      revision
    }
  }
`);

const Planifier = graphql(`
  mutation PlanifierComite($input: PlanifierComiteInput!) {
    planifierComite(input: $input) {
      id
    }
  }
`);

const Clore = graphql(`
  mutation CloreAppelAProjets($input: CloreAppelAProjetsInput!) {
    cloreAppelAProjets(input: $input) {
      revision
    }
  }
`);

type Financeur = { id: string; nom: string };
type EnveloppeSaisie = { financeurId: string; nature: NatureFinancement | ''; montant: string };
type ComiteSaisi = { date: string; libelle: string };

const choixNature = [{ value: '', label: 'Toutes natures' }, ...Object.entries(NATURES).map(([value, label]) => ({ value, label }))];

/**
 * The appels à projets (one per year): open one with its dates, envelopes per financeur and comité calendar; then
 * change an envelope, add a comité, close it. Agents and admins (the programmation is theirs).
 */
export function Appels() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { agent } = droitsReferentiel(session.role, asOf);
  const [p, changer] = useParametres<'annee'>();
  const { data, error, loading, refetch } = useQuery(AppelsQuery, {});
  const [ouverture, setOuverture] = useState(false);
  const [convocation, setConvocation] = useState<{ annee: number; comiteId: string; date: string; libelle: string } | null>(null);
  if (error) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!data) return null;
  const financeurs = data.partenaires.edges.map((edge) => edge.node);
  const appel = data.appelsAProjets.find((candidate) => String(candidate.annee) === p.annee) ?? data.appelsAProjets[0] ?? null;

  return (
    <Stack gap="md">
      <BoutonsExport export="appels" libelle="les appels à projets" parametres={{ tableau: 'appels' }} />
      <Tableau
        legende={`Appels à projets (${data.appelsAProjets.length})`}
        lignes={data.appelsAProjets}
        cle={(ligne) => ligne.id}
        colonnes={[
          { titre: 'Année', valeur: (ligne) => ligne.annee },
          { titre: 'Titre', valeur: (ligne) => ligne.titre },
          { titre: 'Dépôts', valeur: (ligne) => `du ${formatDate(ligne.ouvertureLe)} au ${formatDate(ligne.clotureLe)}` },
          {
            titre: 'Statut',
            valeur: (ligne) => (
              <Badge variant="light" color={ligne.statut === 'ouvert' ? 'green' : 'gray'} c="black" tt="none">
                {STATUTS_APPEL[ligne.statut]}
              </Badge>
            ),
          },
          {
            titre: 'Enveloppes',
            nombre: true,
            valeur: (ligne) => formatMontant(ligne.enveloppes.reduce((somme, enveloppe) => somme + centimes(enveloppe.montant), 0)),
          },
          { titre: 'Comités', nombre: true, valeur: (ligne) => ligne.comites.length },
        ]}
      />
      {agent && !ouverture && (
        <Group>
          <Button onClick={() => setOuverture(true)}>Ouvrir un appel à projets</Button>
        </Group>
      )}
      {ouverture && (
        <OuvertureAppel
          financeurs={financeurs}
          annees={data.appelsAProjets.map((candidate) => candidate.annee)}
          onFait={async (annee) => {
            setOuverture(false);
            changer({ annee: String(annee) });
            await refetch();
          }}
          onAnnuler={() => setOuverture(false)}
        />
      )}
      {appel && (
        <Paper withBorder p="md" component="section" aria-label={`Appel ${appel.annee}`}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h3">
                {appel.titre}
              </Title>
              {data.appelsAProjets.length > 1 && (
                <NativeSelect
                  label="Appel"
                  data={data.appelsAProjets.map((candidate) => String(candidate.annee))}
                  value={String(appel.annee)}
                  onChange={(event) => changer({ annee: event.currentTarget.value })}
                />
              )}
            </Group>
            <BoutonsExport export="appels" libelle="les enveloppes de chaque appel" parametres={{ tableau: 'enveloppes' }} />
            <Tableau
              legende={`Enveloppes ${appel.annee} par financeur`}
              lignes={appel.enveloppes}
              cle={(enveloppe) => `${enveloppe.financeurId}-${enveloppe.nature ?? ''}`}
              vide="Aucune enveloppe"
              colonnes={[
                { titre: 'Financeur', valeur: (enveloppe) => enveloppe.financeurNom },
                { titre: 'Nature', valeur: (enveloppe) => (enveloppe.nature ? NATURES[enveloppe.nature] : 'Toutes natures') },
                { titre: 'Montant', nombre: true, valeur: (enveloppe) => formatMontant(enveloppe.montant) },
              ]}
              total={['Total', '', formatMontant(appel.enveloppes.reduce((somme, enveloppe) => somme + centimes(enveloppe.montant), 0))]}
            />
            <BoutonsExport export="appels" libelle="les calendriers des comités de chaque appel" parametres={{ tableau: 'comites' }} />
            <Tableau
              legende={`Calendrier des comités ${appel.annee}`}
              lignes={[...appel.comites].sort((a, b) => a.date.localeCompare(b.date))}
              cle={(comite) => comite.comiteId}
              vide="Aucun comité au calendrier"
              colonnes={[
                { titre: 'Date', valeur: (comite) => formatDate(comite.date) },
                { titre: 'Comité', valeur: (comite) => comite.libelle },
                {
                  titre: 'Convocation',
                  valeur: (comite) => {
                    const convoque = data.comites.find((candidate) => candidate.id === comite.comiteId);
                    if (convoque) return convoque.statut === 'clos' ? 'Clos' : 'Convoqué';
                    return agent ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Convoquer le comité du ${formatDate(comite.date)}`}
                        onClick={() => setConvocation({ annee: appel.annee, ...comite })}
                      >
                        Convoquer…
                      </Button>
                    ) : (
                      'À convoquer'
                    );
                  },
                },
              ]}
            />
            {convocation && convocation.annee === appel.annee && (
              <ConvocationComite
                comite={convocation}
                financeurs={financeurs}
                financeursEnveloppes={appel.enveloppes.map((enveloppe) => enveloppe.financeurId)}
                onFait={async () => {
                  setConvocation(null);
                  await refetch();
                }}
                onAnnuler={() => setConvocation(null)}
              />
            )}
            {agent && appel.statut !== 'exercice_clos' && (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <Enveloppe annee={appel.annee} financeurs={financeurs} onFait={refetch} />
                <PlanificationComite annee={appel.annee} onFait={refetch} />
                {appel.statut === 'ouvert' && <ClotureAppel annee={appel.annee} clotureLe={appel.clotureLe} onFait={refetch} />}
              </SimpleGrid>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function OuvertureAppel({
  financeurs,
  annees,
  onFait,
  onAnnuler,
}: {
  financeurs: Financeur[];
  annees: number[];
  onFait(annee: number): Promise<void>;
  onAnnuler(): void;
}) {
  const envoi = useEnvoi(Ouvrir, ['annee', 'titre', 'ouvertureLe', 'clotureLe', 'enveloppes', 'comites']);
  const prochaine = Math.max(new Date().getFullYear(), ...annees.map((annee) => annee + 1));
  const [saisie, setSaisie] = useState({
    annee: String(prochaine),
    titre: `Appel à projets politique de la ville ${prochaine}`,
    ouvertureLe: `${prochaine - 1}-10-01`,
    clotureLe: `${prochaine - 1}-12-15`,
  });
  const [enveloppes, setEnveloppes] = useState<EnveloppeSaisie[]>([{ financeurId: '', nature: '', montant: '' }]);
  const [comites, setComites] = useState<ComiteSaisi[]>([{ date: '', libelle: 'Comité des financeurs' }]);
  const [erreurSaisie, setErreurSaisie] = useState<string | null>(null);

  const envoyer = async () => {
    setErreurSaisie(null);
    const lues: EnveloppeInput[] = [];
    for (const [index, enveloppe] of enveloppes.entries()) {
      if (!enveloppe.financeurId && !enveloppe.montant.trim()) continue;
      const montant = saisieVersMontant(enveloppe.montant);
      if (!enveloppe.financeurId || !montant) return setErreurSaisie(`Enveloppe ${index + 1} : choisissez le financeur et un montant en euros (ex. 150 000).`);
      lues.push({ financeurId: enveloppe.financeurId, nature: enveloppe.nature || null, montant });
    }
    const annee = Number(saisie.annee);
    const resultat = await envoi.envoyer({
      annee,
      titre: saisie.titre.trim(),
      ouvertureLe: saisie.ouvertureLe,
      clotureLe: saisie.clotureLe,
      enveloppes: lues,
      comites: comites.filter((comite) => comite.date).map((comite) => ({ date: comite.date, libelle: comite.libelle.trim() || 'Comité des financeurs' })),
    });
    if (resultat) await onFait(annee);
  };

  return (
    <Paper withBorder p="md" component="form" aria-label="Ouvrir un appel à projets" onSubmit={(event) => (event.preventDefault(), void envoyer())}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Ouvrir un appel à projets
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput
            label="Année"
            required
            inputMode="numeric"
            value={saisie.annee}
            error={envoi.erreurs['annee']}
            onChange={(event) => setSaisie({ ...saisie, annee: event.currentTarget.value })}
          />
          <TextInput
            label="Titre"
            required
            value={saisie.titre}
            error={envoi.erreurs['titre']}
            onChange={(event) => setSaisie({ ...saisie, titre: event.currentTarget.value })}
          />
          <TextInput
            label="Ouverture des dépôts"
            type="date"
            required
            value={saisie.ouvertureLe}
            error={envoi.erreurs['ouvertureLe']}
            onChange={(event) => setSaisie({ ...saisie, ouvertureLe: event.currentTarget.value })}
          />
          <TextInput
            label="Clôture des dépôts"
            type="date"
            required
            value={saisie.clotureLe}
            error={envoi.erreurs['clotureLe']}
            onChange={(event) => setSaisie({ ...saisie, clotureLe: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Title order={3} size="h5">
          Enveloppes par financeur
        </Title>
        {enveloppes.map((enveloppe, index) => (
          <Group key={index} align="end" wrap="wrap">
            <NativeSelect
              label={`Financeur de l’enveloppe ${index + 1}`}
              data={[{ value: '', label: '— choisir —' }, ...financeurs.map((financeur) => ({ value: financeur.id, label: financeur.nom }))]}
              value={enveloppe.financeurId}
              onChange={(event) => {
                const financeurId = event.currentTarget.value;
                setEnveloppes((courantes) => courantes.map((courante, position) => (position === index ? { ...courante, financeurId } : courante)));
              }}
            />
            <NativeSelect
              label={`Nature de l’enveloppe ${index + 1}`}
              data={choixNature}
              value={enveloppe.nature}
              onChange={(event) => {
                const nature = event.currentTarget.value as NatureFinancement | '';
                setEnveloppes((courantes) => courantes.map((courante, position) => (position === index ? { ...courante, nature } : courante)));
              }}
            />
            <TextInput
              label={`Montant de l’enveloppe ${index + 1} (€)`}
              inputMode="decimal"
              value={enveloppe.montant}
              onChange={(event) => {
                const montant = event.currentTarget.value;
                setEnveloppes((courantes) => courantes.map((courante, position) => (position === index ? { ...courante, montant } : courante)));
              }}
            />
            {enveloppes.length > 1 && (
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Retirer l’enveloppe ${index + 1}`}
                onClick={() => setEnveloppes(enveloppes.filter((_, position) => position !== index))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="default" onClick={() => setEnveloppes([...enveloppes, { financeurId: '', nature: '', montant: '' }])}>
            Ajouter une enveloppe
          </Button>
        </Group>
        <Title order={3} size="h5">
          Calendrier des comités
        </Title>
        {comites.map((comite, index) => (
          <Group key={index} align="end" wrap="wrap">
            <TextInput
              label={`Date du comité ${index + 1}`}
              type="date"
              value={comite.date}
              onChange={(event) => {
                const date = event.currentTarget.value;
                setComites((courants) => courants.map((courant, position) => (position === index ? { ...courant, date } : courant)));
              }}
            />
            <TextInput
              label={`Libellé du comité ${index + 1}`}
              value={comite.libelle}
              onChange={(event) => {
                const libelle = event.currentTarget.value;
                setComites((courants) => courants.map((courant, position) => (position === index ? { ...courant, libelle } : courant)));
              }}
            />
            {comites.length > 1 && (
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Retirer le comité ${index + 1}`}
                onClick={() => setComites(comites.filter((_, position) => position !== index))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="default" onClick={() => setComites([...comites, { date: '', libelle: 'Comité des financeurs' }])}>
            Ajouter un comité
          </Button>
        </Group>
        {(erreurSaisie || envoi.erreurs['enveloppes'] || envoi.erreurs['comites']) && (
          <Text c="red.8" size="sm" role="alert">
            {erreurSaisie ?? envoi.erreurs['enveloppes'] ?? envoi.erreurs['comites']}
          </Text>
        )}
        <RefusServeur refus={envoi.refus} />
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Ouvrir l’appel
          </Button>
          <Button variant="default" onClick={onAnnuler}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Enveloppe({ annee, financeurs, onFait }: { annee: number; financeurs: Financeur[]; onFait(): Promise<unknown> }) {
  const envoi = useEnvoi(FixerEnveloppe, ['financeurId', 'nature', 'montant']);
  const [saisie, setSaisie] = useState<EnveloppeSaisie>({ financeurId: '', nature: '', montant: '' });
  const [erreur, setErreur] = useState<string | null>(null);
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label="Fixer une enveloppe"
      onSubmit={async (event) => {
        event.preventDefault();
        const montant = saisieVersMontant(saisie.montant);
        setErreur(montant ? null : 'Un montant en euros, avec au plus deux décimales (ex. 150 000).');
        if (!montant) return;
        if (await envoi.envoyer({ annee, financeurId: saisie.financeurId, nature: saisie.nature || null, montant })) {
          setSaisie({ financeurId: '', nature: '', montant: '' });
          await onFait();
        }
      }}
    >
      <Title order={3} size="h5">
        Fixer ou changer une enveloppe
      </Title>
      <NativeSelect
        label="Financeur"
        required
        data={[{ value: '', label: '— choisir —' }, ...financeurs.map((financeur) => ({ value: financeur.id, label: financeur.nom }))]}
        value={saisie.financeurId}
        error={envoi.erreurs['financeurId']}
        onChange={(event) => setSaisie({ ...saisie, financeurId: event.currentTarget.value })}
      />
      <NativeSelect
        label="Nature"
        data={choixNature}
        value={saisie.nature}
        onChange={(event) => setSaisie({ ...saisie, nature: event.currentTarget.value as NatureFinancement | '' })}
      />
      <TextInput
        label="Montant (€)"
        required
        inputMode="decimal"
        value={saisie.montant}
        error={erreur ?? envoi.erreurs['montant']}
        onChange={(event) => setSaisie({ ...saisie, montant: event.currentTarget.value })}
      />
      <ChampRaison envoi={envoi} />
      <RefusServeur refus={envoi.refus} />
      <Group>
        <Button type="submit" size="sm" loading={envoi.envoi}>
          Enregistrer l’enveloppe
        </Button>
      </Group>
    </Stack>
  );
}

function PlanificationComite({ annee, onFait }: { annee: number; onFait(): Promise<unknown> }) {
  const envoi = useEnvoi(Planifier, ['date', 'libelle']);
  const [saisie, setSaisie] = useState<ComiteSaisi>({ date: '', libelle: 'Comité des financeurs' });
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label="Planifier un comité"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await envoi.envoyer({ annee, date: saisie.date, libelle: saisie.libelle.trim() })) {
          setSaisie({ date: '', libelle: 'Comité des financeurs' });
          await onFait();
        }
      }}
    >
      <Title order={3} size="h5">
        Planifier un comité
      </Title>
      <TextInput
        label="Date"
        type="date"
        required
        value={saisie.date}
        error={envoi.erreurs['date']}
        onChange={(event) => setSaisie({ ...saisie, date: event.currentTarget.value })}
      />
      <TextInput
        label="Libellé"
        required
        value={saisie.libelle}
        error={envoi.erreurs['libelle']}
        onChange={(event) => setSaisie({ ...saisie, libelle: event.currentTarget.value })}
      />
      <RefusServeur refus={envoi.refus} />
      <Group>
        <Button type="submit" size="sm" loading={envoi.envoi}>
          Ajouter au calendrier
        </Button>
      </Group>
    </Stack>
  );
}

function ClotureAppel({ annee, clotureLe, onFait }: { annee: number; clotureLe: string; onFait(): Promise<unknown> }) {
  const envoi = useEnvoi(Clore, ['annee']);
  const [confirmer, setConfirmer] = useState(false);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Clore l’appel {annee}
      </Title>
      <Text size="sm">Les dépôts prévus jusqu’au {formatDate(clotureLe)} ; après la clôture, un dépôt tardif demande une raison.</Text>
      {confirmer ? (
        <Alert color="orange" title="Clore l’appel ?">
          <Stack gap="xs">
            <ChampRaison envoi={envoi} />
            <RefusServeur refus={envoi.refus} />
            <Group>
              <Button
                size="sm"
                color="orange"
                loading={envoi.envoi}
                onClick={async () => {
                  if (await envoi.envoyer({ annee })) {
                    setConfirmer(false);
                    await onFait();
                  }
                }}
              >
                Clore l’appel
              </Button>
              <Button size="sm" variant="default" onClick={() => setConfirmer(false)}>
                Annuler
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Button size="sm" variant="outline" color="dark" onClick={() => setConfirmer(true)}>
            Clore l’appel…
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The comité of the calendar convened: its members (the financeurs of the year's envelopes by default) decide its lines. */
function ConvocationComite({
  comite,
  financeurs,
  financeursEnveloppes,
  onFait,
  onAnnuler,
}: {
  comite: { annee: number; comiteId: string; date: string; libelle: string };
  financeurs: Financeur[];
  financeursEnveloppes: string[];
  onFait(): Promise<void>;
  onAnnuler(): void;
}) {
  const envoi = useEnvoi(Convoquer, ['membres', 'date', 'libelle']);
  const [membres, setMembres] = useState<string[]>([...new Set(financeursEnveloppes)]);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={`Convoquer ${comite.libelle}`}
      onSubmit={async (event) => {
        event.preventDefault();
        const fait = await envoi.envoyer({
          comiteId: comite.comiteId,
          annee: comite.annee,
          date: comite.date,
          libelle: comite.libelle,
          membres: membres.map((organisationId) => ({ organisationId, qualite: 'financeur' as const })),
        });
        if (fait) await onFait();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h5">
          Convoquer « {comite.libelle} » du {formatDate(comite.date)}
        </Title>
        <MultiSelect
          label="Financeurs membres du comité"
          description="Chacun décide de ses propres lignes."
          required
          data={financeurs.map((financeur) => ({ value: financeur.id, label: financeur.nom }))}
          value={membres}
          error={envoi.erreurs['membres']}
          onChange={setMembres}
          searchable
        />
        <RefusServeur refus={envoi.refus} />
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Convoquer le comité
          </Button>
          <Button variant="default" onClick={onAnnuler}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
