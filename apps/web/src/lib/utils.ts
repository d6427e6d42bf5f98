import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names, letting later Tailwind utilities override earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/** Only web links become links: a URL that reached the ledger some other way must not run script. */
export const isWebUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);
