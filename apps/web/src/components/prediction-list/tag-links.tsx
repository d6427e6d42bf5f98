import Link from "next/link";
import { badgeVariants } from "@/components/ui/badge";

/** A prediction's tags, each a link to the list filtered by it. */
export function TagLinks({ tags }: { tags: readonly string[] }) {
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/?tag=${encodeURIComponent(tag)}`}
            className={badgeVariants({ variant: "secondary", className: "font-normal hover:bg-accent" })}
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
