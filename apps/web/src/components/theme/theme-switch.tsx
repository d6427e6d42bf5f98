"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import type { ReactNode } from "react";
import { Segmented } from "@/components/ui/segmented";
import type { Theme } from "@/lib/theme";
import { useTheme } from "./theme-provider";

const options = [
  {
    value: "system",
    label: (
      <span className="inline-flex items-center gap-1.5">
        <Monitor aria-hidden className="size-3.5" /> System
      </span>
    ),
  },
  {
    value: "light",
    label: (
      <span className="inline-flex items-center gap-1.5">
        <Sun aria-hidden className="size-3.5" /> Light
      </span>
    ),
  },
  {
    value: "dark",
    label: (
      <span className="inline-flex items-center gap-1.5">
        <Moon aria-hidden className="size-3.5" /> Dark
      </span>
    ),
  },
] as const satisfies readonly { value: Theme; label: ReactNode }[];

/** System, light or dark, remembered in this browser: three radio buttons (Tab, then the arrow keys). */
export function ThemeSwitch() {
  const { theme, setTheme } = useTheme();
  return (
    <div className="flex items-center gap-2">
      <span aria-hidden className="text-xs text-muted-foreground">
        Theme
      </span>
      <Segmented name="theme" legend="Theme" value={theme} options={options} onChange={setTheme} />
    </div>
  );
}
