import JSZip from 'jszip';
import { assemblerRapport, documentEnCours, type DocumentRapport } from '@cdv/projections-rapport';
import { contenuDuRapport } from './contenu';
import { rendreDocx } from './docx';
import { dateCourte, dateLongue, decimal, entier, euros, pourcent } from './format';
import { graphiqueSvg, normaliserSvg, svgEnPng } from './graphiques';
import { rendreHtml } from './html';

const NBSP = '\u00a0';

/** A workspace with nothing recorded yet: every block still renders, saying so. */
function documentVide(extra: Partial<DocumentRapport['etat']> = {}): DocumentRapport {
  const rapport = assemblerRapport({
    tenantId: 'demo',
    annee: 2024,
    etabliAu: { position: 42, asOf: '2025-03-01T10:00:00.000Z' },
    territoire: null,
    qpvs: [],
    cadres: [],
    engagements: [],
    indicateurs: [],
    chiffresDeclares: [],
    appel: null,
    dossiers: [],
    dispositifs: [],
    regles: [],
  });
  const document = documentEnCours(rapport, null);
  return {
    ...document,
    etat: { ...document.etat, ...extra },
    sections: [{ sectionId: 'intro', titre: 'Intro <1>', texte: 'A & B', ordre: 5, chiffreId: null, provenance: { type: 'redige' } }],
  };
}

describe('rendering the rapport annuel', () => {
  it('writes numbers, money, percentages and dates in French without depending on the machine', () => {
    expect(entier(2_500_000)).toBe(`2${NBSP}500${NBSP}000`);
    expect(euros(171_298_900)).toBe(`1${NBSP}712${NBSP}989${NBSP}€`);
    expect(euros(1_250)).toBe(`12,50${NBSP}€`);
    expect(decimal('1712989.00')).toBe(`1${NBSP}712${NBSP}989,00`);
    expect(decimal('-3')).toBe('-3');
    expect(pourcent('35.3')).toBe(`35,3${NBSP}%`);
    expect(pourcent(null)).toBe('—');
    expect(dateLongue('2020-09-29')).toBe('29 septembre 2020');
    expect(dateLongue('2020-11-01T10:00:00.000Z')).toBe('1er novembre 2020');
    expect(dateCourte('2020-11-18')).toBe('18/11/2020');
  });

  it('draws a chart as SVG on the server, values in French, the same bytes each time', () => {
    const serie = { titre: 'Financeurs', unite: 'euros' as const, categories: ['État', 'Région'], valeurs: [250_000_000, 30_000_000] };
    const svg = graphiqueSvg(serie);
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain(`2${NBSP}500${NBSP}000${NBSP}€`);
    expect(svg).toContain('Région');
    expect(graphiqueSvg(serie)).toBe(svg);
    expect(normaliserSvg('<g class="zr7-cls-3"></g><g class="zr7-cls-9"></g><g class="zr7-cls-3"></g>')).toBe(
      '<g class="g0"></g><g class="g1"></g><g class="g0"></g>',
    );
    const png = svgEnPng(svg);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(svgEnPng(svg).equals(png)).toBe(true);
  });

  it('renders an empty workspace’s report, every chapter saying what is missing', () => {
    const { blocs, couverture, horodatage } = contenuDuRapport(documentVide());
    expect(couverture.statut).toBe('Document de travail non arrêté – chiffres au 1er mars 2025');
    expect(horodatage).toBe('2025-03-01T10:00:00.000Z');
    const textes = blocs.flatMap((b) => (b.type === 'paragraphe' ? [b.texte] : []));
    expect(textes).toEqual(
      expect.arrayContaining([
        'Aucun cadre stratégique n’est enregistré.',
        'Aucun dispositif n’est enregistré.',
        'Tous les chiffres déclarés concordent avec les chiffres calculés.',
        'Le rapport n’a pas encore été soumis à la consultation des communes et des conseils citoyens (décret n° 2015-1118, article 4).',
      ]),
    );
  });

  it('gives byte-identical DOCX for the same document, dated with the report’s own instant', async () => {
    const [a, b] = [await rendreDocx(documentVide()), await rendreDocx(documentVide())];
    expect(a.equals(b)).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('>2025-03-01T10:00:00Z</dcterms:modified>');
    expect(Object.values(zip.files).every((f) => f.date.toISOString() === '2025-03-01T10:00:00.000Z')).toBe(true);
    const autre = await rendreDocx(documentVide({ version: 2 }));
    expect(autre.equals(a)).toBe(false);
  });

  it('escapes what users write in the HTML', () => {
    const html = rendreHtml(documentVide());
    expect(html).toContain('<h2 id="section-intro">Intro &lt;1&gt;</h2>');
    expect(html).toContain('<p>A &amp; B</p>');
    expect(rendreHtml(documentVide())).toBe(html);
  });
});
