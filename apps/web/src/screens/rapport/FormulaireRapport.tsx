import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TypedDocumentString } from '../../gql/graphql';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';

export interface ChampRapport {
  nom: string;
  libelle: string;
  type: 'texte' | 'date' | 'zone' | 'choix' | 'entier';
  requis?: boolean;
  aide?: string;
  choix?: Array<{ value: string; label: string }>;
  /** The server's names for this field in a refusal (`deliberation.date`, `destinataires[0].nom`…). */
  serveur?: string[];
}

/**
 * One command of the report's life cycle as a form: required fields checked before sending, `expectedRevision` as
 * displayed and a fresh `commandId`, a refusal shown on its field with the server's message and code (a `reason`
 * field appears when the server asks for one), a CONFLICT explained with a reload.
 */
export function FormulaireRapport<TResult>({
  titre,
  description,
  champs,
  document,
  annee,
  revision,
  construire,
  libelleBouton,
  onFait,
  onRecharger,
}: {
  titre: string;
  description?: string;
  champs: ChampRapport[];
  document: TypedDocumentString<TResult, { input: never }>;
  annee: number;
  revision: number;
  construire(valeurs: Record<string, string>): Record<string, unknown> | string;
  libelleBouton: string;
  onFait(): void;
  onRecharger(): void;
}) {
  const [valeurs, setValeurs] = useState<Record<string, string>>({});
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [raison, setRaison] = useState(false);
  const [conflit, setConflit] = useState(false);
  const commandId = useMemo(() => nouvelIdCommande(), []);
  const commande = useCommand(document as unknown as TypedDocumentString<TResult, { input: Record<string, unknown> }>);
  const id = (nom: string) => `rapport-${titre.replace(/\W+/g, '-').toLowerCase()}-${nom}`;

  const envoyer = async () => {
    setConflit(false);
    const manquants: Record<string, string> = {};
    for (const champ of champs) if (champ.requis && !(valeurs[champ.nom] ?? '').trim()) manquants[champ.nom] = 'Ce champ est obligatoire.';
    if (raison && !(valeurs['reason'] ?? '').trim()) manquants['reason'] = 'Le serveur demande la raison de ce changement.';
    const construit = Object.keys(manquants).length ? null : construire(valeurs);
    if (typeof construit === 'string') manquants[champs[0]?.nom ?? 'reason'] = construit;
    setErreurs(manquants);
    if (!construit || typeof construit === 'string') return;
    const raisonSaisie = (valeurs['reason'] ?? '').trim();
    const resultat = await commande.send({
      input: { annee, ...construit, ...(raisonSaisie ? { reason: raisonSaisie } : {}), expectedRevision: revision < 0 ? null : revision, commandId },
    });
    if (resultat.ok) {
      setValeurs({});
      return onFait();
    }
    const { error } = resultat;
    if (error.code === 'CONFLICT' && typeof error.extensions['currentRevision'] === 'number') return setConflit(true);
    if (error.field === 'reason') setRaison(true);
    const champ = error.field === 'reason' ? 'reason' : champs.find((c) => c.nom === error.field || c.serveur?.some((s) => error.field?.startsWith(s)))?.nom;
    if (champ) setErreurs({ [champ]: `${error.message} (${error.code})` });
  };

  const erreurGlobale = commande.error && !(commande.error.field && Object.keys(erreurs).length) && commande.error.code !== 'CONFLICT' ? commande.error : null;
  const changer = (nom: string, valeur: string) => setValeurs((courantes) => ({ ...courantes, [nom]: valeur }));
  return (
    <Paper withBorder p="md">
      <Stack
        gap="sm"
        component="form"
        aria-label={titre}
        onSubmit={(event) => {
          event.preventDefault();
          void envoyer();
        }}
      >
        <Title order={3} size="h4">
          {titre}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {champs.map((champ) => {
          const commun = {
            id: id(champ.nom),
            label: champ.libelle,
            description: champ.aide,
            required: champ.requis,
            error: erreurs[champ.nom],
            value: valeurs[champ.nom] ?? '',
          };
          if (champ.type === 'choix')
            return (
              <NativeSelect
                key={champ.nom}
                {...commun}
                data={[{ value: '', label: '— choisir —' }, ...(champ.choix ?? [])]}
                onChange={(event) => changer(champ.nom, event.currentTarget.value)}
              />
            );
          if (champ.type === 'zone')
            return <Textarea key={champ.nom} {...commun} autosize minRows={3} onChange={(event) => changer(champ.nom, event.currentTarget.value)} />;
          return (
            <TextInput
              key={champ.nom}
              {...commun}
              type={champ.type === 'date' ? 'date' : champ.type === 'entier' ? 'number' : 'text'}
              onChange={(event) => changer(champ.nom, event.currentTarget.value)}
            />
          );
        })}
        {raison && (
          <Textarea
            id={id('reason')}
            label="Raison du changement"
            required
            error={erreurs['reason']}
            value={valeurs['reason'] ?? ''}
            onChange={(event) => changer('reason', event.currentTarget.value)}
          />
        )}
        {conflit && (
          <Alert color="orange" title="Le rapport a changé depuis l’affichage" role="alert">
            <Group justify="space-between">
              <Text size="sm">Une autre personne a agi sur le rapport entre-temps : rechargez pour voir son état, puis recommencez.</Text>
              <Button size="xs" variant="light" onClick={onRecharger}>
                Recharger
              </Button>
            </Group>
          </Alert>
        )}
        {erreurGlobale && (
          <Alert color="red" title="Refusé par le serveur" role="alert">
            {erreurGlobale.message} ({erreurGlobale.code})
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={commande.sending}>
            {libelleBouton}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
