// The committed file's exact bytes: stable JSON, gzip with a fixed header
// (no timestamp), so a regenerated file only differs when the data does.
import { gzipSync } from "node:zlib";
import type { DemoDataset } from "./types";

export function serializeDataset(dataset: DemoDataset): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(dataset), "utf8"), { level: 9 });
}
