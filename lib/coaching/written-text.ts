// What people write in Coachboard (comments, score reviews, feedback requests), checked alike.
import { z } from "zod";

/** Control characters other than tab and line breaks (PostgreSQL refuses NUL in text outright). */
export const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
export const noControl = { message: "must not contain control characters" };

/** Written text: trimmed, not empty (`empty` says so otherwise), at most `max` characters, no control characters. */
export function writtenText(max: number, empty = "must not be empty") {
  return z
    .string({ message: "must be text" })
    .trim()
    .min(1, { message: empty })
    .max(max, { message: `must be at most ${max} characters` })
    .regex(NO_CONTROL, noControl);
}
