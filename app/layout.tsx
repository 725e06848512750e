import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Coachboard", template: "%s · Coachboard" },
  description: "Sales coaching from every call: scores, transcripts and coaching plans in one place.",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f57cc" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Next puts the nonce of proxy.ts on its scripts only when a page renders per
  // request; a page prerendered at build time (the not-found page) would carry
  // none, and its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
