import type { Vendor } from "@/lib/domain/vendors";
import { VENDOR_LABELS } from "@/lib/domain/vendors";

/** The vendor refused our credentials: stop that vendor and name what to fix. */
export class AuthError extends Error {
  constructor(
    readonly vendor: Vendor,
    readonly status: number,
    readonly credentials: string[],
  ) {
    super(`${VENDOR_LABELS[vendor]} rejected the credentials (HTTP ${status}): check ${credentials.join(" and ")}`);
    this.name = "AuthError";
  }
}

/** A request the vendor will not answer however often it is sent (a 4xx other than 401/403/404/429). */
export class VendorRequestError extends Error {
  constructor(
    readonly vendor: Vendor,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "VendorRequestError";
  }
}

/** Retries ran out on 429s, 5xx, timeouts or broken responses. */
export class VendorUnavailableError extends Error {
  constructor(
    readonly vendor: Vendor,
    message: string,
  ) {
    super(message);
    this.name = "VendorUnavailableError";
  }
}

export class NotFoundError extends Error {
  constructor(readonly vendor: Vendor, path: string) {
    super(`${VENDOR_LABELS[vendor]} has no ${path}`);
    this.name = "NotFoundError";
  }
}

/** Paging that cannot make progress, or a vendor page that contradicts itself. */
export class PagingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PagingError";
  }
}

/** The vendor's sync lock was lost (its connection died), or another process moved the cursor: this run must stop. */
export class LockLostError extends Error {
  constructor(vendor: Vendor) {
    super(`the sync lock of ${VENDOR_LABELS[vendor]} was lost, or another process moved its cursor`);
    this.name = "LockLostError";
  }
}

/** The process is shutting down: a sync stops after the page it is writing, and resumes from there next time. */
export class SyncStoppedError extends Error {
  constructor(why = "the server is shutting down") {
    super(`stopped: ${why}`);
    this.name = "SyncStoppedError";
  }
}
