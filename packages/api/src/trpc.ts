import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { DomainError, inspectInput } from "@hindsight/domain";
import type { Context } from "./context";
import { noteWrite } from "./cache";
import { fieldErrorsOf, toTRPCError } from "./errors";

/** Procedure metadata. `readOnly`: a mutation only because its input is too big for a GET (extract.run). */
export interface Meta {
  readOnly?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, type }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      const isInputError = error.code === "BAD_REQUEST" && fieldErrors !== null;
      return {
        ...shape,
        // An unexpected failure's own message may name files, SQL or constraints: never send it.
        message: isInputError
          ? "Some fields are not valid"
          : error.code === "INTERNAL_SERVER_ERROR"
            ? internalFailureMessage(type)
            : shape.message,
        data: { ...shape.data, fieldErrors, stack: undefined },
      };
    },
  });

/**
 * What an unexpected failure says: a read was not read, a write was not saved (a write's
 * transaction rolls back). A failure outside any procedure (the request itself) says neither.
 */
export function internalFailureMessage(type: "query" | "mutation" | "subscription" | "unknown"): string {
  if (type === "query") return "Something went wrong on the server; the data could not be read";
  if (type === "mutation") return "Something went wrong on the server; the change was not saved";
  return "Something went wrong on the server";
}

/**
 * Input no schema should have to think about, refused before any procedure's own schema runs:
 * text with a NUL character or a lone surrogate, a string longer than any field may be, nesting
 * deeper than MAX_JSON_DEPTH, a number that is not finite (superjson can carry NaN and Infinity).
 * Each problem names its field; nothing reaches the database.
 */
const refuseUnreadableInput = t.middleware(async ({ next, getRawInput }) => {
  const issues = inspectInput(await getRawInput());
  if (issues.length > 0) throw new DomainError("INVALID", issues[0]!.message, issues);
  return next();
});

/**
 * Domain errors thrown anywhere below become tRPC errors with the mapped code; a mutation that
 * succeeded drops this process's cached read models (cache.ts).
 */
const mapDomainErrors = t.middleware(async ({ next, type, meta }) => {
  const result = await next();
  // A failed mutation may have committed before it failed (reading its answer back): drop too.
  if (type === "mutation" && meta?.readOnly !== true) noteWrite();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped !== result.error.cause) throw mapped;
  }
  return result;
});

const rank = { VIEWER: 0, EDITOR: 1, ADMIN: 2 } as const;

/** The one place where permissions are checked: UNAUTHORIZED = not signed in, FORBIDDEN = too low a role. */
const requireRole = (needed: keyof typeof rank) =>
  t.middleware(({ ctx, next }) => {
    if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this" });
    if (rank[ctx.actor.role] < rank[needed]) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${needed.toLowerCase()} role` });
    }
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors).use(refuseUnreadableInput);
/** Anyone signed in, viewers included: filing a dispute as oneself, one's own follows and notification settings. */
export const signedInProcedure = publicProcedure.use(requireRole("VIEWER"));
/** Logging, editing and judging. */
export const editorProcedure = publicProcedure.use(requireRole("EDITOR"));
/** Managing users and API keys. */
export const adminProcedure = publicProcedure.use(requireRole("ADMIN"));
