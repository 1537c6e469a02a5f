/**
 * Every colour of the page and the maps, light and dark, defined once. The page's stylesheet gets
 * them as CSS variables generated from here at build time (`themeCss`, through Vite), the WebGL
 * style, its icons, the timeline's canvas and the exported image read them directly.
 *
 * Troop sites and meeting places differ in shape as well as colour; the hues come from the
 * Okabe–Ito set, which stays distinct for the common forms of colour blindness, adjusted for
 * contrast on each background.
 */
import type {EventKind} from '../story/types.ts';

export type Theme = 'light' | 'dark';

/** The page's colours (`--text`, `--surface` …). */
export interface PagePalette {
  text: string;
  textMuted: string;
  background: string;
  surface: string;
  surfaceHover: string;
  surfaceSelected: string;
  rule: string;
  ruleSoft: string;
  controlBorder: string;
  accent: string;
  accentHover: string;
  onAccent: string;
  link: string;
  doubtBg: string;
  doubtRule: string;
  focus: string;
  focusHalo: string;
  tooltipBg: string;
  tooltipText: string;
  error: string;
  weekBand: string;
  weekText: string;
  chartLine: string;
  chartInk: string;
  timelineMarkOutline: string;
  backdrop: string;
  /** A CSS filter for MapLibre's control icons, which its stylesheet draws dark. */
  controlIconFilter: string;
}

/** The map's colours (`--map-sea`, `--map-site` …). */
export interface MapPalette {
  sea: string;
  land: string;
  /** Russia and Belarus: the countries the forces were reported in. */
  actorLand: string;
  ukraine: string;
  ukraineBorder: string;
  border: string;
  /** The Crimea hatching. */
  occupied: string;
  site: string;
  /** Labels of active sites. */
  siteText: string;
  siteDeparted: string;
  siteUnverified: string;
  /** Fill of hollow symbols (departed, unverified). */
  hollow: string;
  venue: string;
  venueStroke: string;
  venueText: string;
  city: string;
  text: string;
  textMuted: string;
  halo: string;
  countryText: string;
  focus: string;
}

export const PAGE_PALETTES: Record<Theme, PagePalette> = {
  light: {
    text: '#1f1f1f',
    textMuted: '#4d4d4d',
    background: '#fafaf7',
    surface: '#ffffff',
    surfaceHover: '#f0eee8',
    surfaceSelected: '#e3edf7',
    rule: '#d9d6cc',
    ruleSoft: '#efece4',
    controlBorder: '#8a8578',
    accent: '#1b4f8a',
    accentHover: '#163f6e',
    onAccent: '#ffffff',
    link: '#0b57a4',
    doubtBg: '#fff4d6',
    doubtRule: '#b07d00',
    focus: '#111111',
    focusHalo: '#ffffff',
    tooltipBg: '#1f1f1f',
    tooltipText: '#ffffff',
    error: '#a13a2a',
    weekBand: '#e3edf7',
    weekText: '#1b4f8a',
    chartLine: '#6d6d6d',
    chartInk: '#3d3d3d',
    timelineMarkOutline: '#ffffff',
    backdrop: 'rgba(0, 0, 0, 0.45)',
    controlIconFilter: 'none',
  },
  dark: {
    text: '#ececec',
    textMuted: '#c4c4c4',
    background: '#141414',
    surface: '#1f1f1f',
    surfaceHover: '#2a2a2a',
    surfaceSelected: '#1f3350',
    rule: '#3d3d3d',
    ruleSoft: '#2e2e2e',
    controlBorder: '#8d8d8d',
    accent: '#9cc3ff',
    accentHover: '#c2dbff',
    onAccent: '#0e1b25',
    link: '#8ab8ff',
    doubtBg: '#3a2f00',
    doubtRule: '#e0b000',
    focus: '#ffffff',
    focusHalo: '#000000',
    tooltipBg: '#ececec',
    tooltipText: '#141414',
    error: '#ff9b85',
    weekBand: '#1f3350',
    weekText: '#9cc3ff',
    chartLine: '#a0a0a0',
    chartInk: '#d0d0d0',
    timelineMarkOutline: '#1f1f1f',
    backdrop: 'rgba(0, 0, 0, 0.65)',
    controlIconFilter: 'invert(1)',
  },
};

