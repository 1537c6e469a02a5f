/**
 * What the Share dialog hands out: the embed code (an iframe plus a small listener compatible with
 * Datawrapper's, so the frame takes its content's height on any site) and a citation of the view.
 */
import {embedUrl, writeUrlParams, type EmbedChoices} from '../state/url-schema.ts';

/** Heights the host's listener accepts, px: anything outside is not a real map's height. */
export const EMBED_HEIGHT_RANGE = {min: 120, max: 12_000} as const;

/**
 * The listener a host page needs: it resizes the iframe that sent a Datawrapper height message,
 * but only when the message comes from the map's own site (`origin`), and only to a sane height,
 * so an unrelated frame on the page (an advert) cannot resize anything through it.
 */
export function heightListener(origin: string): string {
  // The origin goes into a script: as a JSON string, with `<` escaped so it cannot end the script.
  const quoted = JSON.stringify(origin).replaceAll('<', '\\u003c');
  return `<script>
  // Resizes embedded maps to their content (the Datawrapper height message from ${origin.replaceAll('<', '')}).
  window.addEventListener("message", function (event) {
    if (event.origin !== ${quoted}) return;
    var heights = event.data && event.data["datawrapper-height"];
    if (!heights || typeof heights !== "object") return;
    var frames = document.querySelectorAll("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      for (var id in heights) {
        var height = Number(heights[id]);
        if (height >= ${EMBED_HEIGHT_RANGE.min} && height <= ${EMBED_HEIGHT_RANGE.max}) frames[i].style.height = Math.round(height) + "px";
      }
    }
  });
</script>`;
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export interface EmbedCodeOptions {
  viewUrl: string;
  id: string;
  title: string;
  /** Height before the first message arrives, px. */
  initialHeight: number;
  /** The host's choices, and the guided story's step to open on. */
  choices?: EmbedChoices & {step?: number};
}

export function embedCode({viewUrl, id, title, initialHeight, choices = {}}: EmbedCodeOptions): string {
  const {step, ...embedChoices} = choices;
  const view = new URL(viewUrl);
  if (step !== undefined) view.search = writeUrlParams(view.search, {step}, ['step']);
  const src = escapeAttribute(embedUrl(view.href, id, embedChoices));
  return `<iframe src="${src}" title="${escapeAttribute(title)}" id="${escapeAttribute(id)}" scrolling="no" style="width: 0; min-width: 100%; border: none;" height="${initialHeight}" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
${heightListener(new URL(viewUrl).origin)}`;
}

export interface CitationOptions {
  title: string;
  /** Who publishes the map: the site it is served from. */
  publisher: string;
  viewUrl: string;
  dataVersion: string;
  /** When the reader looked at it, `YYYY-MM-DD`. */
  accessed: string;
  /** The view in words, e.g. "OSCE Permanent Council in Vienna, 13 January 2022". */
  view: string;
}

export function citation({title, publisher, viewUrl, dataVersion, accessed, view}: CitationOptions): string {
  return `${title} [interactive map; view: ${view}]. ${publisher}. Data version ${dataVersion}. ${viewUrl} (accessed ${accessed}).`;
}
