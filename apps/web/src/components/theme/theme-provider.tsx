"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { THEMES, themeClass, themeCookie, type Theme } from "@/lib/theme";

interface ThemeState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

const ThemeContext = createContext<ThemeState | null>(null);

/**
 * The reader's theme, starting from the one the server drew the page in (read from the cookie), so
 * the switch shows the right choice from the first paint. Choosing one changes the class on <html>
 * at once and writes the cookie for the next page loads.
 */
export function ThemeProvider({ initialTheme, children }: { initialTheme: Theme; children: ReactNode }) {
  const [theme, setThemeState] = useState<Theme>(initialTheme);
  const setTheme = useCallback((next: Theme) => {
    setThemeState(next);
    const root = document.documentElement;
    root.classList.remove(...THEMES.map((name) => themeClass(name)).filter((name) => name !== undefined));
    const added = themeClass(next);
    if (added) root.classList.add(added);
    document.cookie = themeCookie(next, window.location.protocol === "https:");
  }, []);
  const value = useMemo(() => ({ theme, setTheme }), [theme, setTheme]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeState {
  const state = useContext(ThemeContext);
  if (!state) throw new Error("useTheme needs a ThemeProvider above it");
  return state;
}
