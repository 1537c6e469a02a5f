/**
 * Whether MapLibre can draw here. It needs WebGL 2; checking first avoids downloading about
 * 430 KB gzipped of map code on browsers (or with settings) that cannot run it.
 */
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    const supported = context !== null;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return supported;
  } catch {
    return false;
  }
}
