// zod pieces shared by the vendor schemas.
import { z } from "zod";

/** An ISO 8601 timestamp the vendor sends as a string; kept as sent. */
export const isoDateTime = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
  message: "must be an ISO 8601 date-time",
});

/** A YYYY-MM-DD date or a full timestamp. */
export const isoDate = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
  message: "must be an ISO 8601 date",
});

export const looseObject = z.record(z.string(), z.unknown());

/** Reads an id-like field of a payload that may be malformed. */
export function readKey(raw: unknown, ...path: string[]): string | null {
  let value: unknown = raw;
  for (const key of path) {
    if (value === null || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** "" and null both mean "none" in vendor payloads. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === "" ? null : value;
}
