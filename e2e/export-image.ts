/**
 * Helpers for the "Download image" tests: save the PNG the page offers, and judge it in the
 * browser (its size, and whether the map part holds a picture rather than one flat colour).
 */
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';

export interface DownloadedImage {
  fileName: string;
  width: number;
  height: number;
  /** Distinct colours in the middle of the image, where the map is. */
  mapColours: number;
}

export async function downloadViewImage(page: Page): Promise<DownloadedImage> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download image'}).click()]);
  const bytes = readFileSync((await download.path())!);
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`Not a PNG: ${signature}`);
  const base64 = bytes.toString('base64');
  const judged = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const {data: pixels} = context.getImageData(
      Math.round(canvas.width * 0.2),
      Math.round(canvas.height * 0.3),
      Math.round(canvas.width * 0.6),
      Math.round(canvas.height * 0.3),
    );
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return {width: image.naturalWidth, height: image.naturalHeight, mapColours: colours.size};
  }, base64);
  return {fileName: download.suggestedFilename(), ...judged};
}
