// Fits a skill radar into its box: wraps or shortens long axis labels and picks the largest
// radius at which every label stays inside the chart, measured from the container's size.

export interface RadarLabel {
  lines: string[];
  full: string;
  /** True when a part of the name had to be cut: the full name then goes in a title. */
  shortened: boolean;
}

export interface RadarLayout {
  outerRadius: number;
  fontSize: number;
  lineHeight: number;
  labels: RadarLabel[];
}

type Anchor = "start" | "middle" | "end";

/** How far outside the grid recharts places angle-axis labels (its default tick size). */
export const RADAR_TICK_GAP = 8;
/** Room kept free along the chart's edges. */
const EDGE = 4;
/** A generous average glyph width, as a share of the font size, so estimates err towards room. */
const CHAR_WIDTH = 0.6;
/** Longest line first; each step wraps or shortens more. */
const LINE_LENGTHS = [24, 18, 14, 12, 10, 8];

function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Wraps a label at spaces into at most maxLines lines of at most maxChars; what does not fit ends in "…". */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): RadarLabel {
  const full = label.trim().replace(/\s+/g, " ");
  const lines: string[] = [];
  for (const word of full.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${lines.slice(maxLines - 1).join(" ")}`;
  const shown = kept.map((line) => cut(line, maxChars));
  const shortened = lines.length > maxLines || shown.some((line, i) => line !== kept[i]);
  if (lines.length > maxLines && !shown[maxLines - 1].endsWith("…")) shown[maxLines - 1] = `${shown[maxLines - 1]}…`;
  return { lines: shown, full, shortened };
}

/** The angle of axis i of n in degrees, as recharts lays out a radar: the first at the top, then clockwise. */
export function axisAngle(i: number, n: number): number {
  return 90 - (360 * i) / n;
}

/** Where a label hangs off its point, by the same rules recharts uses for angle-axis ticks. */
export function labelAnchors(angle: number): { horizontal: Anchor; vertical: Anchor } {
  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const horizontal: Anchor = cos > 1e-5 ? "start" : cos < -1e-5 ? "end" : "middle";
  const vertical: Anchor = Math.abs(cos) <= Math.SQRT1_2 ? (sin > 0 ? "end" : "start") : "middle";
  return { horizontal, vertical };
}

function textSize(label: RadarLabel, fontSize: number, lineHeight: number) {
  return { w: Math.max(...label.lines.map((l) => l.length)) * fontSize * CHAR_WIDTH, h: label.lines.length * lineHeight };
}

/** The box a label takes in a chart of this size, centred, with the given radius. */
export function labelBox(layout: RadarLayout, i: number, width: number, height: number): { left: number; right: number; top: number; bottom: number } {
  const angle = axisAngle(i, layout.labels.length);
  const { horizontal, vertical } = labelAnchors(angle);
  const rad = (angle * Math.PI) / 180;
  const x = width / 2 + Math.cos(rad) * (layout.outerRadius + RADAR_TICK_GAP);
  const y = height / 2 - Math.sin(rad) * (layout.outerRadius + RADAR_TICK_GAP);
  const { w, h } = textSize(layout.labels[i], layout.fontSize, layout.lineHeight);
  const left = horizontal === "start" ? x : horizontal === "end" ? x - w : x - w / 2;
  const top = vertical === "start" ? y : vertical === "end" ? y - h : y - h / 2;
  return { left, right: left + w, top, bottom: top + h };
}

/** The largest radius at which these labels stay inside the box (negative when one cannot). */
function fittingRadius(labels: RadarLabel[], width: number, height: number, fontSize: number, lineHeight: number): number {
  let radius = Math.min(width, height) / 2 - EDGE;
  labels.forEach((label, i) => {
    const angle = axisAngle(i, labels.length);
    const { horizontal, vertical } = labelAnchors(angle);
    const rad = (angle * Math.PI) / 180;
    const cos = Math.abs(Math.cos(rad));
    const sin = Math.abs(Math.sin(rad));
    const { w, h } = textSize(label, fontSize, lineHeight);
    const roomX = width / 2 - EDGE - (horizontal === "middle" ? w / 2 : w);
    const roomY = height / 2 - EDGE - (vertical === "middle" ? h / 2 : h);
    if (roomX < 0 || roomY < 0) radius = -1;
    if (horizontal !== "middle" && cos > 1e-5) radius = Math.min(radius, roomX / cos - RADAR_TICK_GAP);
    if (sin > 1e-5) radius = Math.min(radius, roomY / sin - RADAR_TICK_GAP);
  });
  return Math.floor(radius);
}

/**
 * The radar's radius and labels for a chart of this size; null until the container has been measured.
 * Prefers the largest radius at which no name is cut (the longest lines on a tie), and cuts names only when
 * keeping them whole would shrink the radar below a fifth of the box.
 */
export function fitRadar(width: number, height: number, names: string[]): RadarLayout | null {
  if (width <= 0 || height <= 0 || names.length === 0) return null;
  const fontSize = width < 480 ? 11 : 12;
  const lineHeight = Math.round(fontSize * 1.25);
  const candidates = LINE_LENGTHS.map((maxChars) => {
    const labels = names.map((name) => (name.length <= maxChars ? { lines: [name], full: name, shortened: false } : wrapLabel(name, maxChars)));
    return { outerRadius: fittingRadius(labels, width, height, fontSize, lineHeight), fontSize, lineHeight, labels };
  });
  const largest = (list: RadarLayout[]) => list.reduce<RadarLayout | null>((best, c) => (!best || c.outerRadius > best.outerRadius ? c : best), null);
  const whole = largest(candidates.filter((c) => c.labels.every((l) => !l.shortened)));
  if (whole && whole.outerRadius >= Math.min(width, height) * 0.2) return whole;
  const best = largest(candidates)!;
  return { ...best, outerRadius: Math.max(best.outerRadius, 16) };
}
