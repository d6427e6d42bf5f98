import { env } from "@/env";
import { analystSnippets } from "@/lib/share/snippets";
import { sharePaths } from "@/lib/share/share-urls";
import { CopySnippet } from "./copy-snippet";
import { Section } from "./section";

/**
 * "Show this record elsewhere": the embed and the badge (with a preview of the badge) as snippets
 * to copy. The badge and the embed say "not enough judged predictions" until the analyst has as
 * many scored predictions as the scoreboard needs to rank them.
 */
export function ShareSnippets({ slug, name }: { slug: string; name: string }) {
  const snippets = analystSnippets(env.HINDSIGHT_BASE_URL, { slug, name });
  return (
    <Section
      id="share"
      title="Show this record elsewhere"
      intro={`Paste one of these into another site: a compact track record in a frame, or a badge with ${name}’s Brier score, its interval and how many predictions it rests on.`}
    >
      <div className="flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-xs sm:p-6">
        <img
          src={sharePaths.badge(slug)}
          alt={`The badge: ${name}’s track record on Hindsight`}
          className="h-5 w-fit"
          loading="lazy"
        />
        {snippets.map((snippet) => (
          <CopySnippet key={snippet.id} snippet={snippet} />
        ))}
      </div>
    </Section>
  );
}
