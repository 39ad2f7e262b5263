/**
 * Long loops on the page's thread (checking many rows, converting many files, parsing many
 * worker results) give the page a turn between items once a slice of time is spent, so the
 * page never freezes for more than about a frame: `if (turns.due) await turns.give();`.
 */

/** Longest stretch of work before the page gets a turn. */
export const PAGE_SLICE_MS = 12;

export class PageTurns {
  private sliceStart = performance.now();

  /** Whether this slice is spent: the loop should give the page its turn now. */
  get due(): boolean {
    return performance.now() - this.sliceStart > PAGE_SLICE_MS;
  }

  /** Lets the page handle input and paint (a task later), then starts a new slice. */
  async give(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.sliceStart = performance.now();
  }
}
