// A click on a transcript line seeks as soon as the page can run script, not
// once React has loaded and hydrated it. The call page's HTML carries a few
// lines of inline script (EARLY_SEEK_SCRIPT, with the page's nonce) that take
// clicks on the rows of the server's HTML: the line's start, or the word's
// from the row's data-words (each word's start, in ms from the line's), set
// as the recording's position; the browser keeps it until the metadata is in.
// The clicked row is lit at once (data-early-current, styled in globals.css).
// When the player attaches, takeEarlySeek() hands the position over, unlights
// the row (the player lights the line it plays) and switches the script off:
// from then on the rows' own handlers seek.
import { LINE_LANDING_MS } from "@/lib/domain/transcript-time";

/** The state the inline script and the player share, on window. */
interface EarlySeekState {
  /** True once the player has attached: the inline script then does nothing. */
  live: boolean;
  /** The last position an early click asked for, in seconds, or null. */
  seconds: number | null;
}

declare global {
  interface Window {
    __callEarlySeek?: EarlySeekState;
  }
}

/**
 * Kept in step with the rows (segment-row.tsx: data-start, data-words, the text in
 * [data-row-text] with words joined by single spaces) and with LINE_LANDING_MS.
 * Plain ES2019, self-contained: it runs before any bundle.
 */
export const EARLY_SEEK_SCRIPT = `(function () {
  var state = (window.__callEarlySeek = { live: false, seconds: null });
  function charAt(container, x, y) {
    var node = null, offset = 0;
    if (document.caretPositionFromPoint) {
      var position = document.caretPositionFromPoint(x, y);
      node = position && position.offsetNode; offset = position ? position.offset : 0;
    } else if (document.caretRangeFromPoint) {
      var range = document.caretRangeFromPoint(x, y);
      node = range && range.startContainer; offset = range ? range.startOffset : 0;
    }
    if (!node || node.nodeType !== 3 || !container.contains(node)) return -1;
    var walker = document.createTreeWalker(container, 4), total = 0;
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text === node) return total + offset;
      total += text.textContent.length;
    }
    return -1;
  }
  document.addEventListener("click", function (event) {
    if (state.live || !(event.target instanceof Element)) return;
    var row = event.target.closest('ol[aria-label="Transcript"] > li[data-start]');
    var audio = document.querySelector("audio");
    if (!row || !audio) return;
    var selection = window.getSelection();
    if (selection && selection.type === "Range") return;
    var start = Number(row.getAttribute("data-start"));
    var ms = 0;
    var text = row.querySelector("[data-row-text]");
    var words = (row.getAttribute("data-words") || "").split(" ");
    if (text && text.contains(event.target) && words.length === text.textContent.split(" ").length) {
      var char = charAt(text, event.clientX, event.clientY);
      if (char >= 0) ms = Number(words[text.textContent.slice(0, char).split(" ").length - 1]) || 0;
    }
    // A seek to the line's start lands just inside it, as the page's own does.
    var seconds = start + Math.max(ms, ${LINE_LANDING_MS}) / 1000;
    if (!isFinite(seconds)) return;
    state.seconds = seconds;
    audio.currentTime = seconds;
    var lit = document.querySelectorAll("[data-early-current]");
    for (var i = 0; i < lit.length; i++) lit[i].removeAttribute("data-early-current");
    row.setAttribute("data-early-current", "true");
  });
  // The recording's load, begun just after its element was parsed, sets its position back to 0: a click
  // that came first is applied again. Media events do not bubble; they are caught on their way down.
  document.addEventListener("loadstart", function (event) {
    if (!state.live && state.seconds !== null && event.target instanceof HTMLMediaElement) event.target.currentTime = state.seconds;
  }, true);
})();`;

/**
 * Called by the player when it attaches: switches the inline script off and
 * returns where an early click asked playback to be, if one did.
 */
export function takeEarlySeek(): number | null {
  const state = typeof window === "undefined" ? undefined : window.__callEarlySeek;
  if (!state) return null;
  state.live = true;
  for (const row of document.querySelectorAll("[data-early-current]")) row.removeAttribute("data-early-current");
  const { seconds } = state;
  state.seconds = null;
  return seconds;
}
