/**
 * "Download image": the view as a PNG for slides and handouts, made in the browser. The map as
 * drawn, with the page's title, what the view shows, the legend and a sources line, in the theme
 * the reader sees.
 */
import {svgImage} from '../lib/svg-image.ts';
import {FONT_STACK, loadFontSubsets} from '../lib/fonts.ts';

export interface ViewImageContent {
  title: string;
  /** What the view shows, e.g. "13 January 2022 — Vienna: OSCE Permanent Council". */
  caption: string;
  map: CanvasImageSource;
  /** The map's size on the page, CSS px: the image keeps its proportions. */
  mapWidth: number;
  mapHeight: number;
  /** The timeline as drawn, with its size on the page, under the map. */
  timeline?: {image: CanvasImageSource; width: number; height: number};
  /** The legend's entries: a key (a small SVG of the page) and its text. */
  legend: readonly {key: SVGSVGElement; text: string}[];
  sources: string;
  link: string;
}

/** Layout in CSS pixels; the image is drawn at twice that, sharp on slides. */
const WIDTH = 1200;
const SCALE = 2;
const PADDING = 32;
/** The map's width in the image, device pixels: the map is drawn at that resolution. */
export const MAP_PIXEL_WIDTH = (WIDTH - 2 * PADDING) * SCALE;
const KEY = {width: 28, height: 20};

interface Line {
  text: string;
  font: string;
  colour: string;
  size: number;
}

function wrap(context: CanvasRenderingContext2D, text: string, font: string, maxWidth: number): string[] {
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export async function renderViewImage(content: ViewImageContent): Promise<HTMLCanvasElement> {
  const colours = {
    background: cssColour('--surface', '#ffffff'),
    text: cssColour('--text', '#1f1f1f'),
    muted: cssColour('--text-muted', '#4d4d4d'),
    rule: cssColour('--rule', '#d9d6cc'),
  };
  // The text is measured and drawn in the page's fonts: once they are in, or given up on after a
  // while (a font that never answers must not stall the image, as `document.fonts.ready` would).
  await loadFontSubsets();
  const keys = await Promise.all(content.legend.map((entry) => svgImage(entry.key, KEY.width, KEY.height)));

  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d')!;
  const inner = WIDTH - 2 * PADDING;
  const block = (text: string, size: number, weight: number, colour: string): Line[] => {
    const font = `${weight} ${size}px ${FONT_STACK}`;
    return wrap(measure, text, font, inner).map((t) => ({text: t, font, colour, size}));
  };
  const heading = [...block(content.title, 30, 700, colours.text), ...block(content.caption, 22, 600, colours.text)];
  const footer = [...block(content.sources, 15, 400, colours.muted), ...block(content.link, 15, 400, colours.muted)];

  const columnWidth = (inner - 24) / 2;
  const legendFont = `400 15px ${FONT_STACK}`;
  const legendRows = content.legend.map((entry) => wrap(measure, entry.text, legendFont, columnWidth - KEY.width - 10));
  const rowHeight = (lines: string[]) => Math.max(KEY.height, lines.length * 20) + 8;
  const legendHeights: number[] = [];
  for (let i = 0; i < legendRows.length; i += 2)
    legendHeights.push(Math.max(rowHeight(legendRows[i]!), legendRows[i + 1] ? rowHeight(legendRows[i + 1]!) : 0));

  const lineHeight = (line: Line) => Math.round(line.size * 1.35);
  const mapHeight = Math.round((inner * content.mapHeight) / content.mapWidth);
  const timelineHeight = content.timeline ? Math.round((inner * content.timeline.height) / content.timeline.width) : 0;
  const height =
    PADDING +
    heading.reduce((sum, line) => sum + lineHeight(line), 0) +
    12 +
    mapHeight +
    (timelineHeight ? 12 + timelineHeight : 0) +
    20 +
    legendHeights.reduce((a, b) => a + b, 0) +
    12 +
    footer.reduce((sum, line) => sum + lineHeight(line), 0) +
    PADDING;

  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d')!;
  context.scale(SCALE, SCALE);
  context.fillStyle = colours.background;
  context.fillRect(0, 0, WIDTH, height);
  context.textBaseline = 'top';

  let y = PADDING;
  const drawLines = (lines: Line[]) => {
    for (const line of lines) {
      context.font = line.font;
      context.fillStyle = line.colour;
      context.fillText(line.text, PADDING, y);
      y += lineHeight(line);
    }
  };
  drawLines(heading);
  y += 12;
  context.drawImage(content.map, PADDING, y, inner, mapHeight);
  context.strokeStyle = colours.rule;
  context.lineWidth = 1;
  context.strokeRect(PADDING + 0.5, y + 0.5, inner - 1, mapHeight - 1);
  y += mapHeight;
  if (content.timeline) {
    y += 12;
    context.drawImage(content.timeline.image, PADDING, y, inner, timelineHeight);
    context.strokeRect(PADDING + 0.5, y + 0.5, inner - 1, timelineHeight - 1);
    y += timelineHeight;
  }
  y += 20;

  context.font = legendFont;
  context.fillStyle = colours.text;
  legendHeights.forEach((rowHeightPx, row) => {
    for (const column of [0, 1]) {
      const i = row * 2 + column;
      const lines = legendRows[i];
      const key = keys[i];
      if (!lines || !key) continue;
      const x = PADDING + column * (columnWidth + 24);
      context.drawImage(key, x, y, KEY.width, KEY.height);
      lines.forEach((text, n) => context.fillText(text, x + KEY.width + 10, y + 1 + n * 20));
    }
    y += rowHeightPx;
  });
  y += 12;
  drawLines(footer);
  return canvas;
}

/** Saves the canvas as a PNG file through the browser's download. */
export async function downloadPng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not make the image.');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; it can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
