/**
 * Tells the host page how tall the embed is, in the forms news sites' embed code already listens
 * for: Datawrapper's object, Google AMP's object, the Medium/Embedly JSON string, and, in a frame
 * pym.js made, pym's own string. Each goes to the parent with target origin `*`: the height is no
 * secret, and the host's origin is not known in advance.
 */

export function heightMessages(id: string, height: number, href: string, pym = false): (object | string)[] {
  return [
    {'datawrapper-height': {[id]: height}},
    {sentinel: 'amp', type: 'embed-size', height},
    JSON.stringify({src: href, context: 'iframe.resize', height}),
    // pym.js: "pymxPYMx<childId>xPYMx<type>xPYMx<message>".
    ...(pym ? [`pymxPYMx${id}xPYMxheightxPYMx${height}`] : []),
  ];
}

/** The height the host should give the frame: the content's, not the frame's current one. */
export function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Posts the height on start and whenever the content's size changes (a ResizeObserver, not a
 * timer). Does nothing when the page is not in a frame. Returns the function that stops it.
 */
export function reportHeight(id: string, pym = false, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    for (const message of heightMessages(id, height, location.href, pym)) target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}
