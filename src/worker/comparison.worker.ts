/** The comparison Web Worker: comparison-api.ts over comlink (see comparison-client.ts). */
import { expose } from "comlink";
import { comparisonApi } from "./comparison-api.ts";

expose(comparisonApi);
