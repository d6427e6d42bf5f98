import { z } from "zod";
import { date, optional, text } from "./fields";
import { apiKeyRoles, type Role } from "./values";

export type { ApiKeyRole, ApiKeyStatus } from "./values";

/** Every key starts with this, so that a leaked one is recognisable (and secret scanners can find it). */
export const API_KEY_PREFIX = "hs_";

export const createApiKeyInput = z.object({
  name: text("Name", 100),
  role: z.enum(apiKeyRoles, { error: "Role must be EDITOR or VIEWER" }).default("EDITOR"),
  /** After this moment the key is refused; absent means it never expires. */
  expiresAt: optional(date("Expiry date")),
});
export type CreateApiKeyInput = z.output<typeof createApiKeyInput>;
export type CreateApiKeyFormValues = z.input<typeof createApiKeyInput>;

export const revokeApiKeyInput = z.object({
  id: z.string({ error: "id is required" }).trim().min(1, "id is required").max(100, "id is too long"),
});
export type RevokeApiKeyInput = z.output<typeof revokeApiKeyInput>;

/** A key as lists show it: never the key itself, which only its creator sees, once. */
export interface ApiKeySummary {
  id: string;
  name: string;
  /** The key's first characters (`hs_` and 8 more), enough to recognise it. */
  prefix: string;
  /** EDITOR or VIEWER for every key made here; typed as any role because the column is. */
  role: Role;
  createdAt: Date;
  createdBy: { id: string; name: string };
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** What creating a key answers: the summary and, this once, the key. */
export interface CreatedApiKey extends ApiKeySummary {
  key: string;
}
