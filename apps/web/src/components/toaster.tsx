"use client";

import dynamic from "next/dynamic";
import { useTheme } from "@/components/theme/theme-provider";

/**
 * The toaster, loaded after the page is interactive rather than with every page's first load (it
 * is about 10 kB gzipped and no page needs it before the reader has done something). Toasts raised
 * before it arrives wait in sonner's queue and show when it mounts.
 */
const Toaster = dynamic(() => import("sonner").then((module) => module.Toaster), { ssr: false });

/** Toasts in the reader's theme, not only the system's. */
export function ThemedToaster() {
  const { theme } = useTheme();
  return <Toaster theme={theme} position="bottom-right" richColors closeButton />;
}
