import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("runs with nothing set: the embedded SQLite database and no vendors", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/coachboard.db");
    expect(env.SYNC_INTERVAL_MINUTES).toBe(15);
    expect(env.SALESFINITY_BASE_URL).toBe("https://client-api.salesfinity.co");
    expect(env.REVONT_BASE_URL).toBe("https://api.revont.ai/v1");
    expect(env.SALESFINITY_API_KEY).toBeUndefined();
  });

  it("names a bad DATABASE_URL and says what is expected", () => {
    const [line, ...rest] = problemsOf({ DATABASE_URL: "mysql://db/coach" });
    expect(rest).toEqual([]);
    expect(line).toMatch(/^DATABASE_URL must be a SQLite file: URL .* or a postgresql:\/\/ URL \(got "mysql:\/\/db\/coach"\)$/);
  });

  it("names each bad variable on its own line", () => {
    const problems = problemsOf({ SYNC_INTERVAL_MINUTES: "soon", EXECVISION_BASE_URL: "users.execvision.io", PORT: "0" });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith("SYNC_INTERVAL_MINUTES "))).toMatch(/whole number/);
    expect(problems.find((p) => p.startsWith("EXECVISION_BASE_URL "))).toMatch(/http\(s\) URL/);
    expect(problems.find((p) => p.startsWith("PORT "))).toBeDefined();
  });

  it("never echoes a secret back", () => {
    const [line] = problemsOf({ AUTH_SECRET: "short-secret" });
    expect(line).toMatch(/^AUTH_SECRET must be at least 32 characters/);
    expect(line).not.toContain("short-secret");
  });

  it("requires credentials that only work together", () => {
    expect(problemsOf({ EXECVISION_USER_ID: "u1" })).toEqual(["EXECVISION_PASSWORD is required when EXECVISION_USER_ID is set"]);
    expect(problemsOf({ ANALYSES_TOKEN: "t" })).toEqual(["ANALYSES_BASE_URL is required when ANALYSES_TOKEN is set"]);
  });

  it("reads a recording-host allowlist: names, *.wildcards, ports and IPs written out", () => {
    const env = parseEnv({ ANALYSES_RECORDING_HOSTS: " Recordings.Example.com, *.cdn.example.net:443 ,127.0.0.1:4010,[FD00::5]:8080, " });
    expect(env.ANALYSES_RECORDING_HOSTS).toEqual([
      { host: "recordings.example.com", port: null, wildcard: false, ipLiteral: false },
      { host: "cdn.example.net", port: 443, wildcard: true, ipLiteral: false },
      { host: "127.0.0.1", port: 4010, wildcard: false, ipLiteral: true },
      { host: "[fd00::5]", port: 8080, wildcard: false, ipLiteral: true },
    ]);
    // Unset or empty: any public host.
    expect(parseEnv({}).SALESFINITY_RECORDING_HOSTS).toBeUndefined();
    expect(parseEnv({ SALESFINITY_RECORDING_HOSTS: " " }).SALESFINITY_RECORDING_HOSTS).toBeUndefined();
  });

  it("names each recording-host entry it cannot read", () => {
    const problems = problemsOf({ VOICE_AGENT_RECORDING_HOSTS: "https://rec.example.com, *.10.0.0.1, 127.1, rec.example.com:0, ok.example.com, *" });
    expect(problems.map((p) => /has "([^"]*)"/.exec(p)?.[1])).toEqual(["https://rec.example.com", "*.10.0.0.1", "127.1", "rec.example.com:0", "*"]);
    expect(problems[0]).toMatch(/^VOICE_AGENT_RECORDING_HOSTS has "https:\/\/rec.example.com", which is not a host/);
  });

  it("trims a trailing slash from base URLs", () => {
    expect(parseEnv({ REVONT_BASE_URL: "http://127.0.0.1:4010/revont/v1/" }).REVONT_BASE_URL).toBe("http://127.0.0.1:4010/revont/v1");
  });
});
