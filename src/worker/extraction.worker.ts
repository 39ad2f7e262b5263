/**
 * The extraction Web Worker: runs the core extractor off the page's thread, so a hundred
 * dropped articles never freeze the UI. Exposes extraction-api.ts with comlink; the page
 * talks to it only through extraction-client.ts. Files are read and HTML is reduced to
 * text on the page (src/io) before they come here: workers have no DOMParser.
 */
import { expose } from "comlink";
import { extractionApi } from "./extraction-api.ts";

expose(extractionApi);
