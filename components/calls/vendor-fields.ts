// Vendor insight objects (lead, messaging, targeting, action plan) arrive as
// whatever fields the vendor sends; this turns one into rows a person can
// read: yes/no for booleans, chips for lists, nested groups, nulls left out.
import { formatNumber, humanize } from "./format";

export type FieldValue =
  | { kind: "text"; text: string }
  | { kind: "yesno"; value: boolean }
  | { kind: "chips"; items: string[] }
  | { kind: "group"; rows: FieldRow[] };

export interface FieldRow {
  key: string;
  label: string;
  value: FieldValue;
}

/** Enum-like values ("partially_handled") read as words; sentences stay as they are. */
export function readableValue(value: string): string {
  return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(value) ? humanize(value) : value;
}

function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() ? readableValue(value.trim()) : null;
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value, 2) : null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return null;
}

function describeValue(value: unknown): FieldValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return { kind: "yesno", value };
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) {
      const items = value.map(scalarText).filter((v): v is string => v !== null);
      return items.length ? { kind: "chips", items } : null;
    }
    const rows = value
      .map((item, i) => {
        const described = describeValue(item);
        return described ? { key: String(i), label: `${i + 1}.`, value: described } : null;
      })
      .filter((r): r is FieldRow => r !== null);
    return rows.length ? { kind: "group", rows } : null;
  }
  if (typeof value === "object") {
    const rows = describeFields(value as Record<string, unknown>);
    return rows.length ? { kind: "group", rows } : null;
  }
  const text = scalarText(value);
  return text === null ? null : { kind: "text", text };
}

export function describeFields(record: Record<string, unknown> | null | undefined): FieldRow[] {
  if (!record) return [];
  const rows: FieldRow[] = [];
  for (const [key, raw] of Object.entries(record)) {
    const value = describeValue(raw);
    if (value) rows.push({ key, label: humanize(key), value });
  }
  return rows;
}
