/**
 * The Share dialog: a link to this exact view, the embed code, a citation of the view, and the
 * data to download. Copying uses the clipboard where the browser allows it; where it is refused
 * (a sandboxed frame, an old browser) the text is selected in its field for the reader to copy.
 */
import type {DownloadEntry} from '../story/types.ts';
import {h} from '../lib/dom.ts';

export interface ShareContent {
  link: string;
  embed: string;
  citation: string;
}

export interface ShareDialog {
  /** Opens the dialog; the downloads are listed when they arrive. */
  open(content: ShareContent, downloads: Promise<readonly DownloadEntry[]>): void;
  /** Whether the dialog is open now. */
  readonly isOpen: boolean;
  /** Shows other content in the open dialog (the view changed), without moving focus. */
  update(content: ShareContent): void;
  destroy(): void;
}

/** `embedOptions`: the embed's options, shown under the embed code. */
export function createShareDialog(returnFocusTo: () => HTMLElement | null, embedOptions: HTMLElement): ShareDialog {
  const status = h('p', {className: 'share__status', attrs: {role: 'status'}});
  const fields: Record<keyof ShareContent, HTMLInputElement | HTMLTextAreaElement> = {
    link: h('input', {className: 'share__field', id: 'share-link', attrs: {type: 'text', readonly: true}}),
    embed: h('textarea', {className: 'share__field share__field--code', id: 'share-embed', attrs: {readonly: true, rows: 6}}),
    citation: h('textarea', {className: 'share__field', id: 'share-citation', attrs: {readonly: true, rows: 3}}),
  };

  const copy = async (name: keyof ShareContent, what: string) => {
    const field = fields[name];
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = `${what} copied.`;
    } catch {
      field.focus();
      field.select();
      status.textContent = `Copying was not allowed here. The ${what.toLowerCase()} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
    }
  };

  const section = (name: keyof ShareContent, title: string, what: string, note?: string) =>
    h(
      'section',
      {className: 'share__section'},
      h('label', {className: 'share__label', attrs: {for: fields[name].id}}, title),
      note ? h('p', {className: 'share__note'}, note) : null,
      fields[name],
      h('button', {className: 'control', attrs: {type: 'button'}, on: {click: () => void copy(name, what)}}, `Copy ${what.toLowerCase()}`),
    );

  const downloadList = h('ul', {className: 'share__downloads'});
  const listDownloads = (downloads: Promise<readonly DownloadEntry[]>) => {
    downloads.then(
      (entries) =>
        downloadList.replaceChildren(
          ...entries.map((d) => h('li', {}, h('a', {attrs: {href: `./data/downloads/${d.file}`, download: d.file}}, d.label))),
        ),
      () => downloadList.replaceChildren(h('li', {}, 'The list of downloads could not be loaded. Close this and try again.')),
    );
  };

  const close = h('button', {className: 'control share__close', attrs: {type: 'button'}}, 'Close');
  const dialog = h(
    'dialog',
    {className: 'share', attrs: {'aria-labelledby': 'share-title'}},
    h('div', {className: 'share__header'}, h('h2', {id: 'share-title', className: 'share__title'}, 'Share this view'), close),
    section('link', 'Link to this view', 'Link'),
    section(
      'embed',
      'Embed code',
      'Embed code',
      'Paste it into an article. The frame sizes itself to its content and calls no other site; the script resizes it, and does nothing else.',
    ),
    embedOptions,
    section('citation', 'Cite this view', 'Citation'),
    h(
      'section',
      {className: 'share__section'},
      h('h3', {className: 'share__label'}, 'Download the data'),
      h(
        'p',
        {className: 'share__note'},
        'Every row lists its sources. Geography: Natural Earth (public domain); towns: GeoNames (CC BY 4.0).',
      ),
      downloadList,
    ),
    status,
  );
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());
  // The native dialog traps focus and closes on Escape; focus goes back to what opened it.
  dialog.addEventListener('close', () => returnFocusTo()?.focus());

  return {
    get isOpen() {
      return dialog.open;
    },
    update(content) {
      for (const key of Object.keys(fields) as (keyof ShareContent)[]) fields[key].value = content[key];
    },
    open(content, downloads) {
      listDownloads(downloads);
      for (const key of Object.keys(fields) as (keyof ShareContent)[]) fields[key].value = content[key];
      status.textContent = '';
      dialog.showModal();
      fields.link.focus();
      fields.link.select();
    },
    destroy() {
      dialog.remove();
    },
  };
}
