import { Alert, Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import type { RapportAnnuelEcranQuery } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAnnee } from '../../shared/annee';
import { useAsOf } from '../../shared/as-of';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDate, formatDateHeure } from '../../shared/format';
import { useParametres } from '../../shared/parametres';
import { ApercuRapport, BoutonsTelechargement } from './ApercuRapport';
import { FormulaireRapport } from './FormulaireRapport';
import {
  AdopterRapport,
  ArreterRapport,
  CloreConsultation,
  EnregistrerAvis,
  RapportAnnuelQuery,
  RedigerSection,
  SoumettreAConsultation,
  TransmettreRapport,
} from './rapport.documents';

type Rapport = RapportAnnuelEcranQuery['rapportAnnuel'];

const STATUTS: Record<string, string> = {
  projet: 'Projet non arrêté',
  brouillon: 'Brouillon',
  arrete: 'Arrêté',
  en_consultation: 'En consultation',
  consultation_close: 'Consultation close',
  adopte: 'Adopté',
  transmis: 'Transmis',
};
const SENS: Record<string, string> = {
  favorable: 'Favorable',
  reserve: 'Réservé',
  defavorable: 'Défavorable',
  prend_acte: 'Prend acte',
  approuve: 'Approuve',
};
const TYPES_DESTINATAIRE = [
  { value: 'commune', label: 'Commune' },
  { value: 'conseil_citoyen', label: 'Conseil citoyen' },
  { value: 'autre', label: 'Autre' },
];

/** « Marles-les-Mines » → « marles-les-mines »: the recipient's id in the consultation. */
const slug = (texte: string) =>
  texte
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

const instant = (date: string) => `${date}T00:00:00Z`;

/** « 4438338.00 » → « 4 438 338 », « 46.9 » → « 46,9 »: a computed figure as a French reader reads it. */
const formatDecimal = (valeur: string) => {
  const nombre = Number(valeur);
  return Number.isFinite(nombre) ? nombre.toLocaleString('fr-FR', { maximumFractionDigits: 2 }) : valeur;
};

/**
 * The rapport annuel (décret 2015-1118): the report the server renders (the projet as of now or of « Voir au », or
 * a version as arrêtée), its downloads, the life cycle actions the role may take (EPCI staff, not as of a past
 * instant), the consultation and its avis, the notes on printed figures; a figure opens into its dossiers.
 */
export default function RapportAnnuel() {
  const session = useSession();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<'annee' | 'version'>();
  const { annee, annees } = useAnnee(p.annee);
  // `version` in the URL: a number, or « projet »; none shows the current version once there is one (not as of a past instant).
  const version = p.version && /^\d+$/.test(p.version) ? Number(p.version) : null;
  const { data, error, loading, refetch } = useQuery(RapportAnnuelQuery, { annee: annee ?? 0, version }, { skip: annee === null });
  const rapport = data?.rapportAnnuel ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const redacteur = (session.role === 'agent' || session.role === 'admin') && !asOf;
  useEffect(() => {
    if (!p.version && !asOf && rapport && rapport.versionCourante > 0) changer({ version: String(rapport.versionCourante) });
  }, [p.version, asOf, rapport, changer]);

  if (annee === null || (loading && !rapport)) return <Chargement />;
  const fait = (texte: string) => () => {
    setMessage(texte);
    void refetch();
  };
  const libelleRegle = (regle: string) => rapport?.chiffres.regles.find((r) => r.id === regle)?.libelle ?? regle;
  return (
    <Stack>
      <TitreEcran
        actions={
          <Group>
            <NativeSelect
              label="Année"
              data={annees.map(String)}
              value={String(annee)}
              onChange={(event) => changer({ annee: event.currentTarget.value, version: null })}
            />
            <NativeSelect
              label="Document"
              data={[
                { value: 'projet', label: asOf ? `Projet au ${formatDateHeure(asOf)}` : 'Projet assemblé maintenant' },
                ...(rapport?.versions ?? []).map((v) => ({ value: String(v.version), label: `Version ${v.version} — ${STATUTS[v.statut] ?? v.statut}` })),
              ]}
              value={version === null ? 'projet' : String(version)}
              onChange={(event) => changer({ version: event.currentTarget.value })}
            />
          </Group>
        }
      >
        Rapport annuel {annee}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {message && (
        <Alert color="green" withCloseButton closeButtonLabel="Fermer le message" onClose={() => setMessage(null)} role="status">
          {message}
        </Alert>
      )}
      {rapport && (
        <>
          <Etat rapport={rapport} />
          <BoutonsTelechargement quel={{ annee, version, asOf }} />
          {redacteur && (version === null || version === rapport.versionCourante) && (
            <Actions
              rapport={rapport}
              annee={annee}
              courante={version !== null || rapport.versionCourante === 0}
              fait={fait}
              recharger={() => void refetch()}
            />
          )}
          {rapport.consultation && <Consultation consultation={rapport.consultation} />}
          {rapport.notes.length > 0 && <Notes notes={rapport.notes} />}
          <Title order={2} size="h3">
            Aperçu
          </Title>
          <Text size="sm" c="dimmed">
            Les chiffres soulignés s’ouvrent sur les dossiers qui les composent.
          </Text>
          <ApercuRapport quel={{ annee, version, asOf }} tenant={session.tenant} libelleRegle={libelleRegle} />
        </>
      )}
    </Stack>
  );
}

