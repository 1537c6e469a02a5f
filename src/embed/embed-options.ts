/**
 * How the page was asked to present itself, from its URL: `embed=1` for the compact layout inside
 * someone else's article, and `id` naming this embed in the messages it sends to the host page.
 */
export interface EmbedOptions {
  embed: boolean;
  /** Names this embed in height and state messages; the host's listener may use it. */
  id: string;
}

export const DEFAULT_EMBED_ID = 'ukraine-january-2022';

/** Ids are echoed into messages and embed code, so only plain ones are accepted. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  return {embed: params.get('embed') === '1', id: id && ID_PATTERN.test(id) ? id : DEFAULT_EMBED_ID};
}

/** The address of the full page showing the same view: the embed's own parameters removed. */
export function fullPageUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.delete('id');
  return url.href;
}
