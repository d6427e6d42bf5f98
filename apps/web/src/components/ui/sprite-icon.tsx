import {
  Ban,
  CalendarClock,
  CircleCheck,
  CircleDashed,
  CircleQuestionMark,
  CircleSlash,
  CircleX,
  ExternalLink,
  Hourglass,
  Newspaper,
  UserRound,
  type LucideIcon,
} from "lucide-react";

/**
 * Icons repeated on every row of a list of predictions (the analyst, source, link and deadline, and
 * the status badge's), drawn once per list in a hidden sprite and referenced with `<use>`: 20 rows
 * then send 100 two-element references instead of 100 full drawings (about 29 KB less HTML on the
 * predictions page, and fewer elements to render on the server and to hydrate). The sprite sits in
 * the list, not in the root layout, so pages without a list do not carry it.
 */
const sprite = {
  "user-round": UserRound,
  newspaper: Newspaper,
  "external-link": ExternalLink,
  "calendar-clock": CalendarClock,
  "circle-dashed": CircleDashed,
  hourglass: Hourglass,
  "circle-check": CircleCheck,
  "circle-x": CircleX,
  "circle-slash": CircleSlash,
  "circle-question-mark": CircleQuestionMark,
  ban: Ban,
} satisfies Record<string, LucideIcon>;

export type SpriteIconName = keyof typeof sprite;

const symbolId = (name: SpriteIconName) => `icon-${name}`;

/** The drawings, hidden: once in every list whose rows use SpriteIcon. */
export function ListIconSprite() {
  return (
    <svg aria-hidden className="hidden" xmlns="http://www.w3.org/2000/svg">
      {(Object.entries(sprite) as [SpriteIconName, LucideIcon][]).map(([name, Icon]) => (
        <symbol key={name} id={symbolId(name)} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  );
}

/**
 * One of the sprite's icons, decorative (hidden from assistive technology: the text beside it
 * says what it means). 24 px unless a class sizes it, like a lucide icon. Only inside a list that
 * renders ListIconSprite.
 */
export function SpriteIcon({ name, className }: { name: SpriteIconName; className?: string }) {
  return (
    <svg aria-hidden width={24} height={24} viewBox="0 0 24 24" className={className}>
      <use href={`#${symbolId(name)}`} />
    </svg>
  );
}

/** The same icon drawn in place, for a page that shows it once or twice and has no sprite. */
export function InlineIcon({ name, className }: { name: SpriteIconName; className?: string }) {
  const Icon = sprite[name];
  return <Icon aria-hidden className={className} />;
}
