import type { Role } from "@hindsight/domain";
import { FileSearch, KeyRound, Plus, Users, Webhook, type LucideIcon } from "lucide-react";

export interface NavLink {
  href: string;
  label: string;
  /** Drawn beside the label in the menus; in the wide header, for the editor's actions, instead of it. */
  icon?: LucideIcon;
}

/** The places everyone reads. The due queue follows them (its own link, with the count). */
export const placeLinks: readonly NavLink[] = [
  { href: "/", label: "Predictions" },
  { href: "/questions", label: "Questions" },
  { href: "/analysts", label: "Analysts" },
  { href: "/scoreboard", label: "Scoreboard" },
];

/** The two ways of logging: only for those who may (editors and admins); others would get a form they cannot send. */
export const editorLinks: readonly NavLink[] = [
  { href: "/predictions/new", label: "Log a prediction", icon: Plus },
  { href: "/predictions/from-article", label: "Add from article", icon: FileSearch },
];

/** In the account menu, for admins. */
export const adminLinks: readonly NavLink[] = [
  { href: "/admin/users", label: "Users", icon: Users },
  { href: "/admin/api-keys", label: "API keys", icon: KeyRound },
  { href: "/admin/webhooks", label: "Webhooks", icon: Webhook },
];

export const canEdit = (role: Role | null | undefined): boolean => role === "EDITOR" || role === "ADMIN";

/** Whether `href` is the page at `pathname` (the home page only for itself). */
export const isCurrent = (href: string, pathname: string): boolean => pathname === href;
