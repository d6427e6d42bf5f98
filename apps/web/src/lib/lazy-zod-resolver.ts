import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A react-hook-form resolver for a domain schema that loads the schema, zod (about 30 kB gzipped)
 * and the zod resolver the first time the form is checked (on blur or on submit), not with the
 * page: a page that shows a form does not need them before someone fills it in. The messages are
 * the schema's own, as with `zodResolver(schema)`.
 *
 * `load` picks the schema from `import("@hindsight/domain/schemas")` (the schemas alone, not the
 * domain's barrel, which a dynamic import cannot trim).
 */
export function lazyZodResolver<Values extends FieldValues, Output>(
  load: () => Promise<unknown>,
): Resolver<Values, unknown, Output> {
  let resolver: Promise<Resolver<Values, unknown, Output>> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      // The schema's type is the caller's to match (as with zodResolver's inference at the call).
      ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<Values, unknown, Output>,
    );
    try {
      return await (
        await resolver
      )(values, context, options);
    } catch (error) {
      // A failed load (connection lost) is tried again at the next check, not remembered.
      resolver = undefined;
      throw error;
    }
  };
}
