export const VENDORS = ["salesfinity", "execvision", "analyses", "voice-agent", "revont"] as const;
export type Vendor = (typeof VENDORS)[number];

export function isVendor(value: unknown): value is Vendor {
  return (VENDORS as readonly unknown[]).includes(value);
}

export const VENDOR_LABELS: Record<Vendor, string> = {
  salesfinity: "Salesfinity",
  execvision: "ExecVision",
  analyses: "Call analyses",
  "voice-agent": "Voice agent",
  revont: "Revont",
};
