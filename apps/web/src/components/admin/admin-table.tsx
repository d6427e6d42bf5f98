import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { describeError } from "@/trpc/errors";

export interface AdminColumn {
  /** The header; give an sr-only span for a column of buttons. */
  label: ReactNode;
  /** Extra classes for the header cell, e.g. to hide it on small screens as its cells are. */
  className?: string;
}

/**
 * A table of the admin pages (users, API keys): a caption counting the rows, one header row, and
 * an empty state spanning every column. While its query failed it shows why instead.
 */
export function AdminTable({
  caption,
  columns,
  loadError,
  empty,
  children,
}: {
  caption: string;
  columns: readonly AdminColumn[];
  /** The failed query and what could not be loaded ("The users"), or null. */
  loadError: { what: string; error: unknown } | null;
  /** Shown in the body when there are no rows (children is then ignored). */
  empty: ReactNode | null;
  children: ReactNode;
}) {
  if (loadError) {
    return (
      <Card role="alert" className="p-6 text-sm text-destructive">
        {loadError.what} could not be loaded. {describeError(loadError.error)}
      </Card>
    );
  }
  return (
    <Card className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="border-b px-4 py-3 text-left font-medium">{caption}</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={cn("px-4 py-2 font-medium", column.className)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">
          {empty ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-muted-foreground">
                {empty}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </Card>
  );
}
