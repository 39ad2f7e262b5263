/**
 * The running import and the results of the last ones, kept outside React so an import goes
 * on (and its results are still there) when the person switches to another tab meanwhile.
 * One import at a time; cancelling before the commit saves nothing.
 */
import type { ClaimbenchDb } from "../../db/database.ts";
import { importInWorker } from "../../worker/import-client.ts";
import type { Actor } from "../workspace/use-workspace.ts";
import { runImport, type ImportPhase, type ImportResult, type PreparedInput } from "./run-import.ts";

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportBatch {
  id: number;
  /** "3 files", "Pasted text". */
  source: string;
  finishedAt: Date;
  results: readonly ImportResult[];
  /** Cancelled before saving: nothing was imported. */
  cancelled: boolean;
}

export interface ImportState {
  running: ImportProgress | null;
  /** Newest first. */
  batches: readonly ImportBatch[];
}

/** How often the progress line is redrawn within a phase. */
const PROGRESS_INTERVAL_MS = 50;

/** Enough history to scroll back over a morning's work without growing for ever. */
const MAX_BATCHES = 20;

export interface ImportJob {
  db: ClaimbenchDb;
  actor: Actor;
  source: string;
  total: number;
  prepare: (onPrepared: (done: number) => void) => Promise<PreparedInput[]>;
}

class ImportStore {
  private state: ImportState = { running: null, batches: [] };
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingProgress: ImportProgress | null = null;
  private nextId = 1;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ImportState => this.state;

  /** Runs one import; the batch it adds, or null when one is already running. */
  async run(job: ImportJob): Promise<ImportBatch | null> {
    if (this.state.running !== null) return null;
    const controller = new AbortController();
    this.controller = controller;
    this.set({ running: { phase: "reading", done: 0, total: job.total } });
    let results: ImportResult[] = [];
    let cancelled = false;
    try {
      results = await runImport(job.total, {
        prepare: job.prepare,
        importInputs: (inputs, options) => importInWorker(job.db.name, inputs, job.actor, options),
        onProgress: (phase, done, total) => {
          if (!controller.signal.aborted) this.showProgress({ phase, done, total });
        },
        signal: controller.signal,
      });
    } catch (error) {
      if (!controller.signal.aborted) {
        this.set({ running: null });
        throw error;
      }
      cancelled = true;
    } finally {
      this.controller = null;
      clearTimeout(this.progressTimer);
      this.progressTimer = undefined;
    }
    const batch: ImportBatch = { id: this.nextId++, source: job.source, finishedAt: new Date(), results, cancelled };
    this.set({ running: null, batches: [batch, ...this.state.batches].slice(0, MAX_BATCHES) });
    return batch;
  }

  /** Rolls the running import back; once it is committing ("saving"), it completes. */
  cancel(): void {
    if (this.state.running?.phase === "saving") return;
    this.controller?.abort(new DOMException("Import cancelled", "AbortError"));
  }

  /**
   * Shows a new phase at once, and the count within a phase at most every PROGRESS_INTERVAL_MS:
   * a render per file is a thousand renders competing with the import for the CPU.
   */
  private showProgress(progress: ImportProgress): void {
    this.pendingProgress = progress;
    if (progress.phase !== this.state.running?.phase) {
      clearTimeout(this.progressTimer);
      this.progressTimer = undefined;
      this.set({ running: progress });
      return;
    }
    this.progressTimer ??= setTimeout(() => {
      this.progressTimer = undefined;
      if (this.state.running !== null) this.set({ running: this.pendingProgress });
    }, PROGRESS_INTERVAL_MS);
  }

  clearResults(): void {
    this.set({ batches: [] });
  }

  private set(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export const importStore = new ImportStore();
