import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { checkOutboundUrl, findAllowedHost, isForbiddenAddress, OutboundRefused } from "./outbound";

const hosts = (value: string) => parseEnv({ SALESFINITY_RECORDING_HOSTS: value }).SALESFINITY_RECORDING_HOSTS!;

describe("isForbiddenAddress", () => {
  it.each([
    "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "127.255.255.254", "169.254.169.254", "169.254.1.1", "172.16.0.1", "172.31.255.255",
    "192.0.0.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
    "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:a00:1::1", "2001::1",
    "not-an-ip", "",
  ])("refuses %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"])(
    "lets the public address %s through",
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );
});

describe("findAllowedHost", () => {
  const list = hosts("recordings.example.com, *.cdn.example.net, media.example.org:8443, 127.0.0.1:4010, [fd00::5]");

  it.each([
    ["https://recordings.example.com/a.mp3", "recordings.example.com"],
    ["http://recordings.example.com:8080/a.mp3", "recordings.example.com"],
    ["https://eu.cdn.example.net/a.mp3", "cdn.example.net"],
    ["https://a.b.cdn.example.net/a.mp3", "cdn.example.net"],
    ["https://media.example.org:8443/a.mp3", "media.example.org"],
    ["http://127.0.0.1:4010/recordings/a.ogg", "127.0.0.1"],
    ["http://[fd00::5]/a.ogg", "[fd00::5]"],
    ["HTTP://RECORDINGS.EXAMPLE.COM/a.mp3", "recordings.example.com"],
  ])("admits %s", (url, host) => {
    expect(findAllowedHost(new URL(url), list)?.host).toBe(host);
  });

  it.each([
    "https://cdn.example.net/a.mp3", // a wildcard names subdomains only
    "https://evilcdn.example.net/a.mp3",
    "https://recordings.example.com.evil.test/a.mp3",
    "https://media.example.org/a.mp3", // 443, not 8443
    "http://127.0.0.1:4011/a.ogg",
    "http://127.0.0.2:4010/a.ogg",
  ])("refuses %s", (url) => {
    expect(findAllowedHost(new URL(url), list)).toBeUndefined();
  });
});

describe("checkOutboundUrl", () => {
  const refused = (url: string, allowlist: string | null = null) => {
    try {
      checkOutboundUrl(new URL(url), allowlist ? hosts(allowlist) : null);
    } catch (error) {
      if (error instanceof OutboundRefused) return error.message;
      throw error;
    }
    return null;
  };

  it("refuses other schemes, credentials in the URL, and this machine by name", () => {
    expect(refused("data:text/html,<script>alert(1)</script>")).toMatch(/scheme data:/);
    expect(refused("file:///etc/passwd")).toMatch(/scheme file:/);
    expect(refused("ftp://ftp.example.com/a.mp3")).toMatch(/scheme ftp:/);
    expect(refused("javascript:alert(1)")).toMatch(/scheme javascript:/);
    expect(refused("https://user:pass@recordings.example.com/a.mp3")).toMatch(/credentials/);
    expect(refused("http://localhost:3000/api/health")).toMatch(/this machine/);
    expect(refused("http://app.localhost/api/health")).toMatch(/this machine/);
  });

  it("refuses private, loopback, link-local and metadata literals however they are spelled", () => {
    for (const url of [
      "http://127.0.0.1:3000/api/admin/users",
      "http://127.1/",
      "http://0x7f000001/",
      "http://2130706433/",
      "http://10.0.0.8/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]:3000/",
      "http://[::ffff:127.0.0.1]/",
      "http://[fe80::1]/",
      "http://0.0.0.0:3000/",
    ]) {
      expect(refused(url), url).toMatch(/not a public address/);
    }
  });

  it("lets an IP through only when an admin wrote that IP (and port) into the allowlist", () => {
    expect(refused("http://127.0.0.1:4010/recordings/a.ogg", "127.0.0.1:4010")).toBeNull();
    expect(refused("http://127.0.0.1:3000/api/health", "127.0.0.1:4010")).toMatch(/not on the allowlist/);
    // A name is not an IP written out: it still has to resolve to a public address.
    expect(refused("http://localhost:4010/recordings/a.ogg", "localhost:4010")).toMatch(/this machine/);
  });

  it("refuses a host the allowlist does not name, and lets any public host through without one", () => {
    expect(refused("https://attacker.example/a.mp3", "recordings.example.com")).toMatch(/not on the allowlist/);
    expect(refused("https://attacker.example/a.mp3")).toBeNull();
    expect(refused("https://8.8.8.8/a.mp3")).toBeNull();
  });
});
