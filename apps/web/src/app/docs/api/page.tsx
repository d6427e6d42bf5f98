import { openApiDocument, REST_BASE_PATH, REST_WRITE_RATE_LIMIT } from "@hindsight/api";
import { KeyRound, Unlock } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Fragment, type ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { env } from "@/env";
import { cn } from "@/lib/utils";
import { constraintsOf, endpointsOf, schemaRef, type ApiDocument, type EndpointView } from "./reference";
import { FieldsTable, Prose, schemaAnchor, TypeName } from "./schema-view";

export const metadata: Metadata = {
  title: "REST API",
  description: "The Hindsight REST API: endpoints, parameters, answers and examples.",
};

const methodLook: Record<string, string> = {
  GET: "border-primary/30 bg-primary/10 text-primary",
  POST: "border-success/30 bg-success/10 text-success",
};

function Method({ method }: { method: string }) {
  return (
    <span
      className={cn(
        "inline-flex w-14 shrink-0 justify-center rounded-md border px-1.5 py-0.5 font-mono text-xs font-semibold",
        methodLook[method] ?? "border-border",
      )}
    >
      {method}
    </span>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      {children}
    </div>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-muted px-1 py-0.5 font-mono text-[0.8125rem]">{children}</code>;
}

function Endpoint({ endpoint }: { endpoint: EndpointView }) {
  const query = endpoint.parameters.filter((parameter) => parameter.in === "query");
  const path = endpoint.parameters.filter((parameter) => parameter.in === "path");
  const requestName = endpoint.requestSchema ? schemaRef(endpoint.requestSchema) : null;
  return (
    <Card id={endpoint.id} className="scroll-mt-20">
      <div className="flex flex-col gap-2 border-b px-5 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <Method method={endpoint.method} />
          <code className="font-mono text-sm font-semibold break-all">
            {REST_BASE_PATH}
            {endpoint.path}
          </code>
          {endpoint.needsKey ? (
            <Badge variant="warning" className="ml-auto">
              <KeyRound aria-hidden /> Editor API key
            </Badge>
          ) : (
            <Badge variant="muted" className="ml-auto">
              <Unlock aria-hidden /> {endpoint.method === "GET" ? "Public" : "No key needed"}
            </Badge>
          )}
        </div>
        <h3 className="text-base font-semibold">{endpoint.summary}</h3>
        {endpoint.description ? (
          <p className="text-sm text-muted-foreground">
            <Prose text={endpoint.description} />
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-6 px-5 py-5">
        {path.length + query.length > 0 ? (
          <Section title="Parameters">
            <div className="relative overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-1.5 pr-4 font-medium">
                      Name
                    </th>
                    <th scope="col" className="py-1.5 pr-4 font-medium">
                      In
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
                  {[...path, ...query].map((parameter) => (
                    <tr key={`${parameter.in}-${parameter.name}`}>
                      <td className="py-2 pr-4 whitespace-nowrap">
                        <code className="font-mono text-xs font-semibold">{parameter.name}</code>
                        {parameter.required ? (
                          <span className="ml-1.5 text-xs text-muted-foreground">required</span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-4 text-muted-foreground">{parameter.in}</td>
                      <td className="py-2 pr-4">
                        <TypeName schema={parameter.schema} />
                      </td>
                      <td className="py-2 text-muted-foreground">
                        {[parameter.description, ...constraintsOf(parameter.schema)].filter(Boolean).join("; ")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        ) : null}
        {requestName ? (
          <Section title="Request body (JSON)">
            <p className="text-sm text-muted-foreground">
              <a href={`#${schemaAnchor(requestName)}`} className="font-mono text-xs text-primary hover:underline">
                {requestName}
              </a>
              : the fields are listed under Schemas below.
            </p>
          </Section>
        ) : null}
        <Section title="Answers">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            <dt>
              <Badge variant="success">{endpoint.success.status}</Badge>
            </dt>
            <dd className="text-muted-foreground">
              {endpoint.success.description}
              {endpoint.success.schema ? (
                <>
                  {" "}
                  with <TypeName schema={endpoint.success.schema} />
                </>
              ) : null}
            </dd>
            {endpoint.errors.map((error) => (
              <Fragment key={error.status}>
                <dt>
                  <Badge variant={error.status === "500" ? "muted" : "outline"}>{error.status}</Badge>
                </dt>
                <dd className="text-muted-foreground">
                  <Prose text={error.description} />
                </dd>
              </Fragment>
            ))}
          </dl>
        </Section>
        <Section title="Example">
          {/* Focusable, so that a keyboard can scroll a long line into view. */}
          <pre
            tabIndex={0}
            role="region"
            aria-label={`Example request: ${endpoint.summary}`}
            className="overflow-x-auto rounded-lg bg-muted p-3 font-mono text-xs leading-relaxed"
          >
            <code>{endpoint.curl}</code>
          </pre>
        </Section>
      </div>
    </Card>
  );
}

export default async function ApiDocsPage() {
  await connection();
  const document = openApiDocument() as unknown as ApiDocument;
  const endpoints = endpointsOf(document, env.HINDSIGHT_BASE_URL);
  const tags = (document.tags ?? []).filter((tag) => endpoints.some((endpoint) => endpoint.tag === tag.name));
  const schemas = Object.entries(document.components.schemas);

  return (
    <>
      <PageHeader
        title="REST API"
        description={
          <>
            Version {document.info.version}, under <Code>{REST_BASE_PATH}</Code>. The machine-readable description is{" "}
            <a
              href={`${REST_BASE_PATH}/openapi.json`}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              {REST_BASE_PATH}/openapi.json
            </a>{" "}
            (OpenAPI 3.1).
          </>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <nav aria-label="API reference" className="lg:sticky lg:top-20 lg:self-start">
          <ul className="flex flex-col gap-4 text-sm">
            <li>
              <a href="#basics" className="font-medium hover:underline">
                The basics
              </a>
            </li>
            {tags.map((tag) => (
              <li key={tag.name}>
                <p className="font-medium">{tag.name}</p>
                <ul className="mt-1.5 flex flex-col gap-1">
                  {endpoints
                    .filter((endpoint) => endpoint.tag === tag.name)
                    .map((endpoint) => (
                      <li key={endpoint.id}>
                        <a
                          href={`#${endpoint.id}`}
                          className="flex items-center gap-2 text-muted-foreground hover:text-foreground"
                        >
                          <span className="w-9 font-mono text-[0.6875rem] font-semibold">{endpoint.method}</span>
                          <span>{endpoint.summary}</span>
                        </a>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
            <li>
              <a href="#schemas" className="font-medium hover:underline">
                Schemas
              </a>
            </li>
          </ul>
        </nav>

        <div className="flex min-w-0 flex-col gap-10">
          <section id="basics" aria-labelledby="basics-title" className="flex scroll-mt-20 flex-col gap-4">
            <h2 id="basics-title" className="text-xl font-semibold tracking-tight">
              The basics
            </h2>
            <div className="grid gap-4 sm:grid-cols-2">
              <Card className="flex flex-col gap-2 p-5 text-sm">
                <h3 className="font-semibold">Keys</h3>
                <p className="text-muted-foreground">
                  Reading is public. Logging and judging need an API key with the editor role, sent as{" "}
                  <Code>Authorization: Bearer hs_…</Code>. Admins create keys on the{" "}
                  <Link href="/admin/api-keys" className="text-primary hover:underline">
                    API keys
                  </Link>{" "}
                  page or with <Code>pnpm hindsight apikey create --name &lt;name&gt; --role editor</Code>. An unknown,
                  revoked or expired key is refused with 401, also on reads; a viewer key writing gets 403.
                </p>
              </Card>
              <Card className="flex flex-col gap-2 p-5 text-sm">
                <h3 className="font-semibold">Errors</h3>
                <p className="text-muted-foreground">
                  Every error is <Code>{`{ "error": { "code", "message", "fieldErrors"? } }`}</Code> with its HTTP
                  status: 400 invalid input (<Code>fieldErrors</Code> has a message per field), 401, 403, 404, 409 when
                  the record changed since the <Code>version</Code> you sent (nothing is written), 429.
                </p>
              </Card>
              <Card className="flex flex-col gap-2 p-5 text-sm">
                <h3 className="font-semibold">Rate limit</h3>
                <p className="text-muted-foreground">
                  {REST_WRITE_RATE_LIMIT.max} writes per {REST_WRITE_RATE_LIMIT.windowSeconds} seconds per key, counted
                  in the database so that every server process shares the count. Beyond it: 429 with{" "}
                  <Code>Retry-After</Code> in seconds. Writes answer <Code>X-RateLimit-Remaining</Code>.
                </p>
              </Card>
              <Card className="flex flex-col gap-2 p-5 text-sm">
                <h3 className="font-semibold">Dates and pages</h3>
                <p className="text-muted-foreground">
                  Send dates as <Code>YYYY-MM-DD</Code> or ISO 8601 timestamps; answers carry UTC timestamps. Lists come
                  in pages: pass <Code>nextCursor</Code> back as <Code>cursor</Code> until it is null.
                </p>
              </Card>
            </div>
            <p className="text-sm text-muted-foreground">
              The examples read the key from <Code>$HINDSIGHT_API_KEY</Code>: <Code>export HINDSIGHT_API_KEY=hs_…</Code>
            </p>
          </section>

          {tags.map((tag) => (
            <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="flex flex-col gap-4">
              <div>
                <h2 id={`tag-${tag.name}`} className="text-xl font-semibold tracking-tight">
                  {tag.name}
                </h2>
                {tag.description ? <p className="text-sm text-muted-foreground">{tag.description}</p> : null}
              </div>
              {endpoints
                .filter((endpoint) => endpoint.tag === tag.name)
                .map((endpoint) => (
                  <Endpoint key={endpoint.id} endpoint={endpoint} />
                ))}
            </section>
          ))}

          <section id="schemas" aria-labelledby="schemas-title" className="flex scroll-mt-20 flex-col gap-4">
            <h2 id="schemas-title" className="text-xl font-semibold tracking-tight">
              Schemas
            </h2>
            {schemas.map(([name, schema]) => (
              <Card key={name} id={schemaAnchor(name)} className="scroll-mt-20 p-5">
                <h3 className="font-mono text-sm font-semibold">{name}</h3>
                {typeof schema.description === "string" ? (
                  <p className="mt-1 text-sm text-muted-foreground">{schema.description}</p>
                ) : null}
                <div className="mt-3">
                  <FieldsTable schema={schema} name={name} />
                </div>
              </Card>
            ))}
          </section>
        </div>
      </div>
    </>
  );
}
