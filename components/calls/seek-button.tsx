"use client";

// A button that plays the call from a moment. The cards under the player are
// rendered on the server and ship no script of their own; these buttons are
// their only interactive part, and reach the page's player through context.
import { createContext, use } from "react";

/** Seeks the call's player to a moment, in seconds (and brings the transcript along). */
export const SeekContext = createContext<(seconds: number) => void>(() => {});

export function SeekButton({ seconds, ...props }: { seconds: number } & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "type" | "onClick">) {
  const seek = use(SeekContext);
  return <button type="button" {...props} onClick={() => seek(seconds)} />;
}
