// Measures how fast the simulator serves the benchmark's ExecVision pages:
//   npx tsx simulators/bench-serve.ts [calls=20000] [words=1500]
// The server runs on this thread; the client (sequential keyset paging, like
// the sync engine) runs on a worker thread so it does not share the core.
import { Worker } from "node:worker_threads";
import { benchDataset } from "./dataset/bench";
import { startSimulators } from "./server";

const calls = Number(process.argv[2] ?? 20_000);
const words = Number(process.argv[3] ?? 1500);
const sims = await startSimulators({ dataset: benchDataset({ execvisionCalls: calls, wordsPerCall: words }), execvisionRateLimit: false });
const auth = `Basic ${Buffer.from(`${sims.credentials.execvisionUserId}:${sims.credentials.execvisionPassword}`).toString("base64")}`;

const client = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { base, auth } = workerData;
  let lastId = null, served = 0, bytes = 0, pages = 0;
  const t0 = performance.now();
  for (;;) {
    const url = base + "/api/ev/2/calls?since=2000-01-01T00:00Z&limit=100&include_transcripts=true" + (lastId ? "&last_id=" + lastId : "");
    const res = await fetch(url, { headers: { authorization: auth } });
    const body = Buffer.from(await res.arrayBuffer());
    bytes += body.length; pages++;
    // Only the call ids are read (a JSON parse would measure the client, not the server).
    const ids = [];
    const marker = Buffer.from('{"id":"');
    for (let at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
      const id = body.toString("latin1", at + 7, at + 43);
      if (body.toString("latin1", at + 43, at + 59) === '","callerEmail":') ids.push(id);
    }
    if (ids.length === 0) break;
    served += ids.filter((id) => id !== lastId).length;
    if (ids.length < 100 && ids[ids.length - 1] === lastId) break;
    lastId = ids[ids.length - 1];
    if (ids.length < 100) break;
  }
  parentPort.postMessage({ served, bytes, pages, ms: performance.now() - t0 });
})();`;

const result = await new Promise<{ served: number; bytes: number; pages: number; ms: number }>((resolve, reject) => {
  const worker = new Worker(client, { eval: true, workerData: { base: sims.baseUrls.execvision, auth } });
  worker.once("message", resolve);
  worker.once("error", reject);
});
await sims.close();
const perSecond = Math.round(result.served / (result.ms / 1000));
console.log(
  `${result.served} calls (${words} words each) in ${result.pages} pages, ${(result.bytes / 1e6).toFixed(0)} MB, ` +
    `${(result.ms / 1000).toFixed(2)} s: ${perSecond} calls/s, ${((result.bytes / 1e6) / (result.ms / 1000)).toFixed(0)} MB/s`,
);
