/**
 * Markup written as text, for what the build puts into the page before any script runs (the key,
 * the story in text). Every text and attribute value goes through `escapeHtml`: words from the data
 * files are never read as markup.
 */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Attributes as markup: `true` writes the bare name, `false` and `undefined` leave it out. */
export function attributes(attrs: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/** An element as markup; `content` is markup already (escape text with `escapeHtml`). */
export function tag(name: string, attrs: Record<string, string | number | boolean | undefined>, content = ''): string {
  return `<${name}${attributes(attrs)}>${content}</${name}>`;
}
