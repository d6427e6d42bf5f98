"use client";

import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ListLoadError, LoadMore } from "@/components/load-more";
import { ListIconSprite } from "@/components/ui/sprite-icon";

/** A page of a cursor-paginated list, as every list procedure answers it. */
export interface ItemPage<Item> {
  items: Item[];
}

type PagedQuery<Page> = UseInfiniteQueryResult<InfiniteData<Page>, { message: string }>;

/** Where a paged list stands: still loading its first page, failed before any arrived, or ready. */
export type PagedItems<Item, Page> =
  | { status: "pending" }
  | { status: "error"; error: ReactNode }
  | {
      status: "success";
      items: Item[];
      /** The first page, for what a list procedure answers beside its items (a total, the filter). */
      first: Page;
      /** The list's foot: "Load more" while there is more (with its error), else `end`. */
      foot: (end: ReactNode) => ReactNode;
    };

/**
 * The one way a cursor-paginated list reads its infinite query: the pages' items in order, the error
 * to show when the first page failed (with "Try again"), and the foot that loads the next page.
 * A failed later page keeps the items already shown and says so in the foot.
 */
export function usePagedItems<Page extends ItemPage<unknown>>(
  query: PagedQuery<Page>,
  what: string,
): PagedItems<Page["items"][number], Page> {
  if (query.isPending) return { status: "pending" };
  if (query.isError && !query.data) {
    return {
      status: "error",
      error: <ListLoadError what={what} message={query.error.message} onRetry={() => void query.refetch()} />,
    };
  }
  const pages = query.data!.pages;
  return {
    status: "success",
    items: pages.flatMap((page) => page.items),
    first: pages[0]!,
    foot: (end) => <LoadMore query={query} end={end} />,
  };
}

interface PagedListProps<Page extends ItemPage<unknown>, Item = Page["items"][number]> {
  query: PagedQuery<Page>;
  /** Names the list in the error: "The predictions could not be loaded." */
  what: string;
  /** Shown while the first page loads. */
  loading: ReactNode;
  /** Shown when the list has no item. */
  empty: ReactNode;
  /** The list's accessible name. */
  label: string;
  testId: string;
  itemKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  /** What the foot says once everything is shown, given how many items there are. */
  end: (count: number) => ReactNode;
}

/** A cursor-paginated list of rows: loading, error, empty, the ordered list, and "Load more". */
export function PagedList<Page extends ItemPage<unknown>>(props: PagedListProps<Page>) {
  const paged = usePagedItems(props.query, props.what);
  if (paged.status === "pending") return props.loading;
  if (paged.status === "error") return paged.error;
  if (paged.items.length === 0) return props.empty;
  return (
    <div className="flex flex-col gap-6">
      <ListIconSprite />
      <ol aria-label={props.label} className="flex flex-col gap-4" data-testid={props.testId}>
        {paged.items.map((item) => (
          <li key={props.itemKey(item)}>{props.renderItem(item)}</li>
        ))}
      </ol>
      {paged.foot(props.end(paged.items.length))}
    </div>
  );
}
