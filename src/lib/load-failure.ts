/**
 * Why code loaded on demand did not arrive, in the reader's words: a module that cannot be fetched
 * means no connection (the browsers' own messages name the file, which means nothing to a reader).
 */
export function loadFailureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(message)
    ? 'part of the page could not be downloaded. Check the connection and try again.'
    : message;
}
