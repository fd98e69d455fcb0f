import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * A neutral, accessible theme (not the State's DSFR, whose terms exclude territorial administrations; ADR
 * web-application-stack): a dark blue primary (white text on it ≥ 4.5:1) and dimmed text dark enough for WCAG 2.1
 * AA on white.
 */
export const theme = createTheme({
  primaryColor: 'marine',
  primaryShade: 7,
  colors: {
    marine: ['#eaf1fb', '#d3e1f5', '#a6c2ea', '#769fde', '#4f82d3', '#3670cc', '#2a63b8', '#1c4f8a', '#17426f', '#113353'],
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
  components: {
    // A badge is a word or two (a status, a warning): written in full, never cut to « Re… » by a narrow table
    // column or a row of a phone's width (the browser tests refuse a cut label: test/e2e/src/support/browser.ts).
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content', flexShrink: 0 } } }),
  },
});

export const variablesCss: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#5c636a',
    '--mantine-color-anchor': '#1c4f8a',
    // text of the light variants (alert titles, light badges) on their tinted background: Mantine's shade 9 of
    // these colours stays under 4.5:1 there; these pass WCAG 2.1 AA
    '--mantine-color-green-light-color': '#1b5e2a',
    '--mantine-color-teal-light-color': '#0b5e54',
    '--mantine-color-cyan-light-color': '#0b5669',
    '--mantine-color-orange-light-color': '#8a4b08',
    '--mantine-color-yellow-light-color': '#6b5500',
    '--mantine-color-blue-light-color': '#1864ab',
  },
  dark: {},
});