function Etat({ rapport }: { rapport: Rapport }) {
  const { etat } = rapport;
  return (
    <Paper withBorder p="md">
      <Group gap="sm">
        <Badge size="lg" color={etat.statut === 'projet' ? 'gray' : 'marine'} tt="none" data-testid="etat-rapport">
          {etat.version !== null && etat.version !== undefined ? `Version ${etat.version} — ` : ''}
          {STATUTS[etat.statut] ?? etat.statut}
        </Badge>
        <Text size="sm">Cycle du rapport : {STATUTS[rapport.statutCycle] ?? rapport.statutCycle}</Text>
        {etat.arreteLe && (
          <Text size="sm">
            arrêté au {formatDate(etat.arreteLe)} (chiffres au {formatDateHeure(etat.arreteAu)})
          </Text>
        )}
        {etat.adoption && (
          <Text size="sm">
            adopté le {formatDate(etat.adoption.date)} (délibération {etat.adoption.numero})
          </Text>
        )}
        {etat.transmission && <Text size="sm">transmis le {formatDate(etat.transmission.transmisLe)}</Text>}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        Chiffres établis à la position {rapport.chiffres.position} du journal, règle de comptage « {rapport.chiffres.regleComptage} »
        {etat.empreinte ? ` ; empreinte ${etat.empreinte.slice(0, 16)}…` : ''}
      </Text>
    </Paper>
  );
}

