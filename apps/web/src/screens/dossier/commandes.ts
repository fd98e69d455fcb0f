import { graphql } from '../../gql';
import type { TypedDocumentString } from '../../gql/graphql';

/** A field of a command form: what the person types, checked like the server checks it before sending. */
export interface Champ {
  nom: string;
  libelle: string;
  type: 'montant' | 'texte' | 'long' | 'date' | 'choix' | 'entier';
  requis?: boolean;
  choix?: Array<{ value: string; label: string }>;
  aide?: string;
}

export interface DefinitionCommande {
  libelle: string;
  /** Shown before sending, when the command cannot be undone lightly. */
  confirmation?: string;
  champs: Champ[];
  document: TypedDocumentString<Record<string, { revision: number }>, { input: Record<string, unknown> }>;
  couleur?: string;
}

const Voter = graphql(`
  mutation VoterFinancement($input: VoterFinancementInput!) {
    voterFinancement(input: $input) {
      revision
    }
  }
`);
const Refuser = graphql(`
  mutation RefuserFinancement($input: RefuserFinancementInput!) {
    refuserFinancement(input: $input) {
      revision
    }
  }
`);
const Proposer = graphql(`
  mutation ProposerFinancement($input: ProposerFinancementInput!) {
    proposerFinancement(input: $input) {
      revision
    }
  }
`);
const Engager = graphql(`
  mutation EngagerFinancement($input: EngagerFinancementInput!) {
    engagerFinancement(input: $input) {
      revision
    }
  }
`);
const Verser = graphql(`
  mutation EnregistrerVersement($input: EnregistrerVersementInput!) {
    enregistrerVersement(input: $input) {
      revision
    }
  }
`);
const Justifier = graphql(`
  mutation JustifierFinancement($input: JustifierFinancementInput!) {
    justifierFinancement(input: $input) {
      revision
    }
  }
`);
const Corriger = graphql(`
  mutation CorrigerMontant($input: CorrigerMontantInput!) {
    corrigerMontant(input: $input) {
      revision
    }
  }
`);
const Avis = graphql(`
  mutation EmettreAvis($input: EmettreAvisInput!) {
    emettreAvis(input: $input) {
      revision
    }
  }
`);
const Instruire = graphql(`
  mutation MettreEnInstruction($input: MettreEnInstructionInput!) {
    mettreEnInstruction(input: $input) {
      revision
    }
  }
`);
const Retenir = graphql(`
  mutation RetenirDossier($input: RetenirDossierInput!) {
    retenirDossier(input: $input) {
      revision
    }
  }
`);
const NePasRetenir = graphql(`
  mutation NePasRetenirDossier($input: NePasRetenirDossierInput!) {
    nePasRetenirDossier(input: $input) {
      revision
    }
  }
`);
const Ajourner = graphql(`
  mutation AjournerDossier($input: AjournerDossierInput!) {
    ajournerDossier(input: $input) {
      revision
    }
  }
`);
const Abandonner = graphql(`
  mutation AbandonnerDossier($input: AbandonnerDossierInput!) {
    abandonnerDossier(input: $input) {
      revision
    }
  }
`);
const Demarrer = graphql(`
  mutation DemarrerAction($input: DemarrerActionInput!) {
    demarrerAction(input: $input) {
      revision
    }
  }
`);
const Solder = graphql(`
  mutation SolderDossier($input: SolderDossierInput!) {
    solderDossier(input: $input) {
      revision
    }
  }
`);

const montant: Champ = { nom: 'montant', libelle: 'Montant (€)', type: 'montant', requis: true };
const motif: Champ = { nom: 'motif', libelle: 'Motif', type: 'long' };
const doc = <T, V>(document: TypedDocumentString<T, V>) => document as unknown as DefinitionCommande['document'];

/**
 * The dossier commands the screens can send, by mutation name: the name `commandesPermises` gives for the role and
 * state (the server decides what is offered; this only says how to ask for it).
 */
export const COMMANDES: Record<string, DefinitionCommande> = {
  proposerFinancement: { libelle: 'Proposer un montant', champs: [montant], document: doc(Proposer) },
  voterFinancement: { libelle: 'Voter', champs: [montant], document: doc(Voter) },
  refuserFinancement: { libelle: 'Refuser la ligne', champs: [motif], document: doc(Refuser), couleur: 'red.9' },
  engagerFinancement: {
    libelle: 'Engager',
    champs: [montant, { nom: 'numeroEngagementJuridique', libelle: 'Numéro d’engagement juridique', type: 'texte' }],
    document: doc(Engager),
  },
  enregistrerVersement: {
    libelle: 'Enregistrer un versement',
    champs: [
      {
        nom: 'type',
        libelle: 'Type de versement',
        type: 'choix',
        requis: true,
        choix: [
          { value: 'avance', label: 'Avance' },
          { value: 'acompte', label: 'Acompte' },
          { value: 'solde', label: 'Solde' },
        ],
      },
      montant,
      { nom: 'date', libelle: 'Date du versement', type: 'date', requis: true },
    ],
    document: doc(Verser),
  },
  justifierFinancement: { libelle: 'Justifier', champs: [{ ...montant, libelle: 'Montant justifié (€)' }], document: doc(Justifier) },
  corrigerMontant: {
    libelle: 'Corriger un montant',
    champs: [
      {
        nom: 'etape',
        libelle: 'Étape corrigée',
        type: 'choix',
        requis: true,
        choix: [
          { value: 'demande', label: 'Demandé' },
          { value: 'propose', label: 'Proposé' },
          { value: 'vote', label: 'Voté' },
          { value: 'engage', label: 'Engagé' },
          { value: 'justifie', label: 'Justifié' },
        ],
      },
      { ...montant, libelle: 'Nouveau montant (€)' },
    ],
    document: doc(Corriger),
  },
  emettreAvis: {
    libelle: 'Émettre un avis',
    champs: [
      {
        nom: 'avis',
        libelle: 'Avis',
        type: 'choix',
        requis: true,
        choix: [
          { value: 'favorable', label: 'Favorable' },
          { value: 'reserve', label: 'Réservé' },
          { value: 'defavorable', label: 'Défavorable' },
        ],
      },
      { nom: 'commentaire', libelle: 'Commentaire', type: 'long', aide: 'Obligatoire pour un avis réservé ou défavorable' },
    ],
    document: doc(Avis),
  },
  mettreEnInstruction: { libelle: 'Mettre en instruction', champs: [], document: doc(Instruire) },
  retenirDossier: { libelle: 'Retenir le dossier', champs: [], document: doc(Retenir), confirmation: 'Le dossier sera retenu.' },
  nePasRetenirDossier: { libelle: 'Ne pas retenir', champs: [motif], document: doc(NePasRetenir), couleur: 'red.9' },
  ajournerDossier: {
    libelle: 'Ajourner',
    champs: [motif, { nom: 'anneeReport', libelle: 'Reporté à l’année', type: 'entier' }],
    document: doc(Ajourner),
  },
  abandonnerDossier: { libelle: 'Abandonner', champs: [motif], document: doc(Abandonner), couleur: 'red.9' },
  demarrerAction: {
    libelle: 'Démarrer l’action',
    champs: [{ nom: 'dateDebut', libelle: 'Date de début', type: 'date', requis: true }],
    document: doc(Demarrer),
  },
  solderDossier: {
    libelle: 'Solder le dossier',
    champs: [],
    document: doc(Solder),
    confirmation: 'Le dossier sera soldé : il ne changera plus que par correction.',
  },
};
