import { cn } from "@/lib/cn";

type Person = { name: string };

const sizes = {
  sm: { circle: "size-8 text-[0.6875rem]", overlap: "-ml-1.5" },
  md: { circle: "size-10 text-sm", overlap: "-ml-2" },
  lg: { circle: "size-14 text-lg", overlap: "-ml-3" },
} as const;

/** Up to two initials: "Ana María" → "AM", "sam" → "S". */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word ?? "")[0]?.toUpperCase() ?? "").join("") || "?";
}

/**
 * The two of you: two overlapping initials joined by a gold seam, kintsugi's mended line.
 * Before the partner joins, their place is a dashed circle: an open seat, not an absence.
 */
export function AvatarPair({
  me,
  partner,
  size = "md",
  className,
}: {
  me: Person;
  partner: Person | null;
  size?: keyof typeof sizes;
  className?: string;
}) {
  const label = partner ? `You (${me.name}) and ${partner.name}` : `You (${me.name}). Your partner hasn't joined yet.`;
  return (
    <span role="img" aria-label={label} className={cn("inline-flex shrink-0 items-center", className)}>
      <span
        className={cn(
          sizes[size].circle,
          "flex items-center justify-center rounded-full border border-input bg-secondary font-medium text-secondary-foreground",
        )}
      >
        {initialsOf(me.name)}
      </span>
      {partner ? (
        <span
          className={cn(
            sizes[size].circle,
            sizes[size].overlap,
            "relative flex items-center justify-center rounded-full bg-gold-soft font-medium text-gold-foreground",
          )}
        >
          {/* The seam: a gold arc along the edge where the two circles meet. */}
          <span aria-hidden className="absolute inset-0 rounded-full border-2 border-transparent border-l-gold" />
          {initialsOf(partner.name)}
        </span>
      ) : (
        <span
          aria-hidden
          className={cn(
            sizes[size].circle,
            sizes[size].overlap,
            "rounded-full border-2 border-dashed border-input bg-background",
          )}
        />
      )}
    </span>
  );
}
