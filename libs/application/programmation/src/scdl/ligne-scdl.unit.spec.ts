import { ligneScdl, type ResultatLigneScdl } from './ligne-scdl';
import { aSourceLigneScdl } from './ligne-scdl.mother';
import { CHAMPS_SCDL, validerLigneScdl } from './schema-scdl';

function raisons(resultat: ResultatLigneScdl) {
  if (resultat.ok) throw new Error(`expected a problem, got the row ${JSON.stringify(resultat.ligne)}`);
  return resultat.probleme.raisons.map(({ champ, code }) => `${champ}:${code}`);
}

describe('SCDL « subventions » rows', () => {
  it('a voted, conventioned line of the attribuant gives a row the schema accepts', () => {
    const resultat = ligneScdl(aSourceLigneScdl());
    expect(resultat).toMatchObject({ ok: true, dossierId: 'cabbalr-2019-038', montant: 2_000_00 });
    if (!resultat.ok) return;
    expect(resultat.ligne).toEqual({
      nomAttribuant: 'Communauté d’Agglomération de Béthune-Bruay, Artois-Lys Romane',
      idAttribuant: '00000001800010',
      dateConvention: '2019-04-15',
      referenceDecision: 'comité 2019-1',
      nomBeneficiaire: 'CONSEIL CITOYEN QUARTIER DU REGAIN',
      idBeneficiaire: '00000002600013',
      rnaBeneficiaire: 'W000000001',
      objet: 'Lire et Bouger dans son quartier',
      montant: 2000,
      nature: 'aide en numéraire',
      conditionsVersement: 'unique',
      datesPeriodeVersement: '2019-01-01/2019-12-31',
      notificationUE: 'non',
      pourcentageSubvention: 1,
    });
    expect(Object.keys(resultat.ligne).every((champ) => (CHAMPS_SCDL as readonly string[]).includes(champ))).toBe(true);
  });

  it('payments give the schedule: one solde is a single date, several a period', () => {
    const versement = (versementId: string, type: 'avance' | 'acompte' | 'solde', date: string) => ({
      versementId,
      ligneId: 'cabbalr:credits_specifiques',
      type,
      montant: 1_000_00,
      date,
      totalVerse: 0,
      enregistreLe: `${date}T10:00:00Z`,
    });
    const unique = ligneScdl(aSourceLigneScdl({ dossier: { ...aSourceLigneScdl().dossier, versements: [versement('v1', 'solde', '2019-06-03')] } }));
    expect(unique).toMatchObject({ ok: true, ligne: { conditionsVersement: 'unique', datesPeriodeVersement: '2019-06-03' } });
    const deux = ligneScdl(
      aSourceLigneScdl({
        dossier: { ...aSourceLigneScdl().dossier, versements: [versement('v2', 'solde', '2019-11-20'), versement('v1', 'avance', '2019-05-02')] },
      }),
    );
    expect(deux).toMatchObject({ ok: true, ligne: { conditionsVersement: 'échelonné', datesPeriodeVersement: '2019-05-02/2019-11-20' } });
    const cpo = ligneScdl(aSourceLigneScdl({ convention: { ...aSourceLigneScdl().convention!, typeConvention: 'pluriannuelle' } }));
    expect(cpo).toMatchObject({ ok: true, ligne: { conditionsVersement: 'échelonné' } });
  });

  it('the engaged amount is the subsidy when the convention engaged it, else the voted one', () => {
    expect(ligneScdl(aSourceLigneScdl({ ligne: { engage: 1_500_50 } }))).toMatchObject({ ok: true, montant: 1_500_50, ligne: { montant: 1500.5 } });
    expect(ligneScdl(aSourceLigneScdl({ ligne: { statut: 'vote', engage: 0 } }))).toMatchObject({ ok: true, montant: 2_000_00 });
  });

  it('an in-kind subsidy to an association may name its RNA number instead of a SIRET', () => {
    const source = aSourceLigneScdl({ ligne: { modalite: 'nature' } });
    expect(ligneScdl({ ...source, beneficiaire: { ...source.beneficiaire, siret: null } })).toMatchObject({ ok: true, ligne: { nature: 'aide en nature' } });
  });

  it('reports each line that cannot be valid with its reasons, and writes nothing of it', () => {
    const base = aSourceLigneScdl();
    const cas: Array<[string, ResultatLigneScdl, string[]]> = [
      ['porteur without SIRET', ligneScdl({ ...base, beneficiaire: { ...base.beneficiaire, siret: null } }), ['idBeneficiaire:OBLIGATOIRE']],
      [
        'in kind, neither SIRET nor RNA',
        ligneScdl({ ...base, ligne: { ...base.ligne, modalite: 'nature' }, beneficiaire: { ...base.beneficiaire, siret: null, rna: null } }),
        ['idBeneficiaire:OBLIGATOIRE'],
      ],
      ['no convention', ligneScdl({ ...base, convention: null }), ['dateConvention:CONVENTION_ABSENTE']],
      [
        'a convention another financeur signed',
        ligneScdl({ ...base, convention: { ...base.convention!, signataires: [{ id: 'etat', nom: 'Etat', categorie: 'etat_credits_specifiques' }] } }),
        ['dateConvention:CONVENTION_ABSENTE'],
      ],
      ['attribuant without SIRET', ligneScdl({ ...base, attribuant: { ...base.attribuant, siret: null } }), ['idAttribuant:OBLIGATOIRE']],
      ['SIRET with a wrong check digit', ligneScdl({ ...base, beneficiaire: { ...base.beneficiaire, siret: '00000002600014' } }), ['idBeneficiaire:FORMAT']],
      ['RNA malformed', ligneScdl({ ...base, beneficiaire: { ...base.beneficiaire, rna: 'W62300001' } }), ['rnaBeneficiaire:FORMAT']],
      ['objet over 256 characters', ligneScdl({ ...base, dossier: { ...base.dossier, titre: 'x'.repeat(257) } }), ['objet:VALEUR']],
      ['a 0 € line', ligneScdl({ ...base, ligne: { ...base.ligne, vote: 0, engage: 0 } }), ['montant:VALEUR']],
      [
        'action dates that end before they start',
        ligneScdl({ ...base, dossier: { ...base.dossier, dateDebut: '2019-12-31', dateFin: '2019-01-01' } }),
        ['datesPeriodeVersement:FORMAT'],
      ],
      [
        'several faults at once',
        ligneScdl({ ...base, convention: null, beneficiaire: { ...base.beneficiaire, siret: null }, attribuant: { ...base.attribuant, siret: '123' } }),
        ['dateConvention:CONVENTION_ABSENTE', 'idAttribuant:FORMAT', 'idBeneficiaire:OBLIGATOIRE'],
      ],
    ];
    for (const [quoi, resultat, attendu] of cas) {
      expect({ quoi, raisons: raisons(resultat).sort() }).toEqual({ quoi, raisons: attendu.sort() });
    }
    const sansSiret = ligneScdl({ ...base, beneficiaire: { ...base.beneficiaire, siret: null } });
    expect(sansSiret).toMatchObject({
      ok: false,
      probleme: {
        dossierId: 'cabbalr-2019-038',
        ligneId: 'cabbalr:credits_specifiques',
        beneficiaire: 'CONSEIL CITOYEN QUARTIER DU REGAIN',
        montant: 2_000_00,
        raisons: [{ message: expect.stringContaining('renseignez-le sur le partenaire conseil-citoyen-du-regain') }],
      },
    });
  });

  it('the schema refuses what the SCDL 2.1.1 table schema refuses', () => {
    const ok = { ...(ligneScdl(aSourceLigneScdl()) as unknown as { ligne: Record<string, unknown> }).ligne };
    expect(validerLigneScdl(ok)).toEqual([]);
    expect(validerLigneScdl({ ...ok, nature: 'subvention' })).toEqual([expect.objectContaining({ champ: 'nature', code: 'VALEUR' })]);
    expect(validerLigneScdl({ ...ok, notificationUE: 'true' })).toEqual([expect.objectContaining({ champ: 'notificationUE', code: 'VALEUR' })]);
    expect(validerLigneScdl({ ...ok, pourcentageSubvention: 0 })).toEqual([expect.objectContaining({ champ: 'pourcentageSubvention', code: 'VALEUR' })]);
    expect(validerLigneScdl({ ...ok, idRAE: '123456' })).toEqual([expect.objectContaining({ champ: 'idRAE', code: 'VALEUR' })]);
    expect(validerLigneScdl({ ...ok, dateConvention: '2019-02-30' })).toEqual([expect.objectContaining({ champ: 'dateConvention', code: 'FORMAT' })]);
    expect(validerLigneScdl({ ...ok, montant: '2000' })).toEqual([expect.objectContaining({ champ: 'montant', code: 'FORMAT' })]);
    expect(validerLigneScdl({ ...ok, autre: 'x' })).toEqual([expect.objectContaining({ code: 'VALEUR' })]);
  });
});
