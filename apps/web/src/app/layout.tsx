import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { parseTheme, THEME_COOKIE, themeClass } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hindsight", template: "%s · Hindsight" },
  description: "A ledger of public predictions by pundits and experts, and how they turned out.",
};

const themeColors = { light: "#fafbfc", dark: "#15171f" } as const;

/** The browser's own bars in the page's colours: the reader's chosen theme, or the system's. */
export async function generateViewport(): Promise<Viewport> {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  if (theme !== "system") return { themeColor: themeColors[theme] };
  return {
    themeColor: [
      { media: "(prefers-color-scheme: light)", color: themeColors.light },
      { media: "(prefers-color-scheme: dark)", color: themeColors.dark },
    ],
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, never prerendered at build time: only then can Next put the
  // request's Content-Security-Policy nonce (src/proxy.ts) on its scripts.
  await connection();
  // The reader's theme, from their cookie: drawn on <html> by the server, so the first paint is right.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={themeClass(theme)}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <Providers theme={theme}>
          <SiteHeader />
          {/* overflow-x-clip: nothing in a page makes the whole page scroll sideways on a phone (wide
              tables scroll inside their own boxes); CI once found "/" 2 px too wide at 390 px, untraced. */}
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 overflow-x-clip px-4 py-8 sm:px-6 sm:py-10">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
