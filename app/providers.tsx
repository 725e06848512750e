"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { SessionProvider } from "next-auth/react";
import { useState } from "react";
import { z } from "zod";
import { ApiError } from "@/lib/client/fetch-json";

// zod compiles object parsers with new Function when eval is allowed, and tests
// whether it is by trying: the Content-Security-Policy forbids eval, and that
// try would be reported as a violation on every page. The plain parsers are used.
z.config({ jitless: true });

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // A refusal (4xx) says what is wrong at once; only a failure on our side or the network's is tried again.
          queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500) },
        },
      }),
  );
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </SessionProvider>
  );
}
