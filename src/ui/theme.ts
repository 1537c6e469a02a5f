/**
 * Light or dark: the reader's system setting (`prefers-color-scheme`) unless they chose otherwise
 * with the toggle, which is remembered where the browser allows it. The choice is the `data-theme`
 * attribute of the page; CSS and the maps follow it.
 */
import type {Theme} from '../lib/palette.ts';

const STORAGE_KEY = 'theme';
const CHANGE_EVENT = 'themechange';
const dark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be refused (a sandboxed frame, strict privacy settings): the system setting rules.
    return null;
  }
}

export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  return chosen === 'light' || chosen === 'dark' ? chosen : dark() ? 'dark' : 'light';
}

/**
 * Applies the theme at start-up, before the page is shown (first-paint.ts): the one the address
 * asks for (an embed's host chooses; `auto` follows the reader's system), else the reader's
 * remembered choice.
 */
export function applyStartTheme(asked: Theme | 'auto' | undefined): void {
  const theme = asked ?? stored();
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
}

export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered, but applied.
  }
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

/** Calls `listener` with the new theme whenever it changes; returns the unsubscribe function. */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const notify = () => listener(currentTheme());
  media?.addEventListener('change', notify);
  document.addEventListener(CHANGE_EVENT, notify);
  return () => {
    media?.removeEventListener('change', notify);
    document.removeEventListener(CHANGE_EVENT, notify);
  };
}

/** The "Dark theme" toggle button: pressed in the dark theme; a click switches and remembers. */
export function createThemeToggle(button: HTMLButtonElement): () => void {
  const show = (theme: Theme) => button.setAttribute('aria-pressed', String(theme === 'dark'));
  const toggle = () => setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
  show(currentTheme());
  button.addEventListener('click', toggle);
  const stop = onThemeChange(show);
  return () => {
    stop();
    button.removeEventListener('click', toggle);
  };
}
