/**
 * A tiny element builder. Text always goes in as text nodes, never as HTML, so words from the data
 * files can never become markup or script.
 */
type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  /** Attributes set with `setAttribute` (`aria-*`, `data-*`, `href`, `role` …). */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners; the element is their only owner, so they go when it goes. */
  on?: {[K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void};
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) element.addEventListener(type, listener as EventListener);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A link to a page elsewhere: opens in a new tab and tells that page nothing about this one. */
export function externalLink(href: string, text: string, props: ElementProps = {}): HTMLAnchorElement {
  return h('a', {...props, attrs: {...props.attrs, href, target: '_blank', rel: 'noopener noreferrer'}}, text);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes (the SVG counterpart of `h`, for drawings). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** A small decorative SVG (a legend key, a list mark): hidden from screen readers, never focusable. */
export function svgIcon(width: number, height: number, ...children: SVGElement[]): SVGSVGElement {
  return svg('svg', {viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true', focusable: 'false'}, ...children);
}
