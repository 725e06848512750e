// CSV of export rows: a header of the row's field names, then each row's
// values in that order, every cell neutralized (csv.ts), as text or as a byte
// stream a download route pulls a page at a time.
import { csvLine } from "./csv";

/** The header line of a CSV of these columns. */
export function csvHeaderOf(columns: readonly string[]): string {
  return csvLine(columns);
}

/** One row as a CSV line, its values in the columns' order (objects and lists as JSON). */
export function csvRowOf<T extends object>(columns: readonly (keyof T & string)[], row: T): string {
  return csvLine(columns.map((column) => row[column]));
}

/**
 * Rows as a CSV download: the header, then a line per row, read from `rows`
 * only as the client takes them (the export's pages are fetched on demand).
 */
export function csvStream<T>(header: string, rows: AsyncIterable<T>, line: (row: T) => string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${header}\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${line(next.value)}\n`));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** A CSV download named `filename`, its rows streamed as the client takes them. */
export function csvResponse<T>(filename: string, header: string, rows: AsyncIterable<T>, line: (row: T) => string): Response {
  return new Response(csvStream(header, rows, line), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
}
