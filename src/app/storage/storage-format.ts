/** How much this site stores and may store, in words for the header. */

export interface StorageState {
  /** Bytes used, and the browser's quota for this site, when the browser tells. */
  usage?: number;
  quota?: number;
  /** True once the browser granted persistent storage; false when it refused; undefined when it cannot say. */
  persisted?: boolean;
}

export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} ${units[0]}`;
  return `${value >= 100 ? Math.round(value) : value.toFixed(1).replace(/\.0$/, "")} ${units[unit]}`;
}

/** "3.2 MB of 1.9 GB" (or just what is known). */
export function describeUsage(state: StorageState): string {
  if (state.usage === undefined) return "storage size unknown";
  return state.quota === undefined ? `${formatBytes(state.usage)} used` : `${formatBytes(state.usage)} of ${formatBytes(state.quota)}`;
}

/** The warning to show, or undefined when all is well. */
export function storageWarning(state: StorageState): string | undefined {
  if (state.quota !== undefined && state.usage !== undefined && state.usage / state.quota >= 0.9) {
    return "Storage is almost full: new imports may fail. Export a backup and delete what you no longer need.";
  }
  if (state.persisted === false) {
    return "The browser did not grant persistent storage, so it may delete this workspace when disk space runs low. Keep a backup.";
  }
  return undefined;
}
