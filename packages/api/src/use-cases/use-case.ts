import type { z } from "zod";
import { DomainError, formatIssuePath } from "@hindsight/domain";
import type { Database } from "@hindsight/db";
import type { Auth } from "../auth/auth";
import type { Actor } from "../context";

/**
 * The operator at the server (the CLI): may do what an admin may, and what they write is recorded
 * with no actor ("someone at the server"), as the CLI always has.
 */
export const OPERATOR = { operator: true } as const;
export type Operator = typeof OPERATOR;

/**
 * What a use case runs with. The tRPC context is one (its middleware has checked the actor's role
 * before the use case runs: use cases never check permissions); the CLI builds one with
 * `operatorContext`. Each use case names the part it needs, so that a caller gives no more.
 */
export interface UseCaseContext {
  db: Database;
  now: () => Date;
  /** A signed-in user or API key, the operator, or null for an anonymous reader. */
  actor: Actor | Operator | null;
  /** better-auth, for the use cases that manage users; null where sign-in is not configured. */
  auth?: Auth | null;
}

/** The user id the audit trail records for `actor`: none for the operator or an anonymous reader. */
export const actorIdOf = (actor: UseCaseContext["actor"]): string | null =>
  actor !== null && "userId" in actor ? actor.userId : null;

/** The context the CLI runs use cases with: the operator, on `db`, at `now`. */
export function operatorContext(db: Database, options: { now?: () => Date; auth?: Auth | null } = {}): UseCaseContext {
  return { db, now: options.now ?? (() => new Date()), actor: OPERATOR, auth: options.auth ?? null };
}

/**
 * One thing a user of Hindsight can do (docs/architecture.md, "Use cases"): its input schema (the
 * domain's zod schema) and `run`, which takes the input already parsed by that schema. The tRPC
 * procedure declares `input` (tRPC parses it; the REST API and the OpenAPI document go through the
 * procedure) and calls `run`; the CLI calls `execute`, which parses it. Either way the input is
 * validated once, by the same schema.
 */
export interface UseCase<Input extends z.ZodType, Output, Needs = UseCaseContext> {
  input: Input;
  run(ctx: Needs, input: z.output<Input>): Promise<Output>;
}

export const useCase = <Input extends z.ZodType, Output, Needs = UseCaseContext>(
  definition: UseCase<Input, Output, Needs>,
): UseCase<Input, Output, Needs> => definition;

/** The input parsed by `schema`, or INVALID with one issue per field, as the tRPC error formatter reports them. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError(
    "INVALID",
    "Some fields are not valid",
    parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
  );
}

/** Runs a use case on input that no schema has read yet (the CLI's, a script's). */
export async function execute<Input extends z.ZodType, Output, Needs>(
  useCase: UseCase<Input, Output, Needs>,
  ctx: Needs,
  input: z.input<Input>,
): Promise<Output> {
  return await useCase.run(ctx, parseInput(useCase.input, input));
}
