// Configuration: the only reader of process.env. Every variable is validated
// here once; a bad value stops start-up with one line naming it.
import "server-only";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
      message: `must be an http(s) URL ${what}`,
    })
    .transform((value) => value.replace(/\/+$/, ""));

const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(url(what).optional())
    .optional();

const positiveInt = (what: string) =>
  z.coerce
    .number({ message: `must be a whole number ${what}` })
    .int({ message: `must be a whole number ${what}` })
    .positive({ message: `must be a whole number ${what}` });

/**
 * One entry of a recording-host allowlist. `host` is spelled as URL.hostname
 * spells it (lower case, IPv6 in brackets) so it compares with a parsed URL;
 * a wildcard entry keeps the suffix after "*.". No port: any port.
 */
export interface AllowedHost {
  host: string;
  port: number | null;
  wildcard: boolean;
  /** an IP written out: the one case where a private or loopback address may be fetched */
  ipLiteral: boolean;
}

const HOST_ENTRY = /^(\*\.)?(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;
const HOST_NAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?!$)|$)){4}$/;

function parseAllowedHost(entry: string): AllowedHost | null {
  const match = HOST_ENTRY.exec(entry.toLowerCase());
  if (!match) return null;
  const [, star, name, portText] = match;
  const port = portText === undefined ? null : Number(portText);
  if (port !== null && (port < 1 || port > 65535)) return null;
  if (name.startsWith("[")) {
    if (star || !URL.canParse(`http://${name}`)) return null;
    return { host: new URL(`http://${name}`).hostname, port, wildcard: false, ipLiteral: true };
  }
  if (IPV4.test(name)) return star ? null : { host: name, port, wildcard: false, ipLiteral: true };
  // A URL reads "127.1" or "0x7f.1" as an IP: an entry spelled so would never match what it seems to name.
  if (!HOST_NAME.test(name) || !URL.canParse(`http://${name}`) || new URL(`http://${name}`).hostname !== name) return null;
  return { host: name, port, wildcard: !!star, ipLiteral: false };
}

