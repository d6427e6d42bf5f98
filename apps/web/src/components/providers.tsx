"use client";

import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/trpc/react";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      {children}
      <Toaster theme="system" position="bottom-right" richColors closeButton />
    </TRPCReactProvider>
  );
}
