import { Fragment } from "react";
import { constraintsOf, schemaRef, typeLabel, type JsonSchema } from "./reference";

export const schemaAnchor = (name: string) => `schema-${name}`;

/** Text from the document, with its `code` spans set as code. */
export function Prose({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, index) =>
    part.startsWith("`") && part.endsWith("`") && part.length > 2 ? (
      <code key={index} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.8125rem]">
        {part.slice(1, -1)}
      </code>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

/** A type, with a link when it names a schema of the document. */
export function TypeName({ schema }: { schema: JsonSchema }) {
  const direct = schemaRef(schema);
  const items = schema.type === "array" ? (schema.items as JsonSchema | undefined) : undefined;
  const itemRef = items ? schemaRef(items) : null;
  const name = direct ?? itemRef;
  if (name) {
    return (
      <a href={`#${schemaAnchor(name)}`} className="font-mono text-xs text-primary underline-offset-4 hover:underline">
        {name}
        {itemRef ? "[]" : ""}
      </a>
    );
  }
  return <code className="font-mono text-xs break-words">{typeLabel(schema)}</code>;
}

/** The object an inline schema describes, if any (directly, as array items, or beside null). */
function inlineObject(schema: JsonSchema): JsonSchema | null {
  if (schemaRef(schema)) return null;
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "array" && schema.items) return inlineObject(schema.items as JsonSchema);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  const objects = options?.map(inlineObject).filter((found): found is JsonSchema => found !== null) ?? [];
  return objects.length === 1 ? (objects[0] ?? null) : null;
}

/** The fields of an object schema as a table; inline objects nest below their field. */
export function FieldsTable({ schema, name, depth = 0 }: { schema: JsonSchema; name?: string; depth?: number }) {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (properties.length === 0 && variants) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-muted-foreground">One of:</p>
        {variants.map((variant, index) => (
          <div key={index} className="rounded-lg border p-3">
            <FieldsTable schema={variant} depth={depth + 1} />
          </div>
        ))}
      </div>
    );
  }
  if (properties.length === 0) return <TypeName schema={schema} />;
  // The outer table scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it too.
  // Nested tables scroll with it.
  const scroller =
    depth === 0
      ? {
          className: "relative overflow-x-auto",
          tabIndex: 0,
          role: "region",
          "aria-label": `Fields of ${name ?? "the object"}`,
        }
      : { className: "min-w-0" };
  return (
    <div {...scroller}>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Field
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Type
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Notes
            </th>
          </tr>
        </thead>
        <tbody className="divide-y align-top">
          {properties.map(([name, property]) => {
            const nested = depth < 3 ? inlineObject(property) : null;
            const notes = [
              typeof property.description === "string" ? property.description : null,
              ...constraintsOf(property),
            ].filter(Boolean);
            return (
              <Fragment key={name}>
                <tr>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <code className="font-mono text-xs font-semibold">{name}</code>
                    {required.has(name) ? <span className="ml-1.5 text-xs text-muted-foreground">required</span> : null}
                  </td>
                  <td className="py-2 pr-4">
                    {nested ? (
                      <code className="font-mono text-xs">{typeLabel(property)}</code>
                    ) : (
                      <TypeName schema={property} />
                    )}
                  </td>
                  <td className="py-2 text-muted-foreground">
                    <Prose text={notes.join("; ")} />
                  </td>
                </tr>
                {nested ? (
                  <tr>
                    <td colSpan={3} className="pb-3 pl-4">
                      <div className="border-l-2 pl-3">
                        <FieldsTable schema={nested} depth={depth + 1} />
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
