import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context";
import { fieldErrorsOf, toTRPCError } from "./errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error.cause);
    const isInputError = error.code === "BAD_REQUEST" && fieldErrors !== null;
    return {
      ...shape,
      message: isInputError ? "Some fields are not valid" : shape.message,
      data: { ...shape.data, fieldErrors, stack: undefined },
    };
  },
});

/** Domain errors thrown anywhere below become tRPC errors with the mapped code. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped !== result.error.cause) throw mapped;
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
/**
 * Procedures that write. Until sign-in lands (lifecycle issue) writes are open, as in a local
 * single-user install; the role check will live here, never in the procedures.
 */
export const editorProcedure = publicProcedure;
