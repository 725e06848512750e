// Vendors often label voices "Rep", "agent", "Speaker 2" or an email. Where
// the call tells us who that is, the page says the name instead.
import type { CallDetail } from "@/lib/data/dto";
import type { Segment } from "@/lib/domain/transcript";
import { humanize } from "./format";

const GENERIC = /^(rep|sales ?rep|agent|prospect|customer|caller|unknown|speaker ?\d*|participant ?\d*)$/i;

type Who = Pick<CallDetail, "rep" | "prospect">;

function nameFor(speaker: Segment["speaker"], call: Who): string | null {
  // A voice agent is not the rep it books meetings for: it keeps its own label.
  if (speaker === "rep") return call.rep?.name ?? null;
  if (speaker === "prospect" || speaker === "caller") return call.prospect.name;
  return null;
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");

/** "jordan.blake@northbeam.example" is Jordan Blake; an email that does not spell the name stays. */
function emailNaming(label: string, name: string | null): boolean {
  const at = label.indexOf("@");
  return name !== null && at > 0 && !/\s/.test(label) && letters(label.slice(0, at)) === letters(name);
}

/** "raj.mehta@bank.example" reads as "Raj Mehta"; other emails stay as they are. */
function nameFromEmail(label: string): string | null {
  const match = /^([a-z]+)[._]([a-z]+)@[^\s@]+$/i.exec(label);
  if (!match) return null;
  const cap = (word: string) => word[0].toUpperCase() + word.slice(1).toLowerCase();
  return `${cap(match[1])} ${cap(match[2])}`;
}

/**
 * Segments with generic labels renamed after the call's rep or prospect,
 * only where one generic voice stands for that role (two "Speaker" voices on
 * the prospect's side could be two people). Returns the same array when
 * nothing changes.
 */
export function relabelSegments(segments: Segment[], call: Who): Segment[] {
  const genericByRole = new Map<Segment["speaker"], Set<string>>();
  for (const s of segments) {
    const label = s.label.trim();
    if (label && !GENERIC.test(label)) continue;
    const set = genericByRole.get(s.speaker) ?? new Set<string>();
    set.add(label.toLowerCase());
    genericByRole.set(s.speaker, set);
  }
  const renamed = segments.map((s) => {
    const label = s.label.trim();
    if (label && !GENERIC.test(label)) {
      const name = nameFor(s.speaker, call);
      if (name && emailNaming(label, name)) return { ...s, label: name };
      const fromEmail = nameFromEmail(label);
      return fromEmail ? { ...s, label: fromEmail } : s;
    }
    const name = genericByRole.get(s.speaker)?.size === 1 ? nameFor(s.speaker, call) : null;
    if (name) return { ...s, label: name };
    // "agent" and "" read better as "Agent" and the role.
    return { ...s, label: label ? humanize(label) : humanize(s.speaker) };
  });
  return renamed.every((s, i) => s === segments[i]) ? segments : renamed;
}
