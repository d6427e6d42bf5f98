import { z } from "zod";

/**
 * The one module of the web app that reads `process.env`. Values are read when first used, at
 * request time, so that `next build` works on a machine without a database.
 */
const serverSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start Hindsight with `pnpm dev`, which provides it" })
    .trim()
    .min(1, "DATABASE_URL is not set: start Hindsight with `pnpm dev`, which provides it")
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      error: "DATABASE_URL must be a postgresql:// URL",
    }),
});

export type ServerEnv = z.output<typeof serverSchema>;

let cached: ServerEnv | undefined;

function load(): ServerEnv {
  if (typeof window !== "undefined") {
    throw new Error("src/env.ts holds server configuration and cannot be used in the browser");
  }
  const result = serverSchema.safeParse({ DATABASE_URL: process.env.DATABASE_URL });
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => issue.message).join("; "));
  }
  return result.data;
}

/** Server configuration, validated on first access (`env.DATABASE_URL`). */
export const env: ServerEnv = {
  get DATABASE_URL() {
    cached ??= load();
    return cached.DATABASE_URL;
  },
};
