import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@hindsight/db/runtime";

/** Where `pnpm dev` / `pnpm start` keep the generated auth secret: beside the embedded data, git-ignored. */
export const authSecretFile = path.join(repoRoot, ".data", "auth-secret");

const MIN_LENGTH = 32;

/**
 * The secret that signs session cookies, generated once (32 random bytes, hex) into a file only its
 * owner can read, and read back on every later start so that sessions survive restarts.
 */
export function readOrCreateAuthSecret(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": create only if absent, so that two starts at once cannot write two different secrets.
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // Tighten a file someone copied in with looser permissions.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < MIN_LENGTH) {
    throw new Error(
      `${file} holds no usable auth secret (at least ${MIN_LENGTH} characters); delete it to have a new one generated (everyone will have to sign in again)`,
    );
  }
  return secret;
}
