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
