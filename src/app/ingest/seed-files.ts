/**
 * The seed articles in seeds/, bundled into the app at build time (no request at run time),
 * in file-name order.
 */
export interface SeedFile {
  fileName: string;
  raw: string;
}

const modules = import.meta.glob<string>("../../../seeds/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const SEED_FILES: readonly SeedFile[] = Object.entries(modules)
  .map(([modulePath, raw]) => ({ fileName: modulePath.slice(modulePath.lastIndexOf("/") + 1), raw }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));
