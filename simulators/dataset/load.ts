// Reads the committed demo dataset.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { DemoDataset } from "./types";

export const DATASET_PATH = fileURLToPath(new URL("../demo/dataset.json.gz", import.meta.url));

let cached: string | null = null;

/** A fresh copy on every call (the simulators mutate their data); the file is read once. */
export function loadDemoDataset(path = DATASET_PATH): DemoDataset {
  if (path !== DATASET_PATH) return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as DemoDataset;
  cached ??= gunzipSync(readFileSync(path)).toString("utf8");
  return JSON.parse(cached) as DemoDataset;
}
