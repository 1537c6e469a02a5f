/**
 * How long to stay on a text when the page moves on by itself (playback, the guided tour), ms at
 * normal speed: a pause to look at the map, plus time to read the words.
 */
export function readingTime(text: string): number {
  return 2600 + text.length * 35;
}
