// Runs the simulators on their own and prints where they are:
//   npx tsx simulators/cli.ts [--port 4010] [--no-rebase] [--no-rate-limit] [--bench CALLS,WORDS] [--variants SEED]
// --bench serves the generated benchmark dataset (ExecVision only) instead of the demo.
// --variants serves the docs' open points read another way, chosen by SEED (README: "Variants mode").
import { benchDataset } from "./dataset/bench";
import { startSimulators } from "./server";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.split("=")[1];
}

const port = Number(argValue("--port") ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${argValue("--port")}`);
  process.exit(2);
}

const bench = argValue("--bench")?.split(",").map(Number);
const variants = argValue("--variants");
if (variants !== undefined && !/^\d+$/.test(variants)) {
  console.error(`--variants must be a whole number (a seed), got ${variants}`);
  process.exit(2);
}
const sims = await startSimulators({
  port,
  dataset: bench ? benchDataset({ execvisionCalls: bench[0], wordsPerCall: bench[1] ?? 1500 }) : undefined,
  rebase: !process.argv.includes("--no-rebase"),
  execvisionRateLimit: !process.argv.includes("--no-rate-limit"),
  variants: variants === undefined ? undefined : Number(variants),
});
const c = sims.credentials;
const b = sims.baseUrls;
console.log(`Vendor simulators listening on ${sims.url}

SALESFINITY_BASE_URL=${b.salesfinity}
SALESFINITY_API_KEY=${c.salesfinityApiKey}
EXECVISION_BASE_URL=${b.execvision}
EXECVISION_USER_ID=${c.execvisionUserId}
EXECVISION_PASSWORD=${c.execvisionPassword}
ANALYSES_BASE_URL=${b.analyses}
ANALYSES_TOKEN=${c.analysesToken}
VOICE_AGENT_BASE_URL=${b.voiceAgent}
VOICE_AGENT_API_KEY=${c.voiceAgentApiKey}
REVONT_BASE_URL=${b.revont}
REVONT_API_KEY=${c.revontApiKey}

Recordings: ${sims.url}/recordings/<file>
Ctrl-C to stop.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void sims.close().then(() => process.exit(0));
  });
}
