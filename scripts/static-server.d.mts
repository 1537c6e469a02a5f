/** Content types by file extension. */
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
/** Serves `folder` on `port` (on 127.0.0.1); resolves with a function that stops the server. */
export declare function serveFolder(folder: string, port: number): Promise<() => void>;
