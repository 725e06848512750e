// Writes the committed demo dataset, simulators/demo/dataset.json.gz, from the
// seed and the recordings manifest. Run after changing the generator or the recordings:
//   npx tsx scripts/demo/generate-dataset.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATASET_PATH } from "../../simulators/dataset/load";
import { serializeDataset } from "../../simulators/dataset/serialize";
import { generateDemoDataset } from "../../simulators/dataset/generate";
import { MANIFEST_PATH, loadRecordingManifest } from "../../simulators/dataset/manifest";

const manifest = loadRecordingManifest();
if (manifest.length === 0) console.warn(`[demo] no recordings manifest at ${MANIFEST_PATH}: generating without the recorded calls`);
const dataset = generateDemoDataset({ manifest });
const gz = serializeDataset(dataset);
mkdirSync(path.dirname(DATASET_PATH), { recursive: true });
writeFileSync(DATASET_PATH, gz);
const count = (n: number) => n.toLocaleString("en-US");
const ev = dataset.execvision;
console.log(`[demo] wrote ${path.relative(process.cwd(), DATASET_PATH)} (${count(gz.length)} bytes)`);
console.log(
  `[demo] salesfinity ${dataset.salesfinity.scoredCalls.length}, execvision ${Array.isArray(ev.calls) ? ev.calls.length : ev.calls.count} calls ` +
    `(+${ev.deletedCalls.length} deleted), analyses ${dataset.analyses.analyses.length}, voice-agent ${dataset.voiceAgent.calls.length}, ` +
    `revont ${dataset.revont.calls.length}; recordings used: ${manifest.length}`,
);
