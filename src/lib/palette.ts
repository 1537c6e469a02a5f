/**
 * The map's palettes, light and dark: one source for the WebGL style, its icons, the SVG map's CSS
 * variables and the legend. Troop sites and meeting places differ in shape as well as colour; the
 * hues come from the Okabe–Ito set, which stays distinct for the common forms of colour blindness,
 * adjusted for contrast on each background.
 */
export type Theme = 'light' | 'dark';

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

/**
 * Publishes the palette as CSS variables (`--map-site`, `--map-ukraine-border` …) on the page, for
 * the SVG map, the legend and the timeline. Set through the CSS object model, which the page's
 * Content-Security-Policy allows.
 */
export function applyPaletteVariables(theme: Theme, root: HTMLElement = document.documentElement): void {
  for (const [key, value] of Object.entries(MAP_PALETTES[theme])) {
    root.style.setProperty(`--map-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
}
