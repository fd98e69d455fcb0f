import type { NaturePartenaire } from '@cdv/domain-territoire';
import type { CabbalrFixture } from './fixtures.types';
import { rnaSynthetique, siretSynthetique } from './identifiants-synthetiques';
import type { SeedBuilder } from './seed-builder';

const NOTE = 'synthetic identifiers: the report gives no SIRET or RNA (ADR « exports and SCDL »)';

/**
 * SIRET (and RNA for associations and conseils citoyens) of the CABBALR demo's partners, so that its SCDL
 * « subventions » files can be written: the EPCI and the État as attribuants, every porteur of the report's list
 * (L175–L260) as beneficiary. The report gives none: all are synthetic (identifiants-synthetiques.ts) and marked
 * so in the commands' provenance. Appended after the partners are registered; ids resolve through the builder.
 */
export function renseignerIdentifiantsCabbalr(seed: SeedBuilder, fixture: CabbalrFixture): void {
  const { associations, institutions } = fixture.programmation_2019.porteurs;
  const partenaires: Array<{ id: string | null; nature: NaturePartenaire | 'institution' }> = [
    { id: 'cabbalr', nature: 'epci' },
    { id: 'etat', nature: 'etat_service' },
    ...associations.map((a) => ({ id: seed.resoudre(a.name), nature: (a.is_conseil_citoyen ? 'conseil_citoyen' : 'association') as NaturePartenaire })),
    ...institutions.map((i) => ({ id: seed.resoudre(i.name), nature: 'institution' as const })),
  ];
  const faits = new Set<string>();
  let numero = 0;
  for (const { id, nature } of partenaires) {
    if (!id || faits.has(id)) continue; // the porteur list prints four associations twice
    faits.add(id);
    numero += 1;
    const { siret } = siretSynthetique(numero);
    // A conseil citoyen receives its subsidies as an association (the report's FCS lines, L394): it has both.
    const rna = nature === 'association' || nature === 'conseil_citoyen' ? rnaSynthetique(numero) : null;
    seed.add(seed.partenaire(id), 'RenseignerIdentifiantsPartenaire', { siret, rna }, { key: `identifiants:${id}`, lines: null, note: NOTE });
  }
}
