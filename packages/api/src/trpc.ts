import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
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
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      const isInputError = error.code === "BAD_REQUEST" && fieldErrors !== null;
      return {
        ...shape,
        // An unexpected failure's own message may name files, SQL or constraints: never send it.
        message: isInputError
          ? "Some fields are not valid"
          : error.code === "INTERNAL_SERVER_ERROR"
            ? "Something went wrong on the server; the change was not saved"
            : shape.message,
        data: { ...shape.data, fieldErrors, stack: undefined },
      };
    },
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
export const publicProcedure = t.procedure.use(mapDomainErrors);
/** Logging, editing and judging. */
export const editorProcedure = publicProcedure.use(requireRole("EDITOR"));
/** Managing users and API keys. */
export const adminProcedure = publicProcedure.use(requireRole("ADMIN"));
