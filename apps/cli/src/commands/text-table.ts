/**
 * Lines of a plain-text table for the terminal: each column as wide as its widest cell, two spaces
 * between columns, no trailing spaces. Cells are left-aligned unless `alignRight` says otherwise for
 * their column (numbers line up on the right).
 */
export function textTableLines(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: (column: number) => boolean = () => false,
): { header: string; line: (cells: readonly string[]) => string } {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        alignRight(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return { header: line(header), line };
}

/** A whole table: the header's line, then each row's. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const { header: top, line } = textTableLines(header, rows);
  return [top, ...rows.map(line)].join("\n");
}
