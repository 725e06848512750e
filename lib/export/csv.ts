// One CSV cell, safe to open in a spreadsheet. Vendor text (a prospect's
// company, a rep's name, a skill label) goes into our exports, and Excel,
// LibreOffice and Google Sheets run a cell starting with = + - @ (or a tab
// or carriage return before one) as a formula: =HYPERLINK(...) sends data away.

/** What a spreadsheet may read as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as one CSV cell: text that could start a formula gets a leading
 * single quote, which spreadsheets show as text; then the usual quoting.
 * Numbers are our own figures and stay numbers, negative ones included.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  let text = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A row of cells as one CSV line, without its line break. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(",");
}
