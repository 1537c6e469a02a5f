/**
 * One palette for both renderers and the legend. Troop sites and meeting places differ in shape as
 * well as colour; the hues come from the Okabe–Ito set, which stays distinct for the common forms
 * of colour blindness.
 */
export const MAP_COLOURS = {
  sea: '#cddde8',
  land: '#ecebe6',
  /** Russia and Belarus: the countries the forces were reported in. */
  actorLand: '#e2ddd2',
  ukraine: '#fdfbf3',
  ukraineBorder: '#1b4f8a',
  border: '#9a968c',
  /** The Crimea hatching. */
  occupied: '#a13a2a',
  site: '#c44e00',
  siteDeparted: '#6d6d6d',
  siteUnverified: '#7a4a2f',
  venue: '#0063a6',
  venueStroke: '#ffffff',
  city: '#333333',
  text: '#1f1f1f',
  textMuted: '#4d4d4d',
  halo: 'rgba(255,255,255,0.92)',
  countryText: '#5e5a52',
  focus: '#111111',
} as const;

/** Countries whose territory hosted the reported forces, drawn a shade darker than the rest. */
export const ACTOR_COUNTRIES = ['RU', 'BY'] as const;
