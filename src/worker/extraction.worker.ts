/**
 * The extraction Web Worker: runs the core extractor off the page's thread, so a hundred
 * dropped articles never freeze the UI. Exposes with comlink extraction-api.ts (extract only:
 * the seeds) and import-api.ts (extract and store: the Import view); the page talks to it
 * only through extraction-client.ts and import-client.ts. Files are read and HTML is reduced
 * to text on the page (src/io) before they come here: workers have no DOMParser.
 */
import { expose } from "comlink";
import { extractionApi } from "./extraction-api.ts";
import { createImportApi } from "./import-api.ts";

expose({ ...extractionApi, ...createImportApi() });
