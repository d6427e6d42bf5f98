import { element, textElement } from "./xml";

/** A person construct (RFC 4287 section 3.2). */
export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomCategory {
  term: string;
  label?: string;
  scheme?: string;
}

export interface AtomEntry {
  /** A permanent, never reused IRI (a tag: URI here). */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  /** The entry's permalink, given as link rel="alternate". */
  link: string;
  authors: AtomPerson[];
  categories: AtomCategory[];
  /** Plain text. */
  summary?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The newest entry's updated, so that the same entries always give the same document. */
  updated: Date;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  alternate: string;
  /** The feed's author, which entries without one of their own inherit. */
  author: AtomPerson;
  generator?: string;
  entries: AtomEntry[];
}

/** RFC 3339 date-time in UTC, as Atom's date constructs require (section 3.3). */
export const atomDate = (date: Date): string => date.toISOString();

const person = (tag: "author", value: AtomPerson): string =>
  element(tag, {}, textElement("name", value.name) + (value.uri ? textElement("uri", value.uri) : ""));

const category = (value: AtomCategory): string =>
  element("category", { term: value.term, label: value.label, scheme: value.scheme });

function entry(value: AtomEntry): string {
  return element(
    "entry",
    {},
    [
      textElement("id", value.id),
      textElement("title", value.title, { type: "text" }),
      textElement("updated", atomDate(value.updated)),
      value.published ? textElement("published", atomDate(value.published)) : "",
      element("link", { rel: "alternate", type: "text/html", href: value.link }),
      ...value.authors.map((author) => person("author", author)),
      ...value.categories.map(category),
      value.summary === undefined ? "" : textElement("summary", value.summary, { type: "text" }),
    ].join(""),
  );
}

/**
 * An Atom 1.0 feed document (RFC 4287): the feed's id, title, updated, author and its self and
 * alternate links, then its entries, each with id, title, updated, an alternate link and its
 * categories. Text is escaped (and characters XML cannot hold replaced); nothing here reads the
 * clock, so the same input always gives the same bytes (the ETag is made from them).
 */
export function renderAtomFeed(feed: AtomFeed): string {
  const head = [
    textElement("id", feed.id),
    textElement("title", feed.title, { type: "text" }),
    feed.subtitle === undefined ? "" : textElement("subtitle", feed.subtitle, { type: "text" }),
    textElement("updated", atomDate(feed.updated)),
    element("link", { rel: "self", type: "application/atom+xml", href: feed.self }),
    element("link", { rel: "alternate", type: "text/html", href: feed.alternate }),
    person("author", feed.author),
    feed.generator === undefined ? "" : textElement("generator", feed.generator),
  ];
  const body = [...head, ...feed.entries.map(entry)].filter(Boolean).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>\n${element("feed", { xmlns: "http://www.w3.org/2005/Atom" }, `\n${body}\n`)}\n`;
}
