/**
 * What the Share dialog hands out: the embed code (an iframe plus a small listener compatible with
 * Datawrapper's, so the frame takes its content's height on any site) and a citation of the view.
 */
import {embedUrl} from '../state/url-schema.ts';

/** The listener a host page needs: it resizes whichever iframe sent a Datawrapper height message. */
export const HEIGHT_LISTENER = `<script>
  // Resizes embedded maps to their content (the Datawrapper height message).
  window.addEventListener("message", function (event) {
    var heights = event.data && event.data["datawrapper-height"];
    if (!heights) return;
    var frames = document.querySelectorAll("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      for (var id in heights) frames[i].style.height = heights[id] + "px";
    }
  });
</script>`;

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export interface EmbedCodeOptions {
  viewUrl: string;
  id: string;
  title: string;
  /** Height before the first message arrives, px. */
  initialHeight: number;
}

export function embedCode({viewUrl, id, title, initialHeight}: EmbedCodeOptions): string {
  const src = escapeAttribute(embedUrl(viewUrl, id));
  return `<iframe src="${src}" title="${escapeAttribute(title)}" id="${escapeAttribute(id)}" scrolling="no" style="width: 0; min-width: 100%; border: none;" height="${initialHeight}" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
${HEIGHT_LISTENER}`;
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
