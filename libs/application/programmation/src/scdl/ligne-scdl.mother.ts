import type { LigneDocument } from '@cdv/projections-programmation';
import type { SourceLigneScdl } from './ligne-scdl';

/** A voted, conventioned line of the EPCI to an association with a SIRET: publishable as it is. */
export function aSourceLigneScdl(overrides: Partial<Omit<SourceLigneScdl, 'ligne'>> & { ligne?: Partial<LigneDocument> } = {}): SourceLigneScdl {
  const ligne: LigneDocument = {
    ligneId: 'cabbalr:credits_specifiques',
    financeurId: 'cabbalr',
    financeurNom: 'CABBALR – Fonds de Cohésion Sociale',
    categorie: 'epci',
    nature: 'credits_specifiques',
    modalite: 'numeraire',
    dispositif: null,
    statut: 'engage',
    demande: 2_000_00,
    propose: 0,
    vote: 2_000_00,
    engage: 2_000_00,
    verse: 0,
    justifie: 0,
    synthetique: false,
    avertissements: [],
    numeroEngagementJuridique: null,
    conventionId: 'conv-1',
    ...overrides.ligne,
  };
  return {
    dossier: {
      dossierId: 'cabbalr-2019-038',
      titre: 'Lire et Bouger dans son quartier',
      dateDebut: '2019-01-01',
      dateFin: '2019-12-31',
      versements: [],
      decisions: [{ type: 'DossierRetenu', comiteId: '2019-1', motif: null, anneeReport: null, le: '2019-03-15' }],
      conventionId: 'conv-1',
    },
    convention: {
      conventionId: 'conv-1',
      dateSignature: '2019-04-15',
      typeConvention: 'annuelle',
      signataires: [{ id: 'cabbalr', nom: 'CABBALR', categorie: 'epci' }],
    },
    attribuant: { id: 'cabbalr', nom: 'Communauté d’Agglomération de Béthune-Bruay, Artois-Lys Romane', siret: '00000001800010', rna: null },
    beneficiaire: { id: 'conseil-citoyen-du-regain', nom: 'CONSEIL CITOYEN QUARTIER DU REGAIN', siret: '00000002600013', rna: 'W000000001' },
    ...overrides,
    ligne,
  } as SourceLigneScdl;
}
