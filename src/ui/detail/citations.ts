/** How a citation reads on the page: publisher, title, date, and the supporting words. */
import type {Citation, Source} from '../../story/types.ts';
import {h, externalLink} from '../../lib/dom.ts';
import {formatDate, formatMonth, sourceTitle} from '../../lib/format.ts';

// Built when first needed: the first `Intl.DisplayNames` of a page costs tens of milliseconds
// (the browser loads its names), which a page's start-up should not pay for a name it may not show.
let languages: Intl.DisplayNames | undefined;
const languageNames = () => (languages ??= new Intl.DisplayNames(['en'], {type: 'language'}));

function published(source: Source): string {
  if (!source.published) return '';
  return source.published.length === 10 ? formatDate(source.published) : formatMonth(source.published);
}

/**
 * After the link: the state-media label of an outlet controlled by a party to the story, and the
 * copy that was read where the original could not be read in full (never instead of the original).
 */
function provenance(source: Source): (HTMLElement | string)[] {
  return [
    source.stateMedia ? h('span', {className: 'citation__state-media'}, ` ${source.stateMedia}.`) : '',
    source.readVia
      ? h('span', {className: 'citation__read-via'}, ' Read via ', externalLink(source.readVia, hostOf(source.readVia)), '.')
      : '',
  ];
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function citationItem(citation: Citation, sources: Readonly<Record<string, Source>>): HTMLLIElement {
  const source = sources[citation.source];
  if (!source) return h('li', {}, `Source “${citation.source}” is missing from this version of the data.`);
  const details = [published(source), source.language ? `in ${languageNames().of(source.language) ?? source.language}` : '']
    .filter(Boolean)
    .join(', ');
  return h(
    'li',
    {className: 'citation'},
    externalLink(source.url, sourceTitle(source)),
    details ? ` (${details})` : '',
    ...provenance(source),
    citation.quote ? h('q', {className: 'citation__quote', attrs: source.language ? {lang: source.language} : {}}, citation.quote) : null,
    citation.translation ? h('span', {className: 'citation__translation'}, ` Translation: “${citation.translation}”`) : null,
  );
}

export function citationList(citations: readonly Citation[], sources: Readonly<Record<string, Source>>, label = 'Sources'): HTMLElement {
  return h(
    'div',
    {className: 'citations'},
    h('h4', {className: 'citations__title'}, label),
    h('ol', {className: 'citations__list'}, ...citations.map((c) => citationItem(c, sources))),
  );
}
