import type {Story} from '../src/story/types.ts';
export declare function withSyntheticEvents(story: Story, count: number, seed?: number): Story;
