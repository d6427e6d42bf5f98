"use client";

import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { ThemeProvider, useTheme } from "@/components/theme/theme-provider";
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

/** Toasts in the reader's theme, not only the system's. */
function ThemedToaster() {
  const { theme } = useTheme();
  return <Toaster theme={theme} position="bottom-right" richColors closeButton />;
}
