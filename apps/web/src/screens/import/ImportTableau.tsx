import { Alert, Anchor, Button, FileInput, Group, List, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useAuth, useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { PartenaireNature } from '../../gql/graphql';
import { ApiError, execute } from '../../graphql/client';
import { nouvelIdCommande } from '../../graphql/use-command';
import { useAsOf } from '../../shared/as-of';
import { formatEntier } from '../../shared/format';
import { identifiantDe } from '../../shared/identifiant';
import { NATURES_PARTENAIRE } from '../../shared/libelles-referentiel';
import { Tableau } from '../../shared/Tableau';
import { televerser, type Progression } from '../../shared/televersement';
import { CONSEILS_IMPORT, CONSEILS_REFUS } from './conseils';

const EnregistrerPorteur = graphql(`
  mutation EnregistrerPorteurImport($input: EnregistrerPartenaireInput!) {
    enregistrerPartenaire(input: $input) {
      id
    }
  }
`);

interface Probleme {
  row: number;
  column?: string | null;
  code: string;
  message: string;
  value?: string | null;
}

/** The report of `POST /imports/programmation` (docs/api.md « Imports »). */
interface Rapport {
  fichier: string;
  tableau: { format: 'csv' | 'xlsx'; feuille?: string; feuilles?: string[] };
  analyse: { rows: number; dossiers: number; errors: Probleme[]; warnings: Probleme[] };
  simulation: { commands: number; alreadyRecorded: number } | null;
  ecriture: {
    commands: number;
    appended: number;
    replayed: number;
    refus: { row: number; reference: string; commande: string; column: string | null; code: string; message: string; conseil: string } | null;
  } | null;
  porteursInconnus: Array<{ nom: string; lignes: number[] }>;
}

type PorteurASaisir = { nom: string; nature: PartenaireNature; lignes: number[] };

const AVERTISSEMENTS_MONTRES = 100;

/**
 * The import of a programmation spreadsheet (agents and admins): the dry run shown row by row with what to do, the
 * unknown porteurs registered in one step, then the import with its progress and summary. Nothing is written until
 * « Importer », and a file with an error is never imported.
 */
export default function ImportTableau() {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const [fichier, setFichier] = useState<File | null>(null);
  const reinitialiserChoix = useRef<() => void>(null);
  const [feuille, setFeuille] = useState('');
  const [annee, setAnnee] = useState('');
  const [rapport, setRapport] = useState<Rapport | null>(null);
  const [resultat, setResultat] = useState<Rapport | null>(null);
  const [progression, setProgression] = useState<Progression | null>(null);
  const [enCours, setEnCours] = useState<'simulation' | 'import' | 'porteurs' | null>(null);
  const [erreur, setErreur] = useState<ApiError | null>(null);
  const [porteurs, setPorteurs] = useState<PorteurASaisir[]>([]);
  const [porteursEnregistres, setPorteursEnregistres] = useState<string | null>(null);
  const peutImporter = (session.role === 'agent' || session.role === 'admin') && !asOf;

  const chemin = (simulation: boolean) => {
    const parametres = new URLSearchParams({ simulation: String(simulation) });
    if (feuille.trim()) parametres.set('feuille', feuille.trim());
    if (annee.trim()) parametres.set('annee', annee.trim());
    return `/imports/programmation?${parametres}`;
  };

  const appeler = async (simulation: boolean): Promise<Rapport | null> => {
    if (!fichier) {
      setErreur(new ApiError('Choisissez d’abord le fichier à importer.', 'VALIDATION_FAILED', { field: 'fichier' }));
      return null;
    }
    setErreur(null);
    try {
      return await televerser<Rapport>(chemin(simulation), fichier, { token: session.token, tenant: session.tenant }, setProgression);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
      setErreur(apiError);
      return null;
    }
  };

  const simuler = async () => {
    setEnCours('simulation');
    setResultat(null);
    setProgression(null);
    setPorteursEnregistres(null);
    const lu = await appeler(true);
    setEnCours(null);
    setRapport(lu);
    setPorteurs((lu?.porteursInconnus ?? []).map((porteur) => ({ ...porteur, nature: 'association' })));
  };

  const importer = async () => {
    setEnCours('import');
    setProgression({ commandsDone: 0, commandsTotal: rapport?.simulation?.commands ?? 0 });
    const lu = await appeler(false);
    setEnCours(null);
    if (lu) {
      setResultat(lu);
      setRapport(null);
    }
  };

  const enregistrerPorteurs = async () => {
    setEnCours('porteurs');
    setErreur(null);
    try {
      for (const porteur of porteurs) {
        await execute(
          EnregistrerPorteur,
          {
            input: {
              partenaireId: identifiantDe(porteur.nom) || null,
              nature: porteur.nature,
              nom: porteur.nom.trim(),
              roles: ['porteur'],
              commandId: nouvelIdCommande(),
            },
          },
          { token: session.token, tenant: session.tenant },
        );
      }
      setPorteursEnregistres(`${formatEntier(porteurs.length)} porteur(s) enregistré(s) dans le référentiel. Le fichier est vérifié de nouveau.`);
    } catch (error) {
      setEnCours(null);
      return setErreur(error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR'));
    }
    const lu = await appeler(true);
    setEnCours(null);
    setRapport(lu);
    setPorteurs((lu?.porteursInconnus ?? []).map((porteur) => ({ ...porteur, nature: 'association' })));
  };

  const erreurs = rapport?.analyse.errors ?? [];
  const rienDeNouveau = rapport?.simulation && rapport.simulation.commands > 0 && rapport.simulation.alreadyRecorded === rapport.simulation.commands;
  const pourcentage = progression?.['commandsTotal'] ? Math.round(((progression['commandsDone'] ?? 0) / progression['commandsTotal']) * 100) : 0;

  return (
    <Stack gap="md">
      <TitreEcran>Import d’un tableau de programmation</TitreEcran>
      {!peutImporter && (
        <Alert color="gray">
          {asOf ? 'Aucun import n’est possible dans le passé.' : 'Seuls les agents et les administrateurs de l’EPCI importent un tableau.'}
        </Alert>
      )}
      <Paper withBorder p="md" component="form" aria-label="Fichier à importer" onSubmit={(event) => (event.preventDefault(), void simuler())}>
        <Stack gap="sm">
          <Text size="sm">
            Une ligne par dossier et par financeur (XLSX ou CSV, 10 Mo au plus). Colonnes lues : référence du dossier, année, intitulé de l’action, porteur,
            commune(s), QPV, coût total, financeur, nature des crédits, montants demandé, proposé et voté, décision… La vérification n’enregistre rien.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <FileInput
              label="Fichier (XLSX ou CSV)"
              placeholder="Choisir un fichier"
              accept=".xlsx,.xlsm,.csv,.txt"
              value={fichier}
              onChange={(valeur) => {
                setFichier(valeur);
                setRapport(null);
                setResultat(null);
                // the same file, corrected and chosen again, must count as a new choice
                if (valeur) reinitialiserChoix.current?.();
              }}
              resetRef={reinitialiserChoix}
              clearable
              clearButtonProps={{ 'aria-label': 'Retirer le fichier choisi' }}
              error={erreur?.field === 'fichier' ? `${erreur.message} (${erreur.code})` : undefined}
            />
            <TextInput
              label="Feuille du classeur (facultatif)"
              description="Par défaut, la première."
              value={feuille}
              onChange={(event) => setFeuille(event.currentTarget.value)}
              error={erreur?.field === 'feuille' ? `${erreur.message} (${erreur.code})` : undefined}
            />
            <TextInput
              label="Année des lignes sans année (facultatif)"
              inputMode="numeric"
              value={annee}
              onChange={(event) => setAnnee(event.currentTarget.value)}
              error={erreur?.field === 'annee' ? `${erreur.message} (${erreur.code})` : undefined}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" disabled={!peutImporter} loading={enCours === 'simulation'}>
              Vérifier le fichier (rien n’est enregistré)
            </Button>
          </Group>
        </Stack>
      </Paper>
      {erreur && !['fichier', 'feuille', 'annee'].includes(erreur.field ?? '') && (
        <Alert color="red" title="Refusé par le serveur" role="alert">
          {erreur.message} ({erreur.code})
        </Alert>
      )}
      {porteursEnregistres && (
        <Alert color="green" role="status">
          {porteursEnregistres}
        </Alert>
      )}

      {rapport && (
        <Stack gap="md" data-testid="rapport-simulation">
          <Title order={2} size="h3">
            Vérification de {rapport.fichier}
            {rapport.tableau.feuille ? ` (feuille « ${rapport.tableau.feuille} »)` : ''}
          </Title>
          <Text data-testid="resume-simulation">
            {formatEntier(rapport.analyse.rows)} ligne(s), {formatEntier(rapport.analyse.dossiers)} dossier(s) — {formatEntier(erreurs.length)} erreur(s),{' '}
            {formatEntier(rapport.analyse.warnings.length)} avertissement(s).
          </Text>
          {erreurs.length > 0 ? (
            <Alert color="red" title="Le fichier ne peut pas être importé" role="alert">
              Rien n’a été enregistré. Corrigez les erreurs ci-dessous dans le fichier, puis vérifiez-le de nouveau : un fichier s’importe en entier ou pas du
              tout.
            </Alert>
          ) : rienDeNouveau ? (
            <Alert color="blue" title="Rien de nouveau" role="status">
              Ce fichier est déjà importé : ses {formatEntier(rapport.simulation?.commands ?? 0)} commandes sont toutes enregistrées. L’importer de nouveau ne
              changerait rien.
            </Alert>
          ) : (
            <Alert color="green" title="Le fichier est prêt" role="status">
              {formatEntier(rapport.simulation?.commands ?? 0)} commande(s) à passer, dont {formatEntier(rapport.simulation?.alreadyRecorded ?? 0)} déjà
              enregistrée(s). Rien n’est enregistré tant que vous n’avez pas cliqué sur « Importer ».
            </Alert>
          )}
          {erreurs.length > 0 && <TableauProblemes legende={`Erreurs (${erreurs.length})`} problemes={erreurs} />}
          {porteurs.length > 0 && (
            <Paper withBorder p="md" component="section" aria-label="Porteurs inconnus du référentiel">
              <Stack gap="sm">
                <Title order={3} size="h4">
                  Porteurs inconnus du référentiel ({porteurs.length})
                </Title>
                <Text size="sm">
                  Vérifiez le nom et la nature de chacun, puis enregistrez-les d’un coup : ils deviennent des porteurs du référentiel et le fichier est vérifié
                  de nouveau. Si l’un d’eux est déjà connu sous un autre nom, corrigez plutôt le fichier.
                </Text>
                {porteurs.map((porteur, index) => (
                  <Group key={porteur.lignes.join('-')} align="end" wrap="wrap">
                    <TextInput
                      label={`Nom du porteur (ligne${porteur.lignes.length > 1 ? 's' : ''} ${porteur.lignes.join(', ')})`}
                      value={porteur.nom}
                      w={320}
                      onChange={(event) => {
                        const nom = event.currentTarget.value;
                        setPorteurs((courants) => courants.map((courant, position) => (position === index ? { ...courant, nom } : courant)));
                      }}
                    />
                    <NativeSelect
                      label={`Nature (ligne${porteur.lignes.length > 1 ? 's' : ''} ${porteur.lignes.join(', ')})`}
                      data={Object.entries(NATURES_PARTENAIRE).map(([value, label]) => ({ value, label }))}
                      value={porteur.nature}
                      onChange={(event) => {
                        const nature = event.currentTarget.value as PartenaireNature;
                        setPorteurs((courants) => courants.map((courant, position) => (position === index ? { ...courant, nature } : courant)));
                      }}
                    />
                  </Group>
                ))}
                <Group>
                  <Button
                    onClick={enregistrerPorteurs}
                    loading={enCours === 'porteurs'}
                    disabled={!peutImporter || porteurs.some((porteur) => !porteur.nom.trim())}
                  >
                    {porteurs.length === 1 ? 'Enregistrer ce porteur' : `Enregistrer ces ${porteurs.length} porteurs`} et vérifier de nouveau
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
          {rapport.analyse.warnings.length > 0 && (
            <TableauProblemes
              legende={`Avertissements (${rapport.analyse.warnings.length}${rapport.analyse.warnings.length > AVERTISSEMENTS_MONTRES ? `, les ${AVERTISSEMENTS_MONTRES} premiers` : ''}) : le fichier s’importe malgré eux`}
              problemes={rapport.analyse.warnings.slice(0, AVERTISSEMENTS_MONTRES)}
            />
          )}
          {erreurs.length === 0 && !rienDeNouveau && (
            <Group>
              <Button onClick={importer} loading={enCours === 'import'} disabled={!peutImporter}>
                Importer
              </Button>
            </Group>
          )}
        </Stack>
      )}

      {(enCours === 'import' || (resultat?.ecriture && progression)) && (
        <Paper withBorder p="md" role="status" aria-live="polite">
          <Text size="sm" mb="xs">
            {enCours === 'import' ? 'Import en cours' : 'Import terminé'} : {formatEntier(progression?.['rowsDone'] ?? 0)} ligne(s) sur{' '}
            {formatEntier(progression?.['rowsTotal'] ?? rapport?.analyse.rows ?? 0)}, {formatEntier(progression?.['commandsDone'] ?? 0)} commande(s) sur{' '}
            {formatEntier(progression?.['commandsTotal'] ?? 0)}.
          </Text>
          <Progress.Root size="xl">
            <Progress.Section value={pourcentage} aria-label="Avancement de l’import" data-testid="progression-import" animated={enCours === 'import'} />
          </Progress.Root>
        </Paper>
      )}

      {resultat?.ecriture && (
        <Paper withBorder p="md" data-testid="resultat-import">
          {resultat.ecriture.refus ? (
            <Alert
              color="red"
              title={`L’import s’est arrêté à la ligne ${resultat.ecriture.refus.row} (dossier ${resultat.ecriture.refus.reference})`}
              role="alert"
            >
              <Text size="sm">
                {resultat.ecriture.refus.commande} refusé{resultat.ecriture.refus.column ? `, colonne « ${resultat.ecriture.refus.column} »` : ''} :{' '}
                {resultat.ecriture.refus.message} ({resultat.ecriture.refus.code}).
              </Text>
              <Text size="sm" mt="xs">
                {CONSEILS_REFUS[resultat.ecriture.refus.code] ?? resultat.ecriture.refus.conseil} Ce qui a été enregistré avant reste (
                {formatEntier(resultat.ecriture.appended)} événement(s)).
              </Text>
            </Alert>
          ) : resultat.ecriture.appended === 0 ? (
            <Alert color="blue" title="Rien de nouveau" role="status">
              Les {formatEntier(resultat.ecriture.commands)} commandes de ce fichier étaient déjà enregistrées : rien n’a changé.
            </Alert>
          ) : (
            <Alert color="green" title="Import terminé" role="status">
              <List size="sm">
                <List.Item>
                  {formatEntier(resultat.analyse.dossiers)} dossier(s), {formatEntier(resultat.analyse.rows)} ligne(s) de {resultat.fichier}
                </List.Item>
                <List.Item>
                  {formatEntier(resultat.ecriture.commands)} commande(s), {formatEntier(resultat.ecriture.appended)} événement(s) enregistré(s)
                  {resultat.ecriture.replayed ? `, ${formatEntier(resultat.ecriture.replayed)} déjà enregistrée(s)` : ''}
                </List.Item>
              </List>
            </Alert>
          )}
          <Anchor component={Link} to={`/${session.tenant}/dossiers${annee ? `?annee=${annee}` : ''}`} mt="sm" display="inline-block">
            Voir les dossiers
          </Anchor>
        </Paper>
      )}
    </Stack>
  );
}

function TableauProblemes({ legende, problemes }: { legende: string; problemes: Probleme[] }) {
  return (
    <Tableau
      legende={legende}
      lignes={problemes}
      cle={(probleme, index) => `${probleme.row}-${probleme.code}-${index}`}
      colonnes={[
        { titre: 'Ligne', nombre: true, valeur: (probleme) => probleme.row },
        { titre: 'Colonne', valeur: (probleme) => probleme.column ?? '—' },
        { titre: 'Valeur lue', valeur: (probleme) => (probleme.value ? `« ${probleme.value} »` : '—') },
        { titre: 'Problème', valeur: (probleme) => `${probleme.message} (${probleme.code})` },
        { titre: 'Que faire', valeur: (probleme) => CONSEILS_IMPORT[probleme.code] ?? 'Corrigez la cellule, puis vérifiez de nouveau.' },
      ]}
    />
  );
}
