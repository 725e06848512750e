import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { icoFromPngs } from "./make-icons";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readIco(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size: ico.readUInt8(entry) || 256, image: ico.subarray(offset, offset + length) };
  });
}

describe("app icons", () => {
  it("packs PNGs into an .ico directory with sizes, lengths and offsets", () => {
    const a = Buffer.concat([PNG_SIGNATURE, Buffer.from("a")]);
    const b = Buffer.concat([PNG_SIGNATURE, Buffer.from("bb")]);
    const entries = readIco(icoFromPngs([{ size: 16, png: a }, { size: 256, png: b }]));
    expect(entries.map((e) => e.size)).toEqual([16, 256]);
    expect(entries[0].image.equals(a)).toBe(true);
    expect(entries[1].image.equals(b)).toBe(true);
  });

  it("the committed favicon holds PNGs at 16, 32 and 48 px", () => {
    const entries = readIco(readFileSync(path.join(import.meta.dirname, "..", "public", "favicon.ico")));
    expect(entries.map((e) => e.size)).toEqual([16, 32, 48]);
    for (const { size, image } of entries) {
      expect(image.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
