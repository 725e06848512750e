// Elements of good records that were left out (a word without a start time,
// an answer with no question id): counted per run, with a few examples, so an
// admin sees what a vendor sends that Coachboard cannot use.

export interface DropNote {
  what: string;
  why: string;
  count: number;
  /** The record the first such element came from. */
  example: string | null;
}

const MAX_NOTES = 10;

export class DropLog {
  total = 0;
  private readonly notes = new Map<string, DropNote>();

  add(what: string, why: string, record: string | null): void {
    this.total++;
    const key = `${what}\u0000${why}`;
    const note = this.notes.get(key);
    if (note) note.count++;
    else if (this.notes.size < MAX_NOTES) this.notes.set(key, { what, why, count: 1, example: record });
  }

  /** The notes as stored with the run (JSON), or null when nothing was dropped. */
  serialize(): string | null {
    return this.total ? JSON.stringify([...this.notes.values()]) : null;
  }
}
