/**
 * The sourcing rules a wire desk would apply, which JSON Schema cannot express:
 *
 * - every source names a publisher in `data/publishers.json`, and its `url` is on that publisher's
 *   own domains: the link a reader follows first is the original page, not a copy of it;
 * - no source links to a copy site (content farms and mirrors, listed as `kind: "copy"`); a copy that
 *   was read instead of the original may stay only as `readVia`, beside the original's `url`;
 * - an outlet controlled by a state party to the story carries its label: a publisher whose domain is
 *   on `KNOWN_STATE_MEDIA` must have `stateMedia`;
 * - every source is cited by something (no unused sources).
 */
import type {DataProblem} from './data-problem.ts';
import type {RawData, RawPublisher} from './raw-types.ts';

/**
 * Domains of outlets controlled by a state that is a party to the story. The publisher records carry
 * the label; this list only catches a record that forgot it.
 */
export const KNOWN_STATE_MEDIA: Readonly<Record<string, string>> = {
  'tass.com': 'RU',
  'tass.ru': 'RU',
  'sputniknews.com': 'RU',
  'sputnikglobe.com': 'RU',
  'rt.com': 'RU',
  'ria.ru': 'RU',
  'rg.ru': 'RU',
  'tvzvezda.ru': 'RU',
  'belta.by': 'BY',
  'ukrinform.net': 'UA',
  'ukrinform.ua': 'UA',
  'uatv.ua': 'UA',
};

/** The host of a URL, lower-case, without a leading `www.`; null when it does not parse. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Whether `host` is `domain` or one of its subdomains. */
export function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function checkSources(data: RawData): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (file: string, record: string, field: string, message: string) =>
    problems.push({file: `data/${file}.json`, record: `"${record}"`, field, message});

  const publishers = new Map(data.publishers.map((p) => [p.id, p]));
  const copySites = data.publishers.filter((p) => p.kind === 'copy');
  const copySiteOf = (host: string): RawPublisher | undefined => copySites.find((p) => p.domains.some((d) => onDomain(host, d)));

  for (const publisher of data.publishers) {
    for (const domain of publisher.domains) {
      const state = Object.entries(KNOWN_STATE_MEDIA).find(([d]) => onDomain(domain, d))?.[1];
      if (state && !publisher.stateMedia) {
        report(
          'publishers',
          publisher.id,
          'stateMedia',
          `${domain} is an outlet controlled by a state party to the story (${state}); give the publisher its label, e.g. "Russian state media"`,
        );
      }
    }
  }

  for (const source of data.sources) {
    const publisher = publishers.get(source.publisher);
    const host = hostOf(source.url);
    if (!publisher) {
      report('sources', source.id, 'publisher', `refers to publisher "${source.publisher}", which is not in data/publishers.json`);
    } else if (publisher.kind === 'copy') {
      report(
        'sources',
        source.id,
        'publisher',
        `"${publisher.id}" is a copy site; name the original publisher and keep the copy's address as "readVia"`,
      );
    }
    const copy = host ? copySiteOf(host) : undefined;
    if (host && copy) {
      report(
        'sources',
        source.id,
        'url',
        `links to a copy site (${host}); link the original publisher's page and keep the copy's address as "readVia"`,
      );
    } else if (host && publisher && publisher.kind !== 'copy' && !publisher.domains.some((d) => onDomain(host, d))) {
      report(
        'sources',
        source.id,
        'url',
        `${host} is not a domain of its publisher "${publisher.name}" (${publisher.domains.join(', ')}); link the publisher's own page`,
      );
    }
    if (source.readVia) {
      const viaHost = hostOf(source.readVia);
      if (viaHost && publisher?.domains.some((d) => onDomain(viaHost, d))) {
        report(
          'sources',
          source.id,
          'readVia',
          'is on the publisher\'s own domain; "readVia" is only for a copy read instead of the original',
        );
      }
      if (source.readVia === source.url) report('sources', source.id, 'readVia', 'is the same address as "url"');
    }
  }

  const cited = citedSourceIds(data);
  for (const source of data.sources) {
    if (!cited.has(source.id)) report('sources', source.id, 'id', 'is cited by no record; remove it');
  }
  return problems;
}

/** Every source id that a record of the data cites, in any field. */
export function citedSourceIds(data: RawData): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (key === 'source' && typeof value === 'string') ids.add(value);
  };
  for (const file of ['places', 'reports', 'events', 'estimates', 'line-of-contact'] as const) walk(data[file]);
  return ids;
}
