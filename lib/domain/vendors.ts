import { z } from "zod";

export const VENDORS = ["salesfinity", "execvision", "analyses", "voice-agent", "revont"] as const;
export const vendorSchema = z.enum(VENDORS);
export type Vendor = z.infer<typeof vendorSchema>;

export const VENDOR_LABELS: Record<Vendor, string> = {
  salesfinity: "Salesfinity",
  execvision: "ExecVision",
  analyses: "Call analyses",
  "voice-agent": "Voice agent",
  revont: "Revont",
};
