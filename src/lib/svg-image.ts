/**
 * An SVG of the page as an image a canvas can draw. The page styles its SVGs with CSS classes and
 * variables, which an SVG loaded as an image does not see; the styles that matter are copied
 * onto a clone, element by element, as presentation attributes.
 */

/** The properties the page's SVG styles set. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'vector-effect',
] as const;

export function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    // As presentation attributes: a `style` attribute would break the page's Content Security
    // Policy (no inline styles), and these say the same to an SVG renderer.
    for (const name of PROPERTIES) copy.setAttribute(name, computed.getPropertyValue(name));
  });
  return clone;
}

/** Loads the SVG, at `width` × `height` CSS pixels, as an image. */
export function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = inlineStyles(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], {type: 'image/svg+xml'}));
  const image = new Image();
  return new Promise<HTMLImageElement>((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map could not be drawn as an image.'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}
