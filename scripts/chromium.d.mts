export interface FoundBrowser {
  path: string;
  /** How it was found: `CHROMIUM_PATH`, `Playwright’s browsers` or `the system`. */
  source: string;
}
export interface SearchContext {
  env: Record<string, string | undefined>;
  platform: string;
  home: string;
  cwd?: string;
  isFile: (path: string) => boolean;
  listFolder: (path: string) => string[];
  pinned: () => string | undefined;
}
export declare const NO_INSTALL_VARIABLE: string;
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumArgs(options?: {asRoot?: boolean}): string[];
export declare function installIsOff(env?: Record<string, string | undefined>): boolean;
export declare function playwrightBrowsersFolder(context: Pick<SearchContext, 'env' | 'platform' | 'home' | 'cwd'>): string | undefined;
export declare function systemPaths(context: Pick<SearchContext, 'env' | 'platform' | 'home'>): string[];
export declare function findBrowser(context: SearchContext): FoundBrowser | undefined;
export declare function findChromium(): string | undefined;
export declare function installCommands(platform?: string): string;
export declare function ensureChromium(): FoundBrowser;
export declare function chromiumLaunchOptions(): {executablePath: string; args: string[]; chromiumSandbox: boolean};
