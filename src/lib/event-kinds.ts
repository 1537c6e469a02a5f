/**
 * How each kind of event looks, on the timeline and in the lists: a name and a shape (colours are
 * in the palette), so that colour is never the only cue.
 */
import type {EventKind} from '../story/types.ts';
import type {MarkShape} from './shapes.ts';

export const EVENT_KINDS: Record<EventKind, {label: string; plural: string; shape: MarkShape}> = {
  diplomacy: {label: 'Talks', plural: 'Talks', shape: 'diamond'},
  'build-up': {label: 'Build-up report', plural: 'Build-up', shape: 'circle'},
  statement: {label: 'Statement', plural: 'Statements', shape: 'triangle'},
  decision: {label: 'Decision', plural: 'Decisions', shape: 'square'},
};

/** The timeline's rows, top to bottom. */
export const KIND_ORDER: readonly EventKind[] = ['diplomacy', 'build-up', 'statement', 'decision'];
