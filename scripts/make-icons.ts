// Renders public/icon.svg into the PNG app icons and public/favicon.ico with
// the installed Chromium. The outputs are committed; run this only after
// changing the SVG: npx tsx scripts/make-icons.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const pub = (name: string) => path.join(root, "public", name);

/** An .ico whose images are PNGs (every current browser reads these). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  const svg = await readFile(pub("icon.svg"), "utf8");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  const render = async (size: number, padding = 0) => {
    await page.setViewportSize({ width: size, height: size });
    const inner = size - 2 * padding;
    await page.setContent(`<body style="margin:0;background:${padding ? "#1f57cc" : "transparent"}"><div style="padding:${padding}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body>`);
    return page.screenshot({ omitBackground: !padding, clip: { x: 0, y: 0, width: size, height: size } });
  };
  await writeFile(pub("apple-touch-icon.png"), await render(180, 18));
  await writeFile(pub("icon-192.png"), await render(192));
  await writeFile(pub("icon-512.png"), await render(512));
  await writeFile(pub("favicon.ico"), icoFromPngs([{ size: 16, png: await render(16) }, { size: 32, png: await render(32) }, { size: 48, png: await render(48) }]));
  await browser.close();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
