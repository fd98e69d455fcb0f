import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { NatureFinancement } from '../../gql/graphql';
import type { ApiError } from '../../graphql/client';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { messageChamp } from '../../shared/erreurs';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDate, formatDateHeure, formatMontant } from '../../shared/format';
import { NATURES } from '../../shared/libelles';
import { cleBrouillon, useBrouillon } from './brouillon';
import { PiecesApresDepot } from './PiecesApresDepot';
import {
  brouillonVide,
  champDuServeur,
  clesDeDimension,
  entreeDepot,
  entreeLigne,
  etatPlan,
  verifierBrouillon,
  type Brouillon,
  type DimensionCadre,
  type LigneBrouillon,
  type NoeudCadre,
} from './depot';

const ReferentielDepot = graphql(`
  query ReferentielDepot {
    appelsAProjets {
      annee
      titre
      statut
      ouvertureLe
      clotureLe
      piecesRequises {
        type {
          id
          libelle
        }
        etape
        porteurKinds
      }
    }
    espacePorteur(first: 1) {
      porteur {
        id
        kind
      }
    }
    territoire {
      communes {
        codeInsee
        nom
        rattachee
      }
    }
    qpvs(first: 200, filter: { statut: [actif] }) {
      edges {
        node {
          id
          nom
          code
        }
      }
    }
    cadreStrategique {
      id
      intitule
      dimensions {
        code
        libelle
        niveaux
        racines {
          id
          libelle
          enfants {
            id
            libelle
            enfants {
              id
              libelle
              enfants {
                id
                libelle
              }
            }
          }
        }
      }
    }
    financeurs: partenaires(filter: { role: financeur }, first: 200) {
      edges {
        node {
          id
          nom
        }
      }
    }
  }
`);

const DeposerDossierMutation = graphql(`
  mutation DeposerDossierPorteur($input: DeposerDossierInput!) {
    deposerDossier(input: $input) {
      id
      revision
      replayed
    }
  }
`);

const DemanderFinancementMutation = graphql(`
  mutation DemanderFinancementPorteur($input: DemanderFinancementInput!) {
    demanderFinancement(input: $input) {
      revision
      replayed
    }
  }
`);

const ETAPES: Array<{ titre: string; description: string; champs: RegExp }> = [
  { titre: 'L’action', description: 'Appel, titre, publics', champs: /^(annee|titre|description|publics)$/ },
  { titre: 'Territoire', description: 'Communes et quartiers', champs: /^(communes|qpvIds)$/ },
  { titre: 'Classement', description: 'Cadre stratégique', champs: /^classement/ },
  { titre: 'Budget', description: 'Dates, coût, financements', champs: /^(dateDebut|dateFin|coutTotal|plan|lignes\.)/ },
  { titre: 'Vérifier et déposer', description: 'Récapitulatif', champs: /^reason$/ },
];

const NATURES_CHOIX = [
  { value: '', label: '— nature —' },
  { value: 'credits_specifiques', label: NATURES.credits_specifiques },
  { value: 'droit_commun', label: NATURES.droit_commun },
];

/** After the deposit: the pièces, joined on the deposit's own last step (PiecesApresDepot.tsx). */
const ETAPE_PIECES = { titre: 'Pièces justificatives', description: 'Après le dépôt' };

function Etapes({ active, onStepClick }: { active: number; onStepClick?(etape: number): void }) {
  return (
    <Stepper active={active} onStepClick={onStepClick} size="sm" wrap>
      {ETAPES.map((definition) => (
        <Stepper.Step key={definition.titre} label={definition.titre} description={definition.description} />
      ))}
      <Stepper.Step label={ETAPE_PIECES.titre} description={ETAPE_PIECES.description} allowStepSelect={false} />
    </Stepper>
  );
}

/**
 * Deposit of a dossier by its porteur, as a guided form in five steps: the action, where and for whom (communes and
 * QPV of the référentiel), its classement in the cadre stratégique, dates, cost and the plan de financement per
 * financeur (the sum checked against the cost as it is typed), then a summary with the pièces the appel asks of the
 * porteur's kind; once recorded, a sixth step joins them (PiecesApresDepot.tsx). The draft is kept in the browser
 * while typing and cleared once the server recorded everything.
 */
export default function DeposerDossier() {
  const { id } = useParams();
  const { asOf } = useAsOf();
  if (asOf) return <Alert title="Lecture seule">Revenez à maintenant pour déposer un dossier.</Alert>;
  if (id) {
    return (
      <Stack gap="md">
        <TitreEcran>Déposer un dossier</TitreEcran>
        <Etapes active={ETAPES.length} />
        <PiecesApresDepot dossierId={id} />
      </Stack>
    );
  }
  return <FormulaireDepot />;
}