/** The commands the cycle allows now; those on the consultation only beside the current version (which holds it). */
function Actions({
  rapport,
  annee,
  courante,
  fait,
  recharger,
}: {
  rapport: Rapport;
  annee: number;
  courante: boolean;
  fait(texte: string): () => void;
  recharger(): void;
}) {
  const commun = { annee, revision: rapport.revision, onRecharger: recharger };
  const statut = courante ? rapport.statutCycle : 'brouillon';
  const consultation = rapport.consultation;
  const sansAvis = consultation?.destinataires.filter((d) => !consultation.avis.some((a) => a.destinataireId === d.destinataireId)) ?? [];
  return (
    <>
      <Title order={2} size="h3">
        Actions
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <FormulaireRapport
          {...commun}
          titre="Rédiger une section"
          description={`Le brouillon compte ${rapport.brouillon.length} section(s) ; la prochaine version les reprend. Une section du même identifiant est remplacée.`}
          champs={[
            { nom: 'titre', libelle: 'Titre', type: 'texte', requis: true, serveur: ['section.titre'] },
            {
              nom: 'sectionId',
              libelle: 'Identifiant',
              type: 'texte',
              aide: 'En minuscules et tirets (introduction, perspectives) ; tiré du titre s’il est vide.',
              serveur: ['section.sectionId', 'section'],
            },
            {
              nom: 'ordre',
              libelle: 'Ordre',
              type: 'entier',
              requis: true,
              aide: '< 20 avant la géographie, 40 programmation, 90 conclusion.',
              serveur: ['section.ordre'],
            },
            { nom: 'texte', libelle: 'Texte', type: 'zone', requis: true, serveur: ['section.texte'] },
          ]}
          document={RedigerSection}
          construire={(v) => ({ sectionId: v['sectionId']?.trim() || slug(v['titre'] ?? ''), titre: v['titre'], texte: v['texte'], ordre: Number(v['ordre']) })}
          libelleBouton="Enregistrer la section"
          onFait={fait('Section enregistrée dans le brouillon.')}
        />
        <FormulaireRapport
          {...commun}
          titre="Arrêter le rapport"
          description={
            rapport.versionCourante > 0
              ? `La version ${rapport.versionCourante} est arrêtée : une nouvelle version demande une raison. Les chiffres sont assemblés par le serveur.`
              : 'Le serveur assemble les chiffres de maintenant et les fige dans la version 1 ; la date est celle imprimée en couverture.'
          }
          champs={[
            { nom: 'arreteLe', libelle: 'Arrêté au (date de couverture)', type: 'date', serveur: ['effectiveAt'] },
            { nom: 'signataireNom', libelle: 'Signataire', type: 'texte', serveur: ['signataire.nom'] },
            { nom: 'signataireQualite', libelle: 'Qualité du signataire', type: 'texte', serveur: ['signataire.qualite'] },
          ]}
          document={ArreterRapport}
          construire={(v) => {
            if (Boolean(v['signataireNom']?.trim()) !== Boolean(v['signataireQualite']?.trim()))
              return 'Donnez le nom et la qualité du signataire, ou aucun des deux.';
            return {
              ...(v['arreteLe'] ? { effectiveAt: instant(v['arreteLe']) } : {}),
              ...(v['signataireNom']?.trim() ? { signataire: { nom: v['signataireNom'].trim(), qualite: v['signataireQualite'].trim() } } : {}),
            };
          }}
          libelleBouton="Arrêter"
          onFait={fait('Rapport arrêté : ses chiffres sont figés dans une nouvelle version.')}
        />
        {statut === 'arrete' && (
          <FormulaireRapport
            {...commun}
            titre="Soumettre à consultation"
            description="Une ligne par destinataire : « type ; nom ; code INSEE » (type : commune, conseil_citoyen ou autre). L’échéance est d’un mois par défaut."
            champs={[
              { nom: 'envoyeLe', libelle: 'Envoyé le', type: 'date', requis: true },
              { nom: 'echeance', libelle: 'Échéance', type: 'date' },
              { nom: 'destinataires', libelle: 'Destinataires', type: 'zone', requis: true, serveur: ['destinataires'] },
            ]}
            document={SoumettreAConsultation}
            construire={(v) => {
              const destinataires = (v['destinataires'] ?? '')
                .split('\n')
                .map((ligne) => ligne.split(';').map((morceau) => morceau.trim()))
                .filter((morceaux) => morceaux.some(Boolean))
                .map(([type, nom, codeInsee]) => ({ destinataireId: slug(nom ?? ''), type, nom, codeInsee: codeInsee || null }));
              const inconnu = destinataires.find((d) => !TYPES_DESTINATAIRE.some((t) => t.value === d.type) || !d.nom);
              if (inconnu) return `« ${inconnu.type ?? ''} ; ${inconnu.nom ?? ''} » : le type est commune, conseil_citoyen ou autre, suivi du nom.`;
              return { envoyeLe: v['envoyeLe'], ...(v['echeance'] ? { echeance: v['echeance'] } : {}), destinataires };
            }}
            libelleBouton="Envoyer pour avis"
            onFait={fait('Rapport soumis à consultation.')}
          />
        )}
        {statut === 'en_consultation' && (
          <FormulaireRapport
            {...commun}
            titre="Enregistrer un avis"
            description="Une séance après l’échéance est refusée : le silence vaut avis favorable."
            champs={[
              {
                nom: 'destinataireId',
                libelle: 'Destinataire',
                type: 'choix',
                requis: true,
                choix: sansAvis.map((d) => ({ value: d.destinataireId, label: d.nom })),
              },
              { nom: 'organe', libelle: 'Organe', type: 'texte', requis: true, aide: '« Conseil municipal de … »' },
              { nom: 'seanceLe', libelle: 'Séance du', type: 'date', requis: true },
              {
                nom: 'sensAvis',
                libelle: 'Avis',
                type: 'choix',
                requis: true,
                choix: Object.entries(SENS).map(([value, label]) => ({ value, label })),
                serveur: ['sens'],
              },
              { nom: 'texte', libelle: 'Texte de la délibération', type: 'zone', requis: true },
            ]}
            document={EnregistrerAvis}
            construire={(v) => ({
              destinataireId: v['destinataireId'],
              organe: v['organe'],
              seanceLe: v['seanceLe'],
              sensAvis: v['sensAvis'],
              texte: v['texte'],
            })}
            libelleBouton="Enregistrer l’avis"
            onFait={fait('Avis enregistré et annexé au rapport.')}
          />
        )}
        {statut === 'en_consultation' && (
          <FormulaireRapport
            {...commun}
            titre="Clore la consultation"
            description="Possible à l’échéance passée, ou quand tous les destinataires ont répondu ; les silencieux sont réputés favorables."
            champs={[{ nom: 'le', libelle: 'Close le', type: 'date', serveur: ['effectiveAt'] }]}
            document={CloreConsultation}
            construire={(v) => (v['le'] ? { effectiveAt: instant(v['le']) } : {})}
            libelleBouton="Clore"
            onFait={fait('Consultation close.')}
          />
        )}
        {(statut === 'en_consultation' || statut === 'consultation_close') && (
          <FormulaireRapport
            {...commun}
            titre="Adopter le rapport"
            description="Pas avant la fin de la consultation."
            champs={[
              { nom: 'date', libelle: 'Délibération du', type: 'date', requis: true, serveur: ['deliberation.date', 'deliberation'] },
              { nom: 'numero', libelle: 'Numéro de délibération', type: 'texte', requis: true, serveur: ['deliberation.numero'] },
              { nom: 'instance', libelle: 'Instance', type: 'texte', aide: 'Conseil communautaire par défaut.' },
            ]}
            document={AdopterRapport}
            construire={(v) => ({
              deliberation: { date: v['date'], numero: v['numero'] },
              ...(v['instance']?.trim() ? { instance: v['instance'].trim() } : {}),
            })}
            libelleBouton="Adopter"
            onFait={fait('Rapport adopté.')}
          />
        )}
        {statut === 'adopte' && (
          <FormulaireRapport
            {...commun}
            titre="Transmettre le rapport"
            champs={[
              { nom: 'transmisLe', libelle: 'Transmis le', type: 'date', requis: true },
              { nom: 'reference', libelle: 'Référence (accusé de réception)', type: 'texte' },
            ]}
            document={TransmettreRapport}
            construire={(v) => ({ transmisLe: v['transmisLe'], ...(v['reference']?.trim() ? { reference: v['reference'].trim() } : {}) })}
            libelleBouton="Transmettre au préfet"
            onFait={fait('Transmission enregistrée.')}
          />
        )}
      </SimpleGrid>
    </>
  );
}

