/**
 * The API reference as the docs page shows it, read from the OpenAPI document alone (so the page
 * cannot say anything the document does not): endpoints with their parameters, bodies, answers,
 * access and a curl example each.
 */

export type JsonSchema = { [key: string]: unknown };

interface Parameter {
  name: string;
  in: "path" | "query";
  required?: boolean;
  description?: string;
  schema: JsonSchema;
  example?: unknown;
}

interface Operation {
  operationId: string;
  tags?: string[];
  summary: string;
  description?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema; example?: unknown } } };
  responses: Record<
    string,
    { $ref?: string; description?: string; content?: { "application/json": { schema: JsonSchema } } }
  >;
}

export interface ApiDocument {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { description: string }>;
  };
}

export interface EndpointView {
  id: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  description: string | null;
  /** Whether it needs an API key. */
  needsKey: boolean;
  parameters: Parameter[];
  requestSchema: JsonSchema | null;
  success: { status: string; description: string; schema: JsonSchema | null };
  errors: { status: string; description: string }[];
  curl: string;
}

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** A value for a POSIX shell, in single quotes (a quote inside becomes '\''). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Whether an operation needs a key: a security requirement, none of them empty (`{}`: the key is optional). */
const needsKeyFor = (operation: Pick<Operation, "security">): boolean => {
  const security = operation.security ?? [];
  return (
    security.length > 0 &&
    security.every((entry) => entry !== null && typeof entry === "object" && Object.keys(entry).length > 0)
  );
};

/** The curl command for an endpoint's example request (the key from $HINDSIGHT_API_KEY). */
export function curlFor(
  baseUrl: string,
  method: string,
  path: string,
  operation: Pick<Operation, "parameters" | "requestBody" | "security">,
): string {
  const parameters = operation.parameters ?? [];
  let filled = path;
  for (const parameter of parameters.filter((entry) => entry.in === "path")) {
    const value = parameter.example === undefined ? `<${parameter.name}>` : String(parameter.example);
    filled = filled.replace(`{${parameter.name}}`, encodeURIComponent(value));
  }
  const query = new URLSearchParams();
  for (const parameter of parameters.filter((entry) => entry.in === "query" && entry.example !== undefined)) {
    query.set(parameter.name, String(parameter.example));
  }
  const url = `${baseUrl}${filled}${query.size > 0 ? `?${query.toString()}` : ""}`;
  const lines = [method === "GET" ? `curl ${shellQuote(url)}` : `curl -X ${method} ${shellQuote(url)}`];
  if (needsKeyFor(operation)) lines.push(`-H "Authorization: Bearer $HINDSIGHT_API_KEY"`);
  const example = operation.requestBody?.content["application/json"].example;
  if (operation.requestBody) {
    lines.push(`-H 'Content-Type: application/json'`);
    lines.push(`-d ${shellQuote(JSON.stringify(example ?? {}, null, 2))}`);
  }
  return lines.join(" \\\n  ");
}

/** The endpoints in the document's order, grouped later by tag. */
export function endpointsOf(document: ApiDocument, baseUrl: string): EndpointView[] {
  const endpoints: EndpointView[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const statuses = Object.entries(operation.responses);
      const [successStatus, success] = statuses.find(([status]) => status.startsWith("2")) ?? ["200", undefined];
      endpoints.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        tag: operation.tags?.[0] ?? "Other",
        summary: operation.summary,
        description: operation.description ?? null,
        needsKey: needsKeyFor(operation),
        parameters: operation.parameters ?? [],
        requestSchema: operation.requestBody?.content["application/json"].schema ?? null,
        success: {
          status: successStatus,
          description: success?.description ?? "",
          schema: success?.content?.["application/json"].schema ?? null,
        },
        errors: statuses
          .filter(([status]) => !status.startsWith("2"))
          .map(([status, response]) => ({
            status,
            description: response.$ref
              ? (document.components.responses[refName(response.$ref)]?.description ?? "")
              : (response.description ?? ""),
          })),
        curl: curlFor(`${baseUrl}${document.servers?.[0]?.url ?? ""}`, method.toUpperCase(), path, operation),
      });
    }
  }
  return endpoints;
}

/** The schema a $ref points at, by its component name. */
export const schemaRef = (schema: JsonSchema): string | null =>
  typeof schema.$ref === "string" ? refName(schema.$ref) : null;

/** A short type for a table cell: "string", "integer", "PredictionSummary[]", "TRUE | FALSE | null". */
export function typeLabel(schema: JsonSchema): string {
  const ref = schemaRef(schema);
  if (ref) return ref;
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => JSON.stringify(value).replace(/^"|"$/g, "")).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(options)) return options.map(typeLabel).join(" | ");
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type === "array") {
    const items = schema.items as JsonSchema | undefined;
    const inner = items ? typeLabel(items) : "any";
    return inner.includes(" ") ? `(${inner})[]` : `${inner}[]`;
  }
  if (typeof schema.type === "string") return schema.format ? `${schema.type} (${String(schema.format)})` : schema.type;
  return "any";
}

/** The rules of a value in words: bounds, lengths, pattern, default. */
export function constraintsOf(schema: JsonSchema): string[] {
  const rules: string[] = [];
  const bounds = (low: unknown, high: unknown, unit: string) => {
    if (low !== undefined && high !== undefined) rules.push(`${unit}${String(low)} to ${String(high)}`);
    else if (low !== undefined) rules.push(`${unit}at least ${String(low)}`);
    else if (high !== undefined) rules.push(`${unit}at most ${String(high)}`);
  };
  bounds(schema.minimum, schema.maximum, "");
  bounds(schema.minLength, schema.maxLength, "length ");
  bounds(schema.minItems, schema.maxItems, "items ");
  if (typeof schema.pattern === "string") rules.push(`matches ${schema.pattern}`);
  if ("default" in schema) rules.push(`default ${JSON.stringify(schema.default)}`);
  return rules;
}
