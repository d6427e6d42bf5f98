"use client";

import type { ReactNode } from "react";
import { ThemeProvider } from "@/components/theme/theme-provider";
import { ThemedToaster } from "@/components/toaster";
import type { Theme } from "@/lib/theme";
import { TRPCReactProvider } from "@/trpc/react";

export function Providers({ theme, children }: { theme: Theme; children: ReactNode }) {
  return (
    <ThemeProvider initialTheme={theme}>
      <TRPCReactProvider>
        {children}
        <ThemedToaster />
      </TRPCReactProvider>
    </ThemeProvider>
  );
}
