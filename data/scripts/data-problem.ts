/** One thing wrong with the data, located precisely enough to fix it without searching. */
export interface DataProblem {
  /** Path of the file relative to the project, e.g. `data/events.json`. */
  file: string;
  /** The record's `id`, or its position when it has none. */
  record: string;
  /** Path of the field inside the record, e.g. `places[0].place`; empty for the whole record. */
  field: string;
  message: string;
}

/** `data/events.json: record "nato-russia-council", field "date": must be a date (YYYY-MM-DD)` */
export function formatDataProblem({file, record, field, message}: DataProblem): string {
  const where = field ? `record ${record}, field "${field}"` : `record ${record}`;
  return `${file}: ${where}: ${message}`;
}

/** Thrown by the data build; its message lists every problem found, one per line. */
export class DataError extends Error {
  readonly problems: DataProblem[];

  constructor(problems: DataProblem[]) {
    super(`The data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatDataProblem(p)}`).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Names a record for a message: its id when it has a usable one, else its index. */
export function recordName(records: unknown, index: number): string {
  const record = Array.isArray(records) ? (records[index] as unknown) : undefined;
  if (record && typeof record === 'object' && 'id' in record && typeof record.id === 'string' && record.id) {
    return `"${record.id}"`;
  }
  return `#${index + 1}`;
}
