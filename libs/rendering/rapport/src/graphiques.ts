import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { SerieGraphique } from './contenu';
import { entier, euros } from './format';

/**
 * Charts drawn on the server with no browser and no external binary: ECharts' server-side SVG renderer, then
 * resvg for the PNG that Word needs, with the DejaVu fonts of an npm package and no system font, so that the
 * bytes do not depend on the machine (docs/adr/0017-rendu-rapport-deterministe.md).
 */
const POLICE = 'DejaVu Sans';
const POLICES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((fichier) => require.resolve(`dejavu-fonts-ttf/ttf/${fichier}`));
export const TAILLE_GRAPHIQUE = { largeur: 640, hauteurParCategorie: 34, marge: 70 } as const;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the FR locale ships as a CommonJS object
const FR = require('echarts/i18n/langFR-obj.js') as { default?: object };
echarts.registerLocale('FR', (FR.default ?? FR) as Parameters<typeof echarts.registerLocale>[1]);

export function hauteurGraphique(serie: SerieGraphique): number {
  return TAILLE_GRAPHIQUE.marge + Math.max(2, serie.categories.length) * TAILLE_GRAPHIQUE.hauteurParCategorie;
}

const formater = (serie: SerieGraphique) => (valeur: number) => (serie.unite === 'euros' ? euros(valeur) : entier(valeur));

/**
 * ECharts numbers its instances and style classes process-wide (`zr3-cls-12`): the same chart drawn twice would
 * differ. Each such name is renamed by order of first appearance, so the SVG depends on the chart only.
 */
export function normaliserSvg(svg: string): string {
  const noms = new Map<string, string>();
  return svg.replace(/zr\d+-[a-z]+-\d+/g, (nom) => {
    if (!noms.has(nom)) noms.set(nom, `g${noms.size}`);
    return noms.get(nom)!;
  });
}

/** A horizontal bar chart of one series, labels in French (« 2 500 000 € »), as a standalone SVG document. */
export function graphiqueSvg(serie: SerieGraphique): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: TAILLE_GRAPHIQUE.largeur, height: hauteurGraphique(serie), locale: 'FR' });
  try {
    const format = formater(serie);
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: POLICE, fontSize: 11, color: '#1f2933' },
      grid: { left: 10, right: 110, top: 10, bottom: 30, containLabel: true },
      // each bar carries its value: axis labels would only crowd the chart (« 1 000 0001 500 000 »)
      xAxis: { type: 'value', axisLabel: { show: false } },
      yAxis: { type: 'category', inverse: true, data: serie.categories, axisLabel: { width: 220, overflow: 'break', fontFamily: POLICE } },
      series: [
        {
          type: 'bar',
          data: serie.valeurs,
          itemStyle: { color: '#1d4e89' },
          label: { show: true, position: 'right', fontFamily: POLICE, formatter: (p: { value: unknown }) => format(Number(p.value)) },
        },
      ],
    });
    return normaliserSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** The SVG as a PNG at twice its size (print quality), drawn with the packaged fonts only. */
export function svgEnPng(svg: string): Buffer {
  const rendu = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: POLICES, defaultFontFamily: POLICE, sansSerifFamily: POLICE },
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
  });
  return Buffer.from(rendu.render().asPng());
}
