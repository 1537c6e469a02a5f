import type {Story} from '../src/data/types.ts';
export declare function withSyntheticEvents(story: Story, count: number, seed?: number): Story;
