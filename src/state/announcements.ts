/**
 * What a screen reader hears when the view changes: one polite message per change, the tour's
 * text when a step is told, else the event reached.
 */
import {displayDate} from '../lib/format.ts';
import type {AppState} from './app-state.ts';
import type {StoryIndex} from './story-index.ts';

/** The message for going from `previous` to `state`, or null when there is nothing to say. */
export function announcement(index: StoryIndex, state: AppState, previous: AppState): string | null {
  const steps = index.story.storySteps;
  const step = state.tourStep;
  const stepText = step !== null ? steps[step]?.text : undefined;
  if (step !== previous.tourStep && step !== null && stepText) return `Step ${step + 1} of ${steps.length}. ${stepText}`;
  const event = state.eventId ? index.eventById.get(state.eventId) : undefined;
  if (state.eventId !== previous.eventId && event) return `${displayDate(event)}: ${event.title}`;
  return null;
}
