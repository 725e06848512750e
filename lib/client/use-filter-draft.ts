"use client";

import { useState } from "react";
import { type FilterErrors, type Filters, hasErrors, unappliedEdits } from "./filter-validation";

/**
 * Filters as the form shows them: the applied ones (from the address) under
 * the user's edits. An edit that leaves every filter valid is applied at once;
 * one that does not stays in the form with its message, and nothing is
 * requested until it is fixed. Edits the address has caught up with are
 * dropped, so a later change of address (back, a link) shows again.
 */
export function useFilterDraft<F extends Filters>(applied: F, validate: (filters: F) => FilterErrors, apply: (filters: F) => void) {
  const [edits, setEdits] = useState<Partial<F>>({});
  const appliedKey = JSON.stringify(applied);
  const [seenKey, setSeenKey] = useState(appliedKey);
  if (seenKey !== appliedKey) {
    setSeenKey(appliedKey);
    setEdits(unappliedEdits(edits, applied));
  }
  const draft = { ...applied, ...edits } as F;
  const errors = validate(draft);

  const change = (next: Partial<F>) => {
    const nextEdits = { ...edits, ...next };
    setEdits(nextEdits);
    const nextDraft = { ...applied, ...nextEdits } as F;
    if (!hasErrors(validate(nextDraft))) apply(nextDraft);
  };

  return { draft, errors, change, pending: hasErrors(errors) };
}
