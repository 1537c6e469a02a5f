/**
 * Validates each data file against its JSON Schema and turns Ajv's errors into messages that name
 * the file, the record and the field.
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import Ajv, {type ErrorObject} from 'ajv';
import addFormats from 'ajv-formats';
import {recordName, type DataProblem} from './data-problem.ts';
import {DATA_FILES, OBJECT_FILES, type DataFileName} from './raw-types.ts';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));

export function readSchema(name: string): object {
  return JSON.parse(readFileSync(`${schemaDir}${name}.schema.json`, 'utf8')) as object;
}

function createValidators() {
  // allErrors: a data editor fixes every mistake in one pass instead of one per build.
  const ajv = new Ajv({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, discriminator: true});
  addFormats(ajv);
  ajv.addSchema(readSchema('common'));
  return Object.fromEntries(DATA_FILES.map((name) => [name, ajv.compile(readSchema(name))])) as Record<
    DataFileName,
    ReturnType<typeof ajv.compile>
  >;
}

let validators: ReturnType<typeof createValidators> | undefined;

/** `/3/places/0/place` → `places[0].place` */
function fieldPath(segments: string[]): string {
  return segments.reduce((path, segment) => {
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : segment;
  }, '');
}

function describe(error: ErrorObject): {extraField?: string; message: string} {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {extraField: String(params.missingProperty), message: 'is required but missing'};
    case 'additionalProperties':
      return {extraField: String(params.additionalProperty), message: 'is not an allowed field (check its spelling)'};
    case 'format':
      return {message: params.format === 'date' ? 'must be a real date written YYYY-MM-DD' : `must be a valid ${String(params.format)}`};
    case 'enum':
      return {message: `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`};
    case 'const':
      return {message: `must be ${JSON.stringify(params.allowedValue)}`};
    case 'pattern':
      // The text definitions' pattern only asks for one visible character.
      return {message: params.pattern === '\\S' ? 'must not be empty' : `has the wrong form (expected to match ${String(params.pattern)})`};
    case 'not':
      // The only `not`s are the report kinds' fields (reports.schema.json).
      return {message: 'has a field its kind does not allow ("claimBy" goes only with kind "claim", "movedTo" only with "moved")'};
    default:
      return {message: error.message ?? 'is invalid'};
  }
}

/**
 * Ajv reports every branch of a `oneOf`/`anyOf`/`if` that failed; the branch errors say more than the
 * summary, so the summary is dropped when branch errors exist for the same place.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const summaries = new Set(['oneOf', 'anyOf', 'if']);
  const detailed = errors.filter((e) => !summaries.has(e.keyword));
  const kept = errors.filter((e) => !summaries.has(e.keyword) || !detailed.some((d) => d.instancePath.startsWith(e.instancePath)));
  return kept.length ? kept : errors;
}

/** Every schema problem in one data file; an empty list when the file is valid. */
export function validateAgainstSchema(name: DataFileName, value: unknown): DataProblem[] {
  validators ??= createValidators();
  const validate = validators[name];
  if (validate(value)) return [];
  const file = `data/${name}.json`;
  if (OBJECT_FILES.has(name)) {
    // One object, not a list: the record is the file, the field the whole path.
    return dedupe(
      mostSpecific(validate.errors ?? []).map((error): DataProblem => {
        const {extraField, message} = describe(error);
        const segments = error.instancePath.split('/').slice(1);
        return {file, record: '(whole file)', field: fieldPath(extraField ? [...segments, extraField] : segments), message};
      }),
    );
  }
  const problems = mostSpecific(validate.errors ?? []).map((error): DataProblem => {
    const [index, ...rest] = error.instancePath.split('/').slice(1);
    const {extraField, message} = describe(error);
    const segments = extraField ? [...rest, extraField] : rest;
    if (index === undefined) return {file, record: '(whole file)', field: '', message: `must be a list of records (${message})`};
    return {file, record: recordName(value, Number(index)), field: fieldPath(segments), message};
  });
  return dedupe(problems);
}

/** A oneOf can report the same place twice through different branches; say it once. */
function dedupe(problems: DataProblem[]): DataProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.record}|${p.field}|${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