// "recordings.example.com, *.cdn.example.com, 127.0.0.1:4010": unset or empty means any public host.
const recordingHosts = optionalString.pipe(
  z
    .string()
    .transform((value, ctx) => {
      const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
      const hosts: AllowedHost[] = [];
      for (const entry of entries) {
        const host = parseAllowedHost(entry);
        if (host) hosts.push(host);
        else ctx.addIssue({ code: "custom", message: `has "${entry}", which is not a host, *.domain or host:port (like recordings.example.com, *.example.com or 127.0.0.1:4010)` });
      }
      return hosts.length ? hosts : undefined;
    })
    .optional(),
);

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => value.startsWith("file:") || /^postgres(ql)?:\/\/\S+/.test(value), {
    message: 'must be a SQLite file: URL (like "file:./data/coachboard.db") or a postgresql:// URL',
  });

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.default("file:./data/coachboard.db"),
  PORT: positiveInt("(the HTTP port)").max(65535, { message: "must be a port number up to 65535" }).default(3000),
  // next-auth signs session cookies with it; at least 32 characters.
  AUTH_SECRET: optionalString.pipe(
    z.string().min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" }).optional(),
  ),
  // The address users open; next-auth needs it behind a proxy.
  NEXTAUTH_URL: optionalUrl("(the address users open, like https://coach.example.com)"),
  // Lets next-auth take the site's address from the Host and X-Forwarded-Host headers: only behind a
  // proxy that sets them. Never implied; NEXTAUTH_URL is the safer way.
  AUTH_TRUST_HOST: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .default("false")
    .transform((value) => value === "true"),
  // How many proxies in front of the app append to X-Forwarded-For (0: the connection's own address is the client's).
  TRUST_PROXY: z.coerce
    .number({ message: "must be a whole number of proxies (0 when clients connect directly)" })
    .int({ message: "must be a whole number of proxies (0 when clients connect directly)" })
    .min(0, { message: "must be a whole number of proxies (0 when clients connect directly)" })
    .max(10, { message: "must be at most 10 proxies" })
    .default(0),
  // "true": npm start runs the demo even with DATABASE_URL set; "false": never. Unset: only when
  // neither DATABASE_URL nor a vendor is configured, on its own database (data/demo.db).
  COACHBOARD_DEMO: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true")),
  // Where npm start runs the vendor simulators when no vendor is configured (0: any free port).
  DEMO_SIMULATOR_PORT: z.coerce
    .number({ message: "must be a port number" })
    .int({ message: "must be a port number" })
    .min(0, { message: "must be a port number" })
    .max(65535, { message: "must be a port number up to 65535" })
    .default(4010),
  SYNC_INTERVAL_MINUTES: positiveInt("of minutes between scheduled syncs").default(15),
  // Whether this server process runs the scheduled sync.
  SYNC_SCHEDULE: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .default("true")
    .transform((value) => value === "true"),
  // How long a lost worker job keeps its stream before it is retried.
  SYNC_JOB_TIMEOUT_SECONDS: positiveInt("of seconds a sync job may run").default(900),
  SYNC_WORKER_CONCURRENCY: positiveInt("of sync jobs one worker runs at once").default(3),
  // How far back a vendor's first sync reads.
  SYNC_BACKFILL_DAYS: positiveInt("of days a first sync reads back").default(365),

  SALESFINITY_API_KEY: optionalString,
  SALESFINITY_BASE_URL: url("(the Salesfinity API)").default("https://client-api.salesfinity.co"),
  EXECVISION_USER_ID: optionalString,
  EXECVISION_PASSWORD: optionalString,
  EXECVISION_BASE_URL: url("(the ExecVision API)").default("https://users.execvision.io"),
  // Speaker names from /transcript/{id} (one request per call; enabled per customer by ExecVision).
  EXECVISION_SPEAKER_NAMES: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .default("true")
    .transform((value) => value === "true"),
  ANALYSES_TOKEN: optionalString,
  ANALYSES_BASE_URL: optionalUrl("(the call analyses API)"),
  ANALYSES_WEBHOOK_SECRET: optionalString,
  VOICE_AGENT_API_KEY: optionalString,
  VOICE_AGENT_BASE_URL: optionalUrl("(the voice-agent calls API)"),
  VOICE_AGENT_WEBHOOK_SECRET: optionalString,
  REVONT_API_KEY: optionalString,
  // Revont lists no modification time: each pass reads this many recent days again for changes and deletions.
  REVONT_LOOKBACK_DAYS: positiveInt("of days each Revont pass reads again").default(7),
  REVONT_BASE_URL: url("(the Revont API)").default("https://api.revont.ai/v1"),
  // Where each vendor's recording URLs may point (every redirect hop too); unset: any public host.
  SALESFINITY_RECORDING_HOSTS: recordingHosts,
  EXECVISION_RECORDING_HOSTS: recordingHosts,
  ANALYSES_RECORDING_HOSTS: recordingHosts,
  VOICE_AGENT_RECORDING_HOSTS: recordingHosts,
  REVONT_RECORDING_HOSTS: recordingHosts,
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

/** Parses a set of variables; throws ConfigError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return checkPairs(result.data);
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "configuration");
    const given = source[name];
    const message = issue.code === "invalid_type" && given === undefined ? "is required" : issue.message;
    return `${name} ${message}${given !== undefined && given !== "" && !isSecret(name) ? ` (got "${given}")` : ""}`;
  });
  throw new ConfigError(problems);
}

function isSecret(name: string): boolean {
  return /KEY|SECRET|PASSWORD|TOKEN/.test(name);
}

/** Variables that only make sense together. */
function checkPairs(env: Env): Env {
  const problems: string[] = [];
  if (!!env.EXECVISION_USER_ID !== !!env.EXECVISION_PASSWORD) {
    problems.push(
      `${env.EXECVISION_USER_ID ? "EXECVISION_PASSWORD" : "EXECVISION_USER_ID"} is required when ${env.EXECVISION_USER_ID ? "EXECVISION_USER_ID" : "EXECVISION_PASSWORD"} is set`,
    );
  }
  if (env.ANALYSES_TOKEN && !env.ANALYSES_BASE_URL) problems.push("ANALYSES_BASE_URL is required when ANALYSES_TOKEN is set");
  if (env.VOICE_AGENT_API_KEY && !env.VOICE_AGENT_BASE_URL) {
    problems.push("VOICE_AGENT_BASE_URL is required when VOICE_AGENT_API_KEY is set");
  }
  if (problems.length) throw new ConfigError(problems);
  return env;
}

let cached: Env | undefined;

/** The validated configuration of this process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Start-up check: prints the problems, one line each, and exits. */
export function loadEnvOrExit(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.problems) console.error(`Configuration error: ${line}`);
      process.exit(78);
    }
    throw error;
  }
}