/** Each kind of event's colour (`--kind-build-up` …): on the timeline, in the lists, the legend. */
export const KIND_COLOURS: Record<Theme, Record<EventKind, string>> = {
  light: {diplomacy: '#0063a6', 'build-up': '#c44e00', statement: '#9c4a86', decision: '#1f1f1f'},
  dark: {diplomacy: '#5cb2ff', 'build-up': '#ff8a3d', statement: '#e08ad0', decision: '#eeeeee'},
};

export const MAP_PALETTES: Record<Theme, MapPalette> = {
  light: {
    sea: '#cddde8',
    land: '#ecebe6',
    actorLand: '#e2ddd2',
    ukraine: '#fdfbf3',
    ukraineBorder: '#1b4f8a',
    border: '#9a968c',
    occupied: '#a13a2a',
    site: '#c44e00',
    siteText: '#8a3300',
    siteDeparted: '#6d6d6d',
    siteUnverified: '#7a4a2f',
    hollow: '#ffffff',
    venue: '#0063a6',
    venueStroke: '#ffffff',
    venueText: '#003f6b',
    city: '#333333',
    text: '#1f1f1f',
    textMuted: '#4d4d4d',
    halo: 'rgba(255,255,255,0.92)',
    countryText: '#5e5a52',
    focus: '#111111',
  },
  dark: {
    sea: '#0e1b25',
    land: '#2b2b29',
    actorLand: '#3a352c',
    ukraine: '#3a4658',
    ukraineBorder: '#9cc3ff',
    border: '#75716a',
    occupied: '#ff9b85',
    site: '#ff8a3d',
    siteText: '#ffb27f',
    siteDeparted: '#a8a8a8',
    siteUnverified: '#d9a07a',
    hollow: '#1e1e1e',
    venue: '#5cb2ff',
    venueStroke: '#0e1b25',
    venueText: '#a8d3ff',
    city: '#dddddd',
    text: '#eeeeee',
    textMuted: '#c4c4c4',
    halo: 'rgba(14,20,26,0.9)',
    countryText: '#bdb6a8',
    focus: '#ffffff',
  },
};

/** The light palette: the social preview and tests use it. */
export const MAP_COLOURS = MAP_PALETTES.light;

/** Countries whose territory hosted the reported forces, drawn a shade darker than the rest. */
export const ACTOR_COUNTRIES = ['RU', 'BY'] as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The CSS variables of a theme: `--text`, `--kind-diplomacy`, `--map-sea` … */
export function themeVariables(theme: Theme): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(PAGE_PALETTES[theme]).map(([key, value]) => [`--${kebab(key)}`, value])),
    ...Object.fromEntries(Object.entries(KIND_COLOURS[theme]).map(([kind, value]) => [`--kind-${kind}`, value])),
    ...Object.fromEntries(Object.entries(MAP_PALETTES[theme]).map(([key, value]) => [`--map-${kebab(key)}`, value])),
  };
}

/**
 * The stylesheet of the themes: light by default; dark when the reader chose it (the theme
 * button sets `data-theme`), or when their system prefers it and they did not choose light.
 */
export function themeCss(): string {
  const block = (selector: string, theme: Theme) =>
    `${selector} {\n${Object.entries(themeVariables(theme))
      .map(([name, value]) => `  ${name}: ${value};`)
      .join('\n')}\n  color-scheme: ${theme};\n}\n`;
  return [
    block(':root', 'light'),
    block(":root[data-theme='dark']", 'dark'),
    `@media (prefers-color-scheme: dark) {\n${block(":root:not([data-theme='light'])", 'dark')}}\n`,
  ].join('');
}
