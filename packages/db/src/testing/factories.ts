import { randomBytes } from "node:crypto";
import type { CreatePredictionFormValues } from "@hindsight/domain";
import type { Database } from "../client";

type Role = "ADMIN" | "EDITOR" | "VIEWER";

/** A user row for tests that need an actor (signing in is tested separately, through better-auth). */
export async function makeUser(
  db: Database,
  role: Role,
  name = `${role.toLowerCase()} ${randomBytes(3).toString("hex")}`,
) {
  const id = `user_${randomBytes(8).toString("hex")}`;
  await db.user.create({ data: { id, name, email: `${id}@example.test`, role } });
  return { userId: id, role, name };
}

/** A valid logging-form submission; override what the test is about. */
export function predictionInput(overrides: Partial<CreatePredictionFormValues> = {}): CreatePredictionFormValues {
  return {
    analyst: { mode: "new", name: "Tereza Novotna", affiliation: "Free University of Berlin" },
    source: {
      title: "What Trump's North Korea diplomacy says about his Russia strategy",
      outlet: "Asia Times",
      url: "https://asiatimes.com/2025/04/what-trumps-north-korea-diplomacy-says-about-his-russia-strategy/",
      publishedAt: "2025-04-25",
    },
    quote: "the Trump-Putin talks will be flashy, vague and ultimately meaningless",
    claim: "The Trump-Putin talks end without a substantive agreement",
    madeAt: "2025-04-25",
    resolveBy: "2025-12-31",
    probability: 0.95,
    tags: ["Russia", "diplomacy"],
    ...overrides,
  };
}
