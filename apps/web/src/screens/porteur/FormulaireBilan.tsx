import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';
import { useQuery } from '../../graphql/use-query';
import { messageChamp } from '../../shared/erreurs';
import { Erreur } from '../../shared/Etats';
import { formatEntier } from '../../shared/format';
import { entreeBilan, libelleTranche, saisieBilanVide, totalBeneficiaires, TRANCHES_AGE_PAR_DEFAUT, verifierBilan, type SaisieBilan } from './bilan';
import { cleBrouillon, useBrouillon } from './brouillon';

const CatalogueIndicateurs = graphql(`
  query CatalogueIndicateurs {
    indicateurs {
      id
      libelle
      unite
      defini
      tranchesAge
    }
  }
`);

const DeposerBilanMutation = graphql(`
  mutation DeposerBilan($input: DeposerBilanInput!) {
    deposerBilan(input: $input) {
      revision
    }
  }
`);

/** The server's field of a bilan refusal → the form's. */
function champDuServeur(field: string | null): string | null {
  if (!field) return null;
  const indicateur = /^indicateurs\[(\d+)]\.(\w+)/.exec(field);
  if (indicateur) return `indicateurs.${indicateur[1]}.${indicateur[2] === 'valeur' ? 'valeur' : 'indicateurId'}`;
  const champs: Record<string, string> = {
    coutRealise: 'coutRealise',
    'beneficiaires.total': 'femmes',
    'beneficiaires.femmes': 'femmes',
    'beneficiaires.hommes': 'hommes',
    'beneficiaires.nonRenseigne': 'nonRenseigne',
    'beneficiaires.residentsQpv': 'residentsQpv',
    recit: 'recit',
    reason: 'reason',
  };
  return field.startsWith('beneficiaires.parTrancheAge') ? 'parTrancheAge' : (champs[field] ?? null);
}

/**
 * The bilan of an action (deposerBilan, offered by the server once the action runs): realised cost, beneficiaries
 * by sex, age band and QPV residence, values of the catalogue's indicators, narrative. Kept as a draft while typed.
 */