function Consultation({ consultation }: { consultation: NonNullable<Rapport['consultation']> }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="xs">
        Consultation
      </Title>
      <Text size="sm" mb="sm">
        Envoyé le {formatDate(consultation.envoyeLe)}, échéance le {formatDate(consultation.echeance)}
        {consultation.closeLe ? `, close le ${formatDate(consultation.closeLe)}` : ' — en cours'}.
      </Text>
      <Table striped>
        <Table.Caption>Avis des destinataires (annexés au rapport)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Destinataire</Table.Th>
            <Table.Th scope="col">Organe</Table.Th>
            <Table.Th scope="col">Séance</Table.Th>
            <Table.Th scope="col">Avis</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consultation.destinataires.map((d) => {
            const avis = consultation.avis.find((a) => a.destinataireId === d.destinataireId);
            const tacite = consultation.avisTacites.includes(d.destinataireId);
            return (
              <Table.Tr key={d.destinataireId}>
                <Table.Th scope="row">{d.nom}</Table.Th>
                <Table.Td>{avis?.organe ?? '—'}</Table.Td>
                <Table.Td>{avis ? formatDate(avis.seanceLe) : '—'}</Table.Td>
                <Table.Td>{avis ? (SENS[avis.sens] ?? avis.sens) : tacite ? 'Réputé favorable (silence)' : 'En attente'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Notes({ notes }: { notes: Rapport['notes'] }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="xs">
        Notes : chiffres imprimés et chiffres calculés
      </Title>
      <Table striped>
        <Table.Caption>Chaque écart est montré, avec son explication quand l’EPCI l’a rédigée</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Chiffre</Table.Th>
            <Table.Th scope="col">Imprimé</Table.Th>
            <Table.Th scope="col">Calculé</Table.Th>
            <Table.Th scope="col">Explication</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notes.map((n) => (
            <Table.Tr key={n.chiffreId}>
              <Table.Th scope="row">{n.libelle}</Table.Th>
              <Table.Td>{n.valeurImprimee}</Table.Td>
              <Table.Td>{n.calculee === null || n.calculee === undefined ? 'non calculable' : formatDecimal(n.calculee)}</Table.Td>
              <Table.Td>{n.explication?.titre ?? <Text c="red.8">Sans explication</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
