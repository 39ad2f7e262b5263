/**
 * Maps a DOM selection inside the article text back to offsets in Article.text. Every run is
 * an element with `data-start` whose only child is its text node (ArticleText.tsx), so an
 * offset is that start plus the offset inside the node.
 */

function runOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
  return element?.closest<HTMLElement>("[data-start]") ?? null;
}

/** The text offset of a DOM boundary point, or null when it is outside any run. */
export function offsetOfPoint(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = runOf(node);
    return run === null ? null : Number(run.dataset.start) + offset;
  }
  // An element boundary: before its offset-th child. Use the nearest run at or after it, or the end of the one before.
  const element = node as HTMLElement;
  const after = element.childNodes[offset];
  const afterRun = after === undefined ? null : after.nodeType === Node.ELEMENT_NODE ? (after as HTMLElement).closest("[data-start]") ?? (after as HTMLElement).querySelector("[data-start]") : runOf(after);
  if (afterRun instanceof HTMLElement) return Number(afterRun.dataset.start);
  const before = element.childNodes[offset - 1];
  if (before !== undefined) {
    const runs = before.nodeType === Node.ELEMENT_NODE ? (before as HTMLElement).querySelectorAll<HTMLElement>("[data-start]") : [];
    const last = runs.length > 0 ? runs[runs.length - 1] : runOf(before);
    if (last !== null && last !== undefined) return Number(last.dataset.start) + (last.textContent?.length ?? 0);
  }
  return null;
}

/** The selected span of the article text, trimmed of white space; null when nothing (or nothing of it) is selected. */
export function selectedSpan(container: HTMLElement, text: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = offsetOfPoint(container, range.startContainer, range.startOffset);
  let end = offsetOfPoint(container, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
