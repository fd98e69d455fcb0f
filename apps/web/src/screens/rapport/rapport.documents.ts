import { graphql } from '../../gql';

/** What the « Rapport annuel » screen reads: the document shown, its life cycle, its consultation, its notes. */
export const RapportAnnuelQuery = graphql(`
  query RapportAnnuelEcran($annee: Int!, $asOf: DateTime, $version: Int) {
    rapportAnnuel(annee: $annee, asOf: $asOf, version: $version) {
      annee
      statutCycle
      revision
      versionCourante
      etat {
        statut
        version
        arreteAu
        arreteLe
        empreinte
        adoption {
          date
          numero
        }
        transmission {
          transmisLe
          destinataire
        }
      }
      chiffres {
        position
        regleComptage
        regles {
          id
          libelle
        }
      }
      notes {
        chiffreId
        libelle
        valeurImprimee
        calculee
        statut
        dossiers
        explication {
          titre
        }
      }
      consultation {
        envoyeLe
        echeance
        closeLe
        avisTacites
        destinataires {
          destinataireId
          type
          nom
        }
        avis {
          destinataireId
          organe
          seanceLe
          sens
        }
      }
      brouillon {
        sectionId
        titre
        ordre
      }
      versions {
        version
        statut
        arreteLe
        reason
      }
    }
  }
`);

export const RedigerSection = graphql(`
  mutation RedigerSectionRapport($input: RedigerSectionInput!) {
    redigerSectionRapport(input: $input) {
      revision
    }
  }
`);

export const ArreterRapport = graphql(`
  mutation ArreterRapport($input: ArreterRapportInput!) {
    arreterRapport(input: $input) {
      revision
    }
  }
`);

export const SoumettreAConsultation = graphql(`
  mutation SoumettreRapportAConsultation($input: SoumettreAConsultationInput!) {
    soumettreRapportAConsultation(input: $input) {
      revision
    }
  }
`);

export const EnregistrerAvis = graphql(`
  mutation EnregistrerAvisRapport($input: EnregistrerAvisInput!) {
    enregistrerAvisRapport(input: $input) {
      revision
    }
  }
`);

export const CloreConsultation = graphql(`
  mutation CloreConsultationRapport($input: CloreConsultationInput!) {
    cloreConsultationRapport(input: $input) {
      revision
    }
  }
`);

export const AdopterRapport = graphql(`
  mutation AdopterRapport($input: AdopterRapportInput!) {
    adopterRapport(input: $input) {
      revision
    }
  }
`);

export const TransmettreRapport = graphql(`
  mutation TransmettreRapport($input: TransmettreRapportInput!) {
    transmettreRapport(input: $input) {
      revision
    }
  }
`);