function FormulaireDepot() {
  const session = useSession();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(ReferentielDepot, {});
  const brouillon = useBrouillon<Brouillon>(cleBrouillon(session, 'depot-dossier'), () => brouillonVide(nouvelIdCommande));
  const b = brouillon.valeur;
  const [etape, setEtape] = useState(0);
  const [vus, setVus] = useState<Set<string>>(new Set());
  const [refusServeur, setRefusServeur] = useState<Record<string, string>>({});
  const [erreurGlobale, setErreurGlobale] = useState<ApiError | null>(null);
  const [envoi, setEnvoi] = useState(false);
  const depot = useCommand(DeposerDossierMutation);
  const demande = useCommand(DemanderFinancementMutation);

  if (error && !data) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!data) return null;

  const aujourdhui = new Date().toISOString().slice(0, 10);
  const appels = data.appelsAProjets.filter((appel) => appel.statut !== 'exercice_clos' && appel.ouvertureLe <= aujourdhui);
  const appel = appels.find((candidat) => String(candidat.annee) === b.annee);
  const tardif = appel ? appel.statut === 'clos' || appel.clotureLe < aujourdhui : false;
  const dimensions = (data.cadreStrategique?.dimensions ?? []) as DimensionCadre[];
  const communes = (data.territoire?.communes ?? []).filter((commune) => commune.rattachee);
  const financeurs = data.financeurs.edges.map(({ node }) => ({ value: node.id, label: node.nom }));
  const verrouille = Boolean(b.depose);
  // what the appel asks of this porteur's kind (an empty list of kinds: every porteur)
  const kind = data.espacePorteur.porteur?.kind;
  const piecesRequises = (appel?.piecesRequises ?? []).filter((piece) => piece.porteurKinds.length === 0 || (kind && piece.porteurKinds.includes(kind)));

  const erreurs = { ...verifierBrouillon(b), ...refusServeur };
  if (tardif && !b.reason.trim()) erreurs.reason = `L’appel ${b.annee} est clos : un dépôt tardif se justifie.`;
  const plan = etatPlan(b);
  const erreur = (champ: string) => (vus.has(champ) || refusServeur[champ] ? erreurs[champ] : undefined);
  const changer = (changes: Partial<Brouillon>, champs: string[] = Object.keys(changes)) => {
    brouillon.changer({ ...b, ...changes });
    setVus((courants) => new Set([...courants, ...champs]));
    if (champs.some((champ) => refusServeur[champ])) {
      setRefusServeur((courants) => Object.fromEntries(Object.entries(courants).filter(([champ]) => !champs.includes(champ))));
    }
  };
  const changerLigne = (index: number, changes: Partial<LigneBrouillon>) =>
    changer(
      { lignes: b.lignes.map((ligne, i) => (i === index ? { ...ligne, ...changes } : ligne)) },
      Object.keys(changes).map((champ) => `lignes.${index}.${champ}`),
    );
  const champsDe = (index: number) => Object.keys(erreurs).filter((champ) => ETAPES[index].champs.test(champ));
  const etapeDe = (champ: string) =>
    Math.max(
      0,
      ETAPES.findIndex((definition) => definition.champs.test(champ)),
    );
  const montrer = (champs: string[]) => setVus((courants) => new Set([...courants, ...champs]));

  const suivante = () => {
    const enErreur = champsDe(etape);
    montrer(enErreur);
    if (enErreur.length === 0) setEtape(etape + 1);
  };

  const envoyer = async () => {
    setErreurGlobale(null);
    const toutes = Object.keys(erreurs);
    if (toutes.length) {
      montrer(toutes);
      setEtape(etapeDe(toutes[0]));
      return;
    }
    setEnvoi(true);
    try {
      let dossierId = b.depose?.dossierId;
      let courant = b;
      if (!dossierId) {
        const reponse = await depot.send({ input: entreeDepot(b, dimensions) });
        if (!reponse.ok) return refuser(reponse.error, null);
        dossierId = reponse.data.deposerDossier?.id ?? '';
        courant = { ...b, depose: { dossierId } };
        brouillon.changer(courant);
      }
      const refus: Record<string, string> = {};
      let lignes = courant.lignes;
      for (const [index, ligne] of courant.lignes.entries()) {
        if (ligne.enregistree) continue;
        const reponse = await demande.send({ input: entreeLigne(dossierId, ligne) });
        if (reponse.ok) lignes = lignes.map((candidate, i) => (i === index ? { ...candidate, enregistree: true } : candidate));
        else {
          const champ = reponse.error.field === 'financeurId' || reponse.error.field === 'nature' ? reponse.error.field : 'montant';
          refus[`lignes.${index}.${champ}`] = messageChamp(reponse.error);
          if (reponse.error.code === 'UNAUTHENTICATED') break;
        }
      }
      courant = { ...courant, lignes };
      if (Object.keys(refus).length === 0) {
        brouillon.effacer();
        navigate(`/${session.tenant}/mes-dossiers/deposer/${encodeURIComponent(dossierId)}`, {
          state: {
            message: 'Votre dossier est déposé. Joignez ses pièces ci-dessous ; vous suivrez son instruction et les décisions depuis « Mes dossiers ».',
          },
        });
        return;
      }
      brouillon.changer(courant);
      setRefusServeur(refus);
      montrer(Object.keys(refus));
      setEtape(etapeDe(Object.keys(refus)[0]));
    } finally {
      setEnvoi(false);
    }
  };

  const refuser = (refus: ApiError, _ligne: number | null) => {
    const champ = refus.code === 'VALIDATION_FAILED' ? champDuServeur(refus.field) : null;
    if (champ) {
      setRefusServeur({ [champ]: messageChamp(refus) });
      montrer([champ]);
      setEtape(etapeDe(champ));
    } else setErreurGlobale(refus);
  };

  const racinesOuEnfants = (dimension: DimensionCadre, niveau: number): NoeudCadre[] => {
    if (niveau === 0) return dimension.racines;
    const parent = b.classement[dimension.code]?.[niveau - 1];
    const chemin = (noeuds: readonly NoeudCadre[]): NoeudCadre | null =>
      noeuds.reduce<NoeudCadre | null>((trouve, noeud) => trouve ?? (noeud.id === parent ? noeud : chemin(noeud.enfants ?? [])), null);
    return parent ? (chemin(dimension.racines)?.enfants ?? []) : [];
  };
  const aplatir = (noeuds: readonly NoeudCadre[], prefixe = ''): Array<{ value: string; label: string }> =>
    noeuds.flatMap((noeud) => [{ value: noeud.id, label: `${prefixe}${noeud.libelle}` }, ...aplatir(noeud.enfants ?? [], `${prefixe}— `)]);

  return (
    <Stack gap="md">
      <TitreEcran
        actions={
          <Anchor component={Link} to={`/${session.tenant}/mes-dossiers`}>
            Retour à mes dossiers
          </Anchor>
        }
      >
        Déposer un dossier
      </TitreEcran>
      {brouillon.reprisDu && !verrouille && (
        <Alert color="blue" role="status" title="Brouillon repris">
          <Group justify="space-between">
            <Text size="sm">Vous reprenez ce que vous aviez saisi (enregistré le {formatDateHeure(brouillon.reprisDu)}).</Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                brouillon.effacer();
                brouillon.changer(brouillonVide(nouvelIdCommande));
                brouillon.effacer();
                setVus(new Set());
                setEtape(0);
              }}
            >
              Repartir d’un formulaire vide
            </Button>
          </Group>
        </Alert>
      )}
      {verrouille && (
        <Alert color="orange" role="status" title="Dossier enregistré, financements à compléter">
          Le dossier est déposé ; les lignes de financement signalées ont été refusées. Corrigez-les puis renvoyez : ce qui est déjà enregistré ne l’est pas une
          seconde fois.
        </Alert>
      )}
      {appels.length === 0 && <Alert title="Aucun appel à projets ouvert">Le dépôt ouvre avec l’appel à projets de l’année : revenez à son ouverture.</Alert>}
      <Text size="sm" c="dimmed">
        Votre saisie est conservée dans ce navigateur à chaque modification : vous pouvez fermer l’onglet et reprendre plus tard.
      </Text>
      <Etapes active={etape} onStepClick={(index) => index < ETAPES.length && setEtape(index)} />
      <Paper
        withBorder
        p="md"
        component="form"
        aria-label={`Étape ${etape + 1} sur ${ETAPES.length + 1} : ${ETAPES[etape].titre}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (etape < ETAPES.length - 1) suivante();
          else void envoyer();
        }}
      >
        {etape === 0 && (
          <Fieldset legend="L’action" disabled={verrouille} variant="unstyled">
            <Stack>
              <NativeSelect
                label="Appel à projets"
                required
                data={[
                  { value: '', label: '— choisir l’année —' },
                  ...appels.map((candidat) => ({ value: String(candidat.annee), label: `${candidat.annee} — ${candidat.titre}` })),
                ]}
                value={b.annee}
                error={erreur('annee')}
                description={
                  appel ? `Dépôt du ${formatDate(appel.ouvertureLe)} au ${formatDate(appel.clotureLe)}${tardif ? ' (clos : dépôt tardif)' : ''}` : undefined
                }
                onChange={(event) => changer({ annee: event.currentTarget.value })}
              />
              <TextInput
                label="Titre de l’action"
                required
                maxLength={300}
                value={b.titre}
                error={erreur('titre')}
                onChange={(event) => changer({ titre: event.currentTarget.value })}
              />
              <Textarea
                label="Description"
                description="Objectifs, contenu, partenaires de l’action"
                autosize
                minRows={3}
                value={b.description}
                error={erreur('description')}
                onChange={(event) => changer({ description: event.currentTarget.value })}
              />
              <TagsInput
                label="Publics visés"
                description="Tapez un public puis Entrée (ex. jeunes 16-25 ans, familles, demandeurs d’emploi)"
                value={b.publics}
                error={erreur('publics')}
                onChange={(publics) => changer({ publics })}
              />
            </Stack>
          </Fieldset>
        )}
        {etape === 1 && (
          <Fieldset legend="Territoire de l’action" disabled={verrouille} variant="unstyled">
            <Stack>
              <Checkbox
                label="Action intercommunale (toutes les communes de l’agglomération)"
                checked={b.intercommunal}
                onChange={(event) => changer({ intercommunal: event.currentTarget.checked }, ['intercommunal', 'communes'])}
              />
              <MultiSelect
                label="Communes"
                description={
                  communes.some((commune) => !commune.codeInsee)
                    ? 'Les communes sans code INSEE dans le référentiel ne peuvent être choisies : demandez-le à l’administrateur.'
                    : undefined
                }
                disabled={b.intercommunal || verrouille}
                searchable
                data={communes.map((commune) => ({ value: commune.codeInsee ?? `sans-code-${commune.nom}`, label: commune.nom, disabled: !commune.codeInsee }))}
                value={b.communes}
                error={erreur('communes')}
                onChange={(choisies) => changer({ communes: choisies })}
              />
              <MultiSelect
                label="Quartiers prioritaires (QPV) visés"
                description="Laissez vide pour une action hors QPV"
                searchable
                data={data.qpvs.edges.map(({ node }) => ({ value: node.id, label: node.code ? `${node.nom} (${node.code})` : node.nom }))}
                value={b.qpvIds}
                error={erreur('qpvIds')}
                onChange={(qpvIds) => changer({ qpvIds })}
              />
            </Stack>
          </Fieldset>
        )}
        {etape === 2 && (
          <Fieldset
            legend={`Classement dans le cadre stratégique${data.cadreStrategique ? ` — ${data.cadreStrategique.intitule}` : ''}`}
            disabled={verrouille}
            variant="unstyled"
          >
            <Stack>
              {dimensions.length === 0 && <Text size="sm">Le cadre stratégique de votre territoire n’est pas encore défini : passez à l’étape suivante.</Text>}
              {erreur('classement') && (
                <Text c="red.8" size="sm" role="alert">
                  {erreur('classement')}
                </Text>
              )}
              {dimensions.map((dimension) => {
                const cles = clesDeDimension(dimension.code);
                const choisis = b.classement[dimension.code] ?? [];
                if (cles === 'axesTransversaux') {
                  return (
                    <MultiSelect
                      key={dimension.code}
                      label={dimension.libelle}
                      searchable
                      data={aplatir(dimension.racines)}
                      value={choisis}
                      onChange={(ids) => changer({ classement: { ...b.classement, [dimension.code]: ids } }, ['classement'])}
                    />
                  );
                }
                return (
                  <Fieldset key={dimension.code} legend={dimension.libelle}>
                    <SimpleGrid cols={{ base: 1, md: Math.min(dimension.niveaux.length, cles.length) }}>
                      {dimension.niveaux.slice(0, cles.length).map((niveau, index) => {
                        const options = racinesOuEnfants(dimension, index);
                        return (
                          <NativeSelect
                            key={niveau}
                            label={niveau.charAt(0).toUpperCase() + niveau.slice(1)}
                            disabled={options.length === 0 || verrouille}
                            data={[{ value: '', label: '— aucun —' }, ...options.map((noeud) => ({ value: noeud.id, label: noeud.libelle }))]}
                            value={choisis[index] ?? ''}
                            onChange={(event) =>
                              changer(
                                {
                                  classement: {
                                    ...b.classement,
                                    [dimension.code]: [...choisis.slice(0, index), event.currentTarget.value].filter(Boolean),
                                  },
                                },
                                ['classement'],
                              )
                            }
                          />
                        );
                      })}
                    </SimpleGrid>
                  </Fieldset>
                );
              })}
            </Stack>
          </Fieldset>
        )}
        {etape === 3 && (
          <Stack>
            <Fieldset legend="Calendrier et coût" disabled={verrouille} variant="unstyled">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label="Début de l’action"
                  type="date"
                  required
                  value={b.dateDebut}
                  error={erreur('dateDebut')}
                  onChange={(event) => changer({ dateDebut: event.currentTarget.value })}
                />
                <TextInput
                  label="Fin de l’action"
                  type="date"
                  required
                  value={b.dateFin}
                  error={erreur('dateFin')}
                  onChange={(event) => changer({ dateFin: event.currentTarget.value })}
                />
                <TextInput
                  label="Coût total (€)"
                  required
                  inputMode="decimal"
                  value={b.coutTotal}
                  error={erreur('coutTotal')}
                  onChange={(event) => changer({ coutTotal: event.currentTarget.value })}
                />
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend="Plan de financement : ce que vous demandez à chaque financeur">
              <Stack gap="xs">
                {b.lignes.map((ligne, index) => (
                  <Group key={ligne.cle} align="start" wrap="wrap" data-testid={`ligne-${index}`}>
                    <Select
                      label={`Financeur ${index + 1}`}
                      searchable
                      disabled={ligne.enregistree}
                      data={financeurs}
                      value={ligne.financeurId || null}
                      error={erreur(`lignes.${index}.financeurId`)}
                      onChange={(financeurId) => changerLigne(index, { financeurId: financeurId ?? '' })}
                      style={{ flex: 2, minWidth: 220 }}
                    />
                    <NativeSelect
                      label={`Nature ${index + 1}`}
                      disabled={ligne.enregistree}
                      data={NATURES_CHOIX}
                      value={ligne.nature}
                      error={erreur(`lignes.${index}.nature`)}
                      onChange={(event) => changerLigne(index, { nature: event.currentTarget.value as NatureFinancement | '' })}
                      style={{ flex: 1, minWidth: 170 }}
                    />
                    <TextInput
                      label={`Montant demandé ${index + 1} (€)`}
                      inputMode="decimal"
                      disabled={ligne.enregistree}
                      value={ligne.montant}
                      error={erreur(`lignes.${index}.montant`)}
                      onChange={(event) => changerLigne(index, { montant: event.currentTarget.value })}
                      style={{ flex: 1, minWidth: 150 }}
                    />
                    {ligne.enregistree ? (
                      <Text size="sm" mt={30}>
                        Enregistrée
                      </Text>
                    ) : (
                      <ActionIcon
                        mt={28}
                        size="lg"
                        variant="default"
                        aria-label={`Retirer la ligne ${index + 1}`}
                        onClick={() => changer({ lignes: b.lignes.filter((_, i) => i !== index) }, ['plan'])}
                      >
                        ×
                      </ActionIcon>
                    )}
                  </Group>
                ))}
                <Group>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => changer({ lignes: [...b.lignes, { cle: nouvelIdCommande(), financeurId: '', nature: '', montant: '' }] }, [])}
                  >
                    Ajouter un financeur
                  </Button>
                </Group>
                <Paper p="sm" bg={plan.depasse ? 'red.0' : 'gray.0'} data-testid="etat-plan" aria-live="polite">
                  <Text size="sm">
                    Total demandé : <b>{formatMontant(plan.total)}</b>
                    {plan.cout !== null ? ` sur un coût total de ${formatMontant(plan.cout)}` : ' — indiquez le coût total'}
                    {plan.reste !== null && !plan.depasse
                      ? ` ; reste à financer par vos fonds propres ou d’autres ressources : ${formatMontant(plan.reste)}.`
                      : '.'}
                  </Text>
                  {(plan.depasse || erreur('plan')) && (
                    <Text size="sm" c="red.9" fw={600} role="alert" id="erreur-plan">
                      {erreurs.plan}
                      {plan.depasse && plan.reste !== null ? ` (${formatMontant(-plan.reste)} de trop)` : ''}
                    </Text>
                  )}
                </Paper>
              </Stack>
            </Fieldset>
          </Stack>
        )}
        {etape === 4 && (
          <Stack>
            <List size="sm" spacing={4}>
              <List.Item>
                <b>Appel :</b> {appel ? `${appel.annee} — ${appel.titre}` : '—'}
              </List.Item>
              <List.Item>
                <b>Titre :</b> {b.titre || '—'}
              </List.Item>
              <List.Item>
                <b>Publics :</b> {b.publics.join(', ') || '—'}
              </List.Item>
              <List.Item>
                <b>Territoire :</b>{' '}
                {b.intercommunal
                  ? 'intercommunal'
                  : b.communes.map((code) => communes.find((commune) => commune.codeInsee === code)?.nom ?? code).join(', ') || '—'}
                {b.qpvIds.length
                  ? ` ; QPV : ${b.qpvIds.map((id) => data.qpvs.edges.find(({ node }) => node.id === id)?.node.nom ?? id).join(', ')}`
                  : ' ; hors QPV'}
              </List.Item>
              <List.Item>
                <b>Période :</b> {formatDate(b.dateDebut)} → {formatDate(b.dateFin)} ; <b>coût total :</b> {plan.cout !== null ? formatMontant(plan.cout) : '—'}
              </List.Item>
              <List.Item>
                <b>Financements demandés :</b>{' '}
                {b.lignes
                  .map(
                    (ligne) =>
                      `${financeurs.find((financeur) => financeur.value === ligne.financeurId)?.label ?? '?'} (${ligne.nature ? NATURES[ligne.nature] : '?'}) ${ligne.montant} €`,
                  )
                  .join(' ; ')}{' '}
                — total {formatMontant(plan.total)}
              </List.Item>
            </List>
            <Paper withBorder p="sm" component="section" aria-labelledby="pieces-demandees">
              <Text fw={700} size="sm" id="pieces-demandees">
                Pièces justificatives demandées par l’appel
              </Text>
              {piecesRequises.length > 0 ? (
                <>
                  <List size="sm" spacing={2} mt={4} data-testid="pieces-requises-depot">
                    {piecesRequises.map((piece) => (
                      <List.Item key={`${piece.etape}-${piece.type.id}`}>
                        {piece.type.libelle} — {piece.etape === 'depot' ? 'au dépôt' : 'avec le bilan'}
                      </List.Item>
                    ))}
                  </List>
                  <Text size="sm" mt={4}>
                    Vous les joindrez à l’étape suivante, une fois le dossier déposé : le dossier ne peut être mis en instruction tant qu’une pièce demandée au
                    dépôt manque.
                  </Text>
                </>
              ) : (
                <Text size="sm" mt={4}>
                  {appel ? 'L’appel à projets ne demande pas de pièce particulière à votre organisation.' : 'Choisissez l’appel à projets.'}
                </Text>
              )}
            </Paper>
            {(tardif || erreur('reason')) && (
              <Textarea
                label="Raison du dépôt tardif"
                description="Elle est enregistrée avec le dépôt et lue par le service instructeur."
                required
                autosize
                minRows={2}
                value={b.reason}
                error={erreur('reason')}
                onChange={(event) => changer({ reason: event.currentTarget.value })}
              />
            )}
            {Object.keys(erreurs).length > 0 && vus.size > 0 && (
              <Alert color="red" title="Le dossier n’est pas encore complet" role="alert">
                <List size="sm">
                  {Object.entries(erreurs)
                    .filter(([champ]) => vus.has(champ) || refusServeur[champ])
                    .map(([champ, message]) => (
                      <List.Item key={champ}>
                        {ETAPES[etapeDe(champ)].titre} : {message}
                      </List.Item>
                    ))}
                </List>
              </Alert>
            )}
          </Stack>
        )}
        {erreurGlobale && <Erreur error={erreurGlobale} titre="Dépôt refusé par le serveur" />}
        <Group mt="md" justify="space-between">
          <Button variant="default" disabled={etape === 0} onClick={() => setEtape(etape - 1)}>
            Étape précédente
          </Button>
          {etape < ETAPES.length - 1 ? (
            <Button type="submit">Étape suivante</Button>
          ) : (
            <Button type="submit" loading={envoi}>
              {verrouille ? 'Envoyer les financements' : 'Déposer le dossier'}
            </Button>
          )}
        </Group>
      </Paper>
    </Stack>
  );
}
