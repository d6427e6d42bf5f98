import type { Prisma } from "../generated/prisma/client";

/** A source's own fields, its stored text included: what the detail page and the import compare. */
export const sourceFieldsSelect = {
  id: true,
  key: true,
  title: true,
  outlet: true,
  url: true,
  archiveUrl: true,
  publishedAt: true,
  authors: true,
  text: true,
  textSha256: true,
} satisfies Prisma.SourceSelect;

export type SourceFieldsRow = Prisma.SourceGetPayload<{ select: typeof sourceFieldsSelect }>;
