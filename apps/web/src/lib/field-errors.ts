/**
 * Places the API's field errors (`error.data.fieldErrors`, keyed by dotted path such as
 * "source.url" or "tags[2]") on the form's fields. A path the form has no field for is matched to
 * its nearest ancestor that it has ("tags[2]" -> "tags"); what matches nothing is returned apart,
 * to be shown above the form.
 */
export function placeFieldErrors<Path extends string>(
  fieldErrors: Readonly<Record<string, string>>,
  knownPaths: readonly Path[],
): { onFields: [Path, string][]; unplaced: string[] } {
  const known = new Set<string>(knownPaths);
  const onFields = new Map<Path, string>();
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const target = nearestKnown(path, known) as Path | null;
    if (target === null) unplaced.push(message);
    else if (!onFields.has(target)) onFields.set(target, message);
  }
  return { onFields: [...onFields], unplaced };
}

function nearestKnown(path: string, known: ReadonlySet<string>): string | null {
  // "a.b[3].c" -> ["a", "b", "c"]: array indexes name an item of a field, not a field.
  const segments = path
    .replace(/\[\d+\]/g, "")
    .split(".")
    .filter(Boolean);
  for (let length = segments.length; length > 0; length--) {
    const candidate = segments.slice(0, length).join(".");
    if (known.has(candidate)) return candidate;
  }
  return null;
}
