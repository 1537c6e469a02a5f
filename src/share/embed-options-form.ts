/**
 * The embed's options in the Share dialog, as a newsroom would set them (Datawrapper's render
 * flags are the convention): the colours, no title row, parts to leave out, the guided story's
 * step to open on, and playing on load. Every change rewrites the embed code at once.
 */
import {h} from '../lib/dom.ts';
import type {EmbedChoices, Hideable, ThemeChoice} from '../state/url-schema.ts';

export interface EmbedOptionsChoice extends EmbedChoices {
  /** The guided story's step to open on (1-based), if any. */
  step?: number;
}

export interface EmbedOptionsForm {
  readonly element: HTMLElement;
  read(): EmbedOptionsChoice;
}

const PARTS: [Hideable, string][] = [
  ['key', 'the key'],
  ['estimates', 'the troop estimates'],
  ['share', 'the Share button'],
];

export function createEmbedOptionsForm(stepCount: number, onChange: () => void): EmbedOptionsForm {
  const theme = h(
    'select',
    {className: 'control__select', id: 'embed-theme'},
    h('option', {attrs: {value: 'light', selected: true}}, 'Light'),
    h('option', {attrs: {value: 'dark'}}, 'Dark'),
    h('option', {attrs: {value: 'auto'}}, 'The reader’s system setting'),
  );
  const step = h(
    'select',
    {className: 'control__select', id: 'embed-step'},
    h('option', {attrs: {value: ''}}, 'No, the view shown'),
    ...Array.from({length: stepCount}, (_, i) => h('option', {attrs: {value: i + 1}}, `Step ${i + 1}`)),
  );
  const checkbox = (id: string, text: string) => {
    const input = h('input', {id, attrs: {type: 'checkbox'}});
    return {input, row: h('label', {className: 'share__check', attrs: {for: id}}, input, ` ${text}`)};
  };
  const plain = checkbox('embed-plain', 'No title (the article has its own headline)');
  const autoplay = checkbox('embed-autoplay', 'Play on load (not for readers who ask for less motion)');
  const hidden = PARTS.map(([part, text]) => ({part, ...checkbox(`embed-hide-${part}`, `Leave out ${text}`)}));
  const element = h(
    'fieldset',
    {className: 'share__options'},
    h('legend', {className: 'share__label'}, 'Embed options'),
    h('label', {className: 'share__option', attrs: {for: 'embed-theme'}}, 'Colours ', theme),
    h('label', {className: 'share__option', attrs: {for: 'embed-step'}}, 'Open on the guided story ', step),
    plain.row,
    ...hidden.map((h) => h.row),
    autoplay.row,
  );
  element.addEventListener('change', onChange);
  return {
    element,
    read() {
      const hide = hidden.filter((part) => part.input.checked).map((part) => part.part);
      return {
        theme: theme.value as ThemeChoice,
        ...(plain.input.checked ? {plain: true} : {}),
        ...(hide.length ? {hide} : {}),
        ...(autoplay.input.checked ? {autoplay: true} : {}),
        ...(step.value ? {step: Number(step.value)} : {}),
      };
    },
  };
}
