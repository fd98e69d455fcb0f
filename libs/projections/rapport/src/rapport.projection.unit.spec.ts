import { projectionSpec, recordEvents } from '@cdv/testing';
import type { DispositifEvent, RapportEvent, SectionRapport } from '@cdv/domain-rapport';
import { dispositifsProjection } from './dispositifs.projection';
import { documentDeVersion, lireChiffresFiges } from './document-rapport';
import { rapportProjection, type RapportDocument } from './rapport.projection';

const stream = 'cabbalr:rapport-2019';
const intro: SectionRapport = { sectionId: 'introduction', titre: 'Introduction', texte: 'Texte', ordre: 10, chiffreId: null, provenance: { type: 'redige' } };
const chiffres = { format: 'rapport-annuel/1', annee: 2019, comparaisons: [] };
const arrete = (version: number, position: number): RapportEvent => ({
  type: 'RapportArrete',
  data: {
    annee: 2019,
    version,
    arreteAu: `2020-09-2${version}T00:00:00.000Z`,
    arreteLe: '2020-09-29',
    position,
    empreinte: `e${version}`,
    chiffres,
    sections: [intro],
    signataire: null,
    versionPrecedente: version > 1 ? version - 1 : null,
    consultationInterrompue: version > 1,
  },
});
const evenements: RapportEvent[] = [
  { type: 'SectionRedigee', data: { annee: 2019, section: intro, precedente: null } },
  arrete(1, 10),
  {
    type: 'RapportSoumisAConsultation',
    data: {
      annee: 2019,
      version: 1,
      envoyeLe: '2020-10-20',
      echeance: '2020-11-20',
      delaiParDefaut: true,
      destinataires: [{ destinataireId: 'marles', type: 'commune', nom: 'Marles', insee: null }],
    },
  },
  {
    type: 'AvisEnregistre',
    data: {
      annee: 2019,
      version: 1,
      destinataireId: 'marles',
      organe: 'CM',
      seanceLe: '2020-11-18',
      sens: 'favorable',
      texte: 'EMET un avis favorable',
      deliberation: null,
      recuLe: null,
    },
  },
  { type: 'SectionRetiree', data: { annee: 2019, sectionId: 'introduction' } },
  arrete(2, 20),
  { type: 'ConsultationClose', data: { annee: 2019, version: 2, closeLe: '2020-12-21', avisTacites: [] } },
  { type: 'RapportAdopte', data: { annee: 2019, version: 2, instance: 'Conseil communautaire', deliberation: { date: '2020-12-22', numero: '2020-1' } } },
  { type: 'RapportTransmis', data: { annee: 2019, version: 2, transmisLe: '2020-12-23', destinataire: 'Préfet', reference: null } },
];

describe('rapport read models', () => {
  it('keeps the draft and every version with its consultation, adoption and transmission (idempotent)', () => {
    const recorded = recordEvents(
      evenements.map((event) => ({ stream, event })),
      { tenantId: 'cabbalr' },
    );
    const { documents } = projectionSpec(rapportProjection).given(recorded);
    const doc = documents.get('2019') as unknown as RapportDocument;
    expect(doc).toMatchObject({ annee: 2019, statut: 'transmis', versionCourante: 2, brouillon: [] });
    expect(doc.versions[0]).toMatchObject({
      version: 1,
      position: 10,
      consultation: { interrompue: true, avis: [{ destinataireId: 'marles', sens: 'favorable' }] },
      adoption: null,
    });
    expect(doc.versions[1]).toMatchObject({ version: 2, adoption: { numero: '2020-1' }, transmission: { transmisLe: '2020-12-23' }, consultation: null });
    expect(documentDeVersion(doc, 1).etat).toMatchObject({ statut: 'arrete', version: 1, arreteLe: '2020-09-29' });
    expect(documentDeVersion(doc).etat.statut).toBe('transmis');
    expect(() => documentDeVersion(doc, 3)).toThrow(/no version 3/);
  });

  it('refuses to read frozen figures of a format it does not know', () => {
    expect(() => lireChiffresFiges({ format: 'rapport-annuel/0', annee: 2019 })).toThrow(/upcaster/);
  });

  it('keeps a dispositif’s operations, cancelled ones flagged', () => {
    const events: DispositifEvent[] = [
      {
        type: 'DispositifDefini',
        data: {
          dispositifId: 'fdc',
          libelle: 'FDC',
          nature: 'fonds_de_concours',
          financeur: { id: 'cabbalr', nom: 'CABBALR' },
          description: null,
          regles: [],
          calcul: null,
          reglesFinancement: [],
          redefinition: false,
        },
      },
      {
        type: 'OperationEnregistree',
        data: {
          dispositifId: 'fdc',
          operationId: 'op',
          annee: 2019,
          beneficiaire: { partenaireId: null, nom: 'DIVION', insee: null },
          projet: 'Cantine',
          montantOperation: 100,
          depensesEligibles: null,
          montantAide: 40,
          dontPolitiqueVille: null,
          decideLe: null,
          plafondCalcule: 40,
        },
      },
      { type: 'OperationAnnulee', data: { dispositifId: 'fdc', operationId: 'op' } },
    ];
    projectionSpec(dispositifsProjection)
      .given(recordEvents(events.map((event) => ({ stream: 'cabbalr:dispositif-fdc', event }))))
      .then([{ _id: 'fdc', libelle: 'FDC', annees: [2019], operations: [expect.objectContaining({ operationId: 'op', annulee: true })] }]);
  });
});
