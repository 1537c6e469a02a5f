/**
 * Rules for every string in the data that JSON Schema cannot say (or cannot say clearly):
 *
 * - no control characters (NUL, tab, carriage return, escape…); a line break (`\n`) only in prose,
 *   the fields whose schema definition is `text`, `note` or `quote` (see `common.schema.json`);
 * - no bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069): they
 *   are invisible and reorder the text around them, so a reader sees something else than was
 *   written;
 * - no broken characters (unpaired UTF-16 surrogates, which `\ud800` in JSON can produce);
 * - text that has only invisible characters (zero-width spaces and joiners, word joiners, byte-order
 *   marks, fillers) is empty, as the schema's `\S` already says of spaces;
 * - a web address (`format: "uri"`) is http or https, names a real host and carries no user name
 *   or password (`https://www.nato.int@evil.example/` leads to evil.example).
 *
 * Lengths are in the schemas (`maxLength`). The rules walk each file beside its schema, so a field
 * is judged by the definition it uses, wherever it sits.
 */
import {recordName, type DataProblem} from './data-problem.ts';
import {readSchema} from './validate-schemas.ts';
import {DATA_FILES, type DataFileName} from './raw-types.ts';

interface Schema {
  $ref?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  then?: Schema;
  else?: Schema;
  definitions?: Record<string, Schema>;
}

/** What the walk knows of a string's field: its schema, and the common definition it uses. */
interface Field {
  schema: Schema | undefined;
  definition: string | undefined;
}

/** Definitions of `common.schema.json` for prose, where a line break is allowed. */
const MULTILINE_DEFINITIONS = new Set(['text', 'note', 'quote']);

const BIDI_CONTROLS: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const CONTROL_NAMES: Record<number, string> = {0x00: 'NUL', 0x09: 'tab', 0x0d: 'carriage return', 0x1b: 'escape', 0x7f: 'DEL'};

/**
 * Characters that show nothing: white space, format characters (zero-width space, non-joiner and
 * joiner, word joiner, byte-order mark, soft hyphen, bidi marks…), controls, the combining grapheme
 * joiner, the Hangul fillers and the blank Braille pattern.
 */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Z}\u034f\u115f\u1160\u3164\uffa0\u2800]/gu;

/** Top-level domains reserved for tests, examples and local networks (RFC 2606, RFC 6761, RFC 6762). */
const RESERVED_TLDS = new Set(['example', 'invalid', 'localhost', 'test', 'local', 'internal']);

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character that has no place in the field, as a message; undefined when there is none. */
function characterProblem(text: string, multiline: boolean): string | undefined {
  let position = 0;
  for (const character of text) {
    position += 1;
    const code = character.codePointAt(0) ?? 0;
    const at = `at character ${position}`;
    if (code === 0x0a) {
      if (!multiline) return `must be one line, but has a line break ${at}`;
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      const name = CONTROL_NAMES[code];
      return `contains the control character ${hex(code)}${name ? ` (${name})` : ''} ${at}; remove it`;
    } else if (code === 0x2028 || code === 0x2029) {
      return `contains the ${code === 0x2028 ? 'line' : 'paragraph'} separator ${hex(code)} ${at}; use a plain line break (\\n) in prose`;
    } else if (BIDI_CONTROLS[code]) {
      return `contains the invisible bidirectional control ${hex(code)} (${BIDI_CONTROLS[code]}) ${at}, which reorders the text around it; remove it`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      return `contains a broken character (an unpaired surrogate, ${hex(code)}) ${at}`;
    }
  }
  return undefined;
}

/** A host name of the public DNS: labels of letters, digits and hyphens, ending in a real top-level domain. */
function isRealHost(hostname: string): boolean {
  const labels = hostname.split('.');
  const tld = labels.at(-1) ?? '';
  return (
    labels.length >= 2 &&
    labels.every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) &&
    /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld) &&
    !RESERVED_TLDS.has(tld)
  );
}

/** What is wrong with a web address the schema already accepted as a URI; undefined when nothing. */
function urlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The schema's `format: "uri"` reports an address that cannot be read at all.
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `must be a web address starting with https:// or http://, not ${url.protocol}`;
  }
  if (url.username || url.password) {
    return `must not carry a user name or password before an @ (this address leads to ${url.hostname || 'no host'})`;
  }
  if (!isRealHost(url.hostname)) return `must name a real web host, such as www.nato.int, not "${url.hostname}"`;
  return undefined;
}

/** What is wrong with one string; undefined when nothing. */
function stringProblem(text: string, field: Field): string | undefined {
  const characters = characterProblem(text, field.definition !== undefined && MULTILINE_DEFINITIONS.has(field.definition));
  if (characters) return characters;
  if (text.length && !text.replace(INVISIBLE, '')) {
    return 'must not be empty (it has only spaces or invisible characters, such as zero-width spaces)';
  }
  if (field.schema?.format === 'uri') return urlProblem(text);
  return undefined;
}

class SchemaWalker {
  private readonly common: Record<string, Schema>;

  constructor(common: Schema) {
    this.common = common.definitions ?? {};
  }

  /** Follows `$ref`s to `common.schema.json` (or within it), remembering the definition's name. */
  resolve(schema: Schema | undefined, definition?: string): Field {
    const name = schema?.$ref ? /#\/definitions\/([\w-]+)$/.exec(schema.$ref)?.[1] : undefined;
    if (name) return this.resolve(this.common[name], name);
    return {schema, definition};
  }

  /** The schema and its branches (`oneOf`, `anyOf`, `allOf`, `then`, `else`), resolved. */
  private branches(schema: Schema | undefined): Schema[] {
    if (!schema) return [];
    const nested = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? []), schema.then, schema.else];
    return [schema, ...nested.flatMap((branch) => this.branches(this.resolve(branch).schema))];
  }

  property(schema: Schema | undefined, key: string): Field {
    const found = this.branches(schema).find((branch) => branch.properties?.[key]);
    return this.resolve(found?.properties?.[key]);
  }

  items(schema: Schema | undefined): Field {
    return this.resolve(this.branches(schema).find((branch) => branch.items)?.items);
  }
}

/** `['quotes', 0, 'text']` → `quotes[0].text`, as the schema messages write it. */
function fieldPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : segment;
  }, '');
}

let walker: SchemaWalker | undefined;
let fileSchemas: Record<DataFileName, Schema> | undefined;

/** Every text problem in the data files, named by file, record and field. */
export function checkText(files: Record<DataFileName, unknown>): DataProblem[] {
  walker ??= new SchemaWalker(readSchema('common') as Schema);
  fileSchemas ??= Object.fromEntries(DATA_FILES.map((name) => [name, readSchema(name) as Schema])) as Record<DataFileName, Schema>;
  const schemaWalker = walker;
  const problems: DataProblem[] = [];

  for (const name of DATA_FILES) {
    const records = files[name];
    if (!Array.isArray(records)) continue;
    const file = `data/${name}.json`;
    const visit = (value: unknown, field: Field, path: (string | number)[], record: string) => {
      if (typeof value === 'string') {
        const message = stringProblem(value, field);
        if (message) problems.push({file, record, field: fieldPath(path), message});
      } else if (Array.isArray(value)) {
        const items = schemaWalker.items(field.schema);
        value.forEach((item, i) => visit(item, items, [...path, i], record));
      } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) visit(item, schemaWalker.property(field.schema, key), [...path, key], record);
      }
    };
    const recordSchema = schemaWalker.items(fileSchemas[name]);
    records.forEach((record, i) => visit(record, recordSchema, [], recordName(records, i)));
  }
  return problems;
}
