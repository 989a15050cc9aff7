import { DoorOpen } from "lucide-react";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { QuickExit } from "./_components/shell/quick-exit";
import { ThemeScript } from "./_components/shell/theme-script";
import { Toaster } from "./_components/ui/toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kintsugi", template: "%s · Kintsugi" },
  description: "A private space for two partners rebuilding trust.",
  applicationName: "Kintsugi",
  // Private by default: nothing here is for search engines.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf7f2" },
    { media: "(prefers-color-scheme: dark)", color: "#171411" },
  ],
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh">
        <ThemeScript nonce={nonce} />
        {/* First in the page and in tab order: reachable before any sensitive content. */}
        <QuickExit icon={<DoorOpen aria-hidden className="size-4" />} />
        {children}
        <Toaster />
      </body>
    </html>
  );
}
