// What `npm run export -- <kind> [flags]` asks for, or what is wrong with it in words.

export const EXPORT_KINDS = ["calls", "comments", "reviews"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = "ndjson" | "csv";

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  /** calls: each call's transcript too (NDJSON only). */
  withTranscript: boolean;
  /** comments: the deleted ones too, flagged by deletedAt. */
  includeDeleted: boolean;
}

export const EXPORT_USAGE = `Usage: npm run export -- <kind> [--format ndjson|csv]
  calls     [--with-transcript]  every call (its transcript too, in NDJSON only)
  comments  [--include-deleted]  every comment at a moment of a call (deleted ones left out unless asked for)
  reviews                        every score override and dispute, with its decision
One JSON object a line on stdout (NDJSON), or CSV with --format csv.`;

const KIND_FLAGS: Record<ExportKind, readonly string[]> = {
  calls: ["--with-transcript"],
  comments: ["--include-deleted"],
  reviews: [],
};

const kindList = `${EXPORT_KINDS.slice(0, -1).join(", ")} or ${EXPORT_KINDS.at(-1)}`;

export function parseExportArgs(args: readonly string[]): ExportRequest | { error: string } {
  const [kind, ...rest] = args;
  if (kind === undefined || kind.startsWith("-")) return { error: `Name what to export first: ${kindList}.` };
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) return { error: `There is no export of "${kind}": choose ${kindList}.` };
  const request: ExportRequest = { kind: kind as ExportKind, format: "ndjson", withTranscript: false, includeDeleted: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? rest[++i] : arg.slice("--format=".length);
      if (value !== "ndjson" && value !== "csv") return { error: `--format takes ndjson or csv${value === undefined ? "" : `, not "${value}"`}.` };
      request.format = value;
    } else if (KIND_FLAGS[request.kind].includes(arg)) {
      if (arg === "--with-transcript") request.withTranscript = true;
      if (arg === "--include-deleted") request.includeDeleted = true;
    } else {
      return { error: `The ${request.kind} export has no option "${arg}".` };
    }
  }
  if (request.withTranscript && request.format === "csv") return { error: "--with-transcript needs NDJSON: a CSV has no column for a transcript." };
  return request;
}