export function FormulaireBilan({
  dossierId,
  revision,
  raisonRequise,
  onFait,
  onAnnuler,
}: {
  dossierId: string;
  revision: number | null;
  raisonRequise: boolean;
  onFait(): void;
  onAnnuler(): void;
}) {
  const session = useSession();
  const catalogue = useQuery(CatalogueIndicateurs, {});
  const brouillon = useBrouillon<SaisieBilan>(cleBrouillon(session, `bilan.${dossierId}`), saisieBilanVide);
  const saisie = brouillon.valeur;
  const [vus, setVus] = useState<Set<string>>(new Set());
  const [refus, setRefus] = useState<Record<string, string>>({});
  const commandId = useMemo(() => nouvelIdCommande(), []);
  const commande = useCommand(DeposerBilanMutation);
  const indicateurs = (catalogue.data?.indicateurs ?? []).filter((indicateur) => indicateur.defini);
  const tranches = [...new Set(indicateurs.flatMap((indicateur) => indicateur.tranchesAge))];
  const bandes = tranches.length ? tranches : TRANCHES_AGE_PAR_DEFAUT;

  const erreurs: Record<string, string> = { ...verifierBilan(saisie), ...refus };
  if (raisonRequise && !saisie.reason.trim()) erreurs.reason = 'Le serveur demande la raison de ce dépôt.';
  const erreur = (champ: string) => (vus.has(champ) || refus[champ] ? erreurs[champ] : undefined);
  const changer = (changes: Partial<SaisieBilan>, champs: string[] = Object.keys(changes)) => {
    brouillon.changer({ ...saisie, ...changes });
    setVus((courants) => new Set([...courants, ...champs]));
    setRefus((courants) => Object.fromEntries(Object.entries(courants).filter(([champ]) => !champs.includes(champ))));
  };
  const nombre = (champ: 'femmes' | 'hommes' | 'nonRenseigne' | 'residentsQpv', libelle: string) => (
    <TextInput
      label={libelle}
      inputMode="numeric"
      required
      value={saisie[champ]}
      error={erreur(champ)}
      onChange={(event) => changer({ [champ]: event.currentTarget.value })}
    />
  );

  const envoyer = async () => {
    const enErreur = Object.keys(erreurs);
    if (enErreur.length) return setVus(new Set([...vus, ...enErreur]));
    const reponse = await commande.send({
      input: entreeBilan(dossierId, saisie, indicateurs, { expectedRevision: revision, commandId }),
    });
    if (reponse.ok) {
      brouillon.effacer();
      return onFait();
    }
    const champ = reponse.error.code === 'VALIDATION_FAILED' ? champDuServeur(reponse.error.field) : null;
    if (champ) setRefus({ [champ]: messageChamp(reponse.error) });
  };
  const erreurGlobale = commande.error && !Object.keys(refus).length ? commande.error : null;

  return (
    <Stack
      gap="md"
      component="form"
      aria-label="Déposer le bilan"
      onSubmit={(event) => {
        event.preventDefault();
        void envoyer();
      }}
    >
      <Text size="sm" c="dimmed">
        Votre saisie est conservée dans ce navigateur : vous pouvez la reprendre plus tard.
      </Text>
      <TextInput
        label="Coût réalisé (€)"
        required
        inputMode="decimal"
        value={saisie.coutRealise}
        error={erreur('coutRealise')}
        onChange={(event) => changer({ coutRealise: event.currentTarget.value })}
      />
      <Fieldset legend={`Bénéficiaires : ${formatEntier(totalBeneficiaires(saisie))} au total`}>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          {nombre('femmes', 'Femmes')}
          {nombre('hommes', 'Hommes')}
          {nombre('nonRenseigne', 'Sexe non renseigné')}
          {nombre('residentsQpv', 'Dont résidents d’un QPV')}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Bénéficiaires par tranche d’âge (facultatif)">
        <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }}>
          {bandes.map((tranche) => (
            <TextInput
              key={tranche}
              label={libelleTranche(tranche)}
              inputMode="numeric"
              value={saisie.parTrancheAge[tranche] ?? ''}
              error={erreur(`age.${tranche}`)}
              onChange={(event) =>
                changer({ parTrancheAge: { ...saisie.parTrancheAge, [tranche]: event.currentTarget.value } }, [`age.${tranche}`, 'parTrancheAge'])
              }
            />
          ))}
        </SimpleGrid>
        {erreur('parTrancheAge') && (
          <Text c="red.8" size="sm" role="alert" mt="xs">
            {erreur('parTrancheAge')}
          </Text>
        )}
      </Fieldset>
      <Fieldset legend="Indicateurs du contrat de ville (facultatif)">
        <Stack gap="xs">
          {catalogue.error && <Erreur error={catalogue.error} />}
          {saisie.indicateurs.map((ligne, index) => {
            const connu = indicateurs.find((indicateur) => indicateur.id === ligne.indicateurId);
            return (
              <Group key={ligne.cle} align="start" wrap="wrap">
                <Select
                  label={`Indicateur ${index + 1}`}
                  searchable
                  data={indicateurs.map((indicateur) => ({ value: indicateur.id, label: indicateur.libelle ?? indicateur.id }))}
                  value={ligne.indicateurId || null}
                  error={erreur(`indicateurs.${index}.indicateurId`)}
                  onChange={(indicateurId) =>
                    changer({ indicateurs: saisie.indicateurs.map((l, i) => (i === index ? { ...l, indicateurId: indicateurId ?? '' } : l)) }, [
                      `indicateurs.${index}.indicateurId`,
                    ])
                  }
                  style={{ flex: 3, minWidth: 240 }}
                />
                <TextInput
                  label={`Valeur ${index + 1}${connu?.unite ? ` (${connu.unite})` : ''}`}
                  inputMode="decimal"
                  value={ligne.valeur}
                  error={erreur(`indicateurs.${index}.valeur`)}
                  onChange={(event) =>
                    changer({ indicateurs: saisie.indicateurs.map((l, i) => (i === index ? { ...l, valeur: event.currentTarget.value } : l)) }, [
                      `indicateurs.${index}.valeur`,
                    ])
                  }
                  style={{ flex: 1, minWidth: 120 }}
                />
                <ActionIcon
                  mt={28}
                  size="lg"
                  variant="default"
                  aria-label={`Retirer l’indicateur ${index + 1}`}
                  onClick={() => changer({ indicateurs: saisie.indicateurs.filter((_, i) => i !== index) }, [])}
                >
                  ×
                </ActionIcon>
              </Group>
            );
          })}
          <Group>
            <Button
              size="xs"
              variant="default"
              onClick={() => changer({ indicateurs: [...saisie.indicateurs, { cle: nouvelIdCommande(), indicateurId: '', valeur: '' }] }, [])}
            >
              Ajouter un indicateur
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea
        label="Récit de l’action"
        description="Ce qui a été réalisé, les écarts avec le projet, les suites envisagées"
        required
        autosize
        minRows={4}
        value={saisie.recit}
        error={erreur('recit')}
        onChange={(event) => changer({ recit: event.currentTarget.value })}
      />
      {raisonRequise && (
        <Textarea
          label="Raison"
          required
          autosize
          minRows={2}
          value={saisie.reason}
          error={erreur('reason')}
          onChange={(event) => changer({ reason: event.currentTarget.value })}
        />
      )}
      {erreurGlobale && <Erreur error={erreurGlobale} titre="Bilan refusé par le serveur" />}
      <Group>
        <Button type="submit" loading={commande.sending}>
          Déposer le bilan
        </Button>
        <Button variant="default" onClick={onAnnuler}>
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}
