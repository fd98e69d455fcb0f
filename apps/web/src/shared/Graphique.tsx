import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { formatMontant } from './format';

export interface Serie {
  nom: string;
  /** Cents. */
  valeurs: number[];
}

/**
 * A bar chart drawn by ECharts (loaded with the first chart: it stays out of the initial bundle), in SVG, with
 * French amounts. Always shown above the table of the same figures (the table is the accessible version: the
 * chart is an image with a label).
 */
export function Graphique({ titre, categories, series, hauteur = 280 }: { titre: string; categories: string[]; series: Serie[]; hauteur?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { dispose(): void; resize(): void } | null = null;
    let annule = false;
    const onResize = () => chart?.resize();
    (async () => {
      const [core, charts, components, renderers] = await Promise.all([
        import('echarts/core'),
        import('echarts/charts'),
        import('echarts/components'),
        import('echarts/renderers'),
      ]);
      if (annule || !element.current) return;
      core.use([charts.BarChart, components.GridComponent, components.TooltipComponent, components.LegendComponent, renderers.SVGRenderer]);
      const instance = core.init(element.current, undefined, { renderer: 'svg', locale: 'FR' });
      instance.setOption({
        animation: false,
        color: ['#1c4f8a', '#2f9e44', '#e8590c', '#862e9c', '#0b7285', '#c92a2a'],
        tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatMontant(Math.round(value)) },
        legend: { top: 0, textStyle: { color: '#212529' } },
        grid: { left: 96, right: 16, bottom: 28, top: 36 },
        xAxis: { type: 'category', data: categories, axisLabel: { color: '#212529', interval: 0, width: 110, overflow: 'truncate' } },
        yAxis: { type: 'value', axisLabel: { color: '#212529', formatter: (value: number) => formatMontant(Math.round(value)) } },
        series: series.map((serie) => ({ name: serie.nom, type: 'bar', data: serie.valeurs })),
      });
      chart = instance;
      window.addEventListener('resize', onResize);
    })();
    return () => {
      annule = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [categories, series]);
  return <Box ref={element} role="img" aria-label={`Graphique : ${titre} (les mêmes chiffres sont dans le tableau qui suit)`} h={hauteur} w="100%" />;
}
