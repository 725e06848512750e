// Tolerant readers (Postel's law at the vendor edge). A stream's schema
// validates what Coachboard needs to identify, order, page and show a record;
// everything else is read with these pieces, which never reject:
// - objects keep keys nobody documented (raw is kept as received anyway);
// - an optional value of the wrong type reads as missing (null);
// - an enum value nobody documented is kept as sent (a string);
// - a list keeps its usable elements, and reports each one it leaves out.
import { z, type ZodType } from "zod";

/** An object that keeps unknown keys. */
export const looseObjectOf = z.looseObject;

/** Any JSON object (a vendor's free-form metadata). */
export const anyObject = z.record(z.string(), z.unknown());

/** An optional value: absent, null or of the wrong type, it reads as null. */
export function optional<T extends ZodType>(schema: T) {
  return schema.nullable().optional().catch(null);
}

export const optString = optional(z.string());
export const optNumber = optional(z.number().finite());
export const optBoolean = optional(z.boolean());
export const optObject = optional(anyObject);
export const optStrings = optional(z.array(z.unknown()).transform((values) => values.filter((v): v is string => typeof v === "string")));

/** A number the vendor may send as a numeric string ("26.594"). */
export const numeric = z.union([z.number().finite(), z.string().trim().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/).transform(Number)]);
export const optNumeric = optional(numeric);

/** An id the vendor may send as a number or a string: read as a string. */
export const idString = z.union([z.string().min(1), z.number().finite().transform(String)]);
export const optIdString = optional(idString);

/** An ISO 8601 timestamp, kept as sent. */
export const timestamp = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
  message: "must be an ISO 8601 date-time",
});
export const optTimestamp = optional(timestamp);

/** A value of a list of known ones, or any other string as sent (a status added later). */
export const openEnum = z.string();
export const optOpenEnum = optString;

export type Drop = (what: string, why: string) => void;

/**
 * The usable elements of a list, each parsed with `schema`; every other one is
 * reported through `drop` (what: the element's name) and left out. Not a list
 * at all: no elements, and nothing is dropped (the field is treated as absent).
 */
export function elementsOf<T>(value: unknown, schema: ZodType<T>, what: string, drop: Drop): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const element of value) {
    const parsed = schema.safeParse(element);
    if (parsed.success) out.push(parsed.data);
    else drop(what, describe(parsed.error.issues));
  }
  return out;
}

function describe(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const [first] = issues;
  if (!first) return "unusable";
  const at = first.path.map(String).join(".");
  return at ? `${at}: ${first.message}` : first.message;
}

/** A value clamped to 0-100, for aggregates only (the stored score stays as sent). */
export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
