// Which character of an element's text is under the pointer: lets a row be a
// few runs of text (cheap to render) yet still seek to the word clicked.

/** The offset into `container`'s text content at a viewport point, or -1. */
export function textOffsetAtPoint(container: HTMLElement, x: number, y: number): number {
  const doc = container.ownerDocument;
  let node: Node | null = null;
  let offset = 0;
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y);
    node = position?.offsetNode ?? null;
    offset = position?.offset ?? 0;
  } else if (typeof doc.caretRangeFromPoint === "function") {
    const range = doc.caretRangeFromPoint(x, y);
    node = range?.startContainer ?? null;
    offset = range?.startOffset ?? 0;
  }
  if (!node || node.nodeType !== Node.TEXT_NODE || !container.contains(node)) return -1;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return total + offset;
    total += text.textContent?.length ?? 0;
  }
  return -1;
}
