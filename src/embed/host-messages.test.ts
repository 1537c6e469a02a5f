import {describe, expect, it} from 'vitest';
import {parseHostCommand, stateMessage} from './host-messages.ts';
import {heightMessages} from './height-messages.ts';
import {createStoryIndex} from '../state/story-index.ts';
import {testStory} from '../state/test-story.ts';

const index = createStoryIndex(testStory());

describe('parseHostCommand', () => {
  it('accepts a selection of a known event or a date in the story, as an object or a JSON string', () => {
    expect(parseHostCommand({type: 'select', event: 'osce'}, index)).toEqual({type: 'select', event: 'osce'});
    expect(parseHostCommand('{"type":"select","date":"2022-01-20"}', index)).toEqual({type: 'select', date: '2022-01-20'});
  });

  it('ignores everything else', () => {
    const ignored: unknown[] = [
      null,
      undefined,
      42,
      'select',
      '{not json',
      [],
      {type: 'select'},
      {type: 'select', event: 'no-such-event'},
      {type: 'select', event: 7},
      {type: 'select', date: '2022-02-30'},
      {type: 'select', date: '2030-01-01'},
      {type: 'select', event: 'no-such-event', date: '2022-01-20'},
      {type: 'open', event: 'osce'},
      {'datawrapper-height': {x: 1}},
      JSON.stringify({type: 'select', event: 'osce', pad: 'x'.repeat(20_000)}),
    ];
    for (const data of ignored) expect(parseHostCommand(data, index), JSON.stringify(data)?.slice(0, 60)).toBeNull();
  });
});

describe('messages to the host', () => {
  it('reports the height in the Datawrapper, AMP and Medium forms', () => {
    expect(heightMessages('map-1', 812, 'https://example.org/?embed=1')).toEqual([
      {'datawrapper-height': {'map-1': 812}},
      {sentinel: 'amp', type: 'embed-size', height: 812},
      '{"src":"https://example.org/?embed=1","context":"iframe.resize","height":812}',
    ]);
  });

  it('reports the state with the embed id', () => {
    expect(stateMessage('map-1', {eventId: 'osce', date: '2022-01-13'})).toEqual({
      type: 'state',
      id: 'map-1',
      event: 'osce',
      date: '2022-01-13',
    });
  });
});
