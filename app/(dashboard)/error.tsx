"use client";

import { ErrorState } from "@/components/ui/states";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-10">
      <ErrorState error={new Error(error.digest ? "This page could not be loaded. Try again in a moment." : error.message)} retry={reset} />
    </div>
  );
}
