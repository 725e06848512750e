// The scripted recordings' manifest (written by scripts/demo/make-recordings.ts):
// their word timings become the transcripts of the calls that have real audio.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface RecordingManifestEntry {
  id: string;
  file: string;
  title: string;
  kind: "sales" | "voice-agent";
  durationMs: number;
  rep: { name: string };
  prospect: { name: string; company: string; title: string };
  segments: {
    speaker: "rep" | "prospect";
    label: string;
    startMs: number;
    endMs: number;
    text: string;
    words: { text: string; startMs: number; endMs: number }[];
  }[];
}

export const RECORDINGS_DIR = fileURLToPath(new URL("../demo/recordings/", import.meta.url));
export const MANIFEST_PATH = fileURLToPath(new URL("../demo/recordings/manifest.json", import.meta.url));

/** The manifest, or [] while the recordings have not been produced yet. */
export function loadRecordingManifest(path = MANIFEST_PATH): RecordingManifestEntry[] {
  if (!existsSync(path)) return [];
  return JSON.parse(readFileSync(path, "utf8")) as RecordingManifestEntry[];
}
