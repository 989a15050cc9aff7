import { cn } from "@/lib/cn";

/** Where the count appears: a field shows nothing until its text is this share of its limit. */
const SHOWN_FROM = 0.8;

export type LimitState = "under" | "near" | "over";

/** How text of this length stands against a limit (counted as the server's schemas count it). */
export function limitState(length: number, limit: number): LimitState {
  if (length > limit) return "over";
  return length >= Math.floor(limit * SHOWN_FROM) ? "near" : "under";
}

const number = new Intl.NumberFormat("en-GB");

/** The counter's words: how far along, and what to do when it's too long. Empty well under the limit. */
export function countWords(length: number, limit: number): string {
  const state = limitState(length, limit);
  if (state === "under") return "";
  if (state === "near") return `${number.format(length)} of ${number.format(limit)} characters`;
  const over = length - limit;
  return `${number.format(length)} of ${number.format(limit)} characters: ${number.format(over)} too many. Shorten it to save it.`;
}

/** What a screen reader hears, once each time the state changes (not at every keystroke). */
function announcement(state: LimitState, limit: number) {
  if (state === "near") return `Close to the limit of ${number.format(limit)} characters.`;
  if (state === "over") return `Over the limit of ${number.format(limit)} characters. Shorten it to save it.`;
  return "";
}

/**
 * The count under a long text field, shown as it nears its limit. Every text field with a
 * limit uses it, and none truncates (no `maxLength`: it cuts a paste silently): text past
 * the limit stays as written, the count says by how much, and the form's schema refuses it
 * with the same limit. `id` goes into the field's aria-describedby.
 */
export function CharacterCount({
  id,
  length,
  limit,
  className,
}: {
  id: string;
  length: number;
  limit: number;
  className?: string;
}) {
  const state = limitState(length, limit);
  return (
    <>
      <p
        id={id}
        data-testid="character-count"
        data-state={state}
        className={cn(
          "text-sm tabular-nums empty:hidden",
          state === "over" ? "font-medium text-danger" : "text-muted-foreground",
          className,
        )}
      >
        {countWords(length, limit)}
      </p>
      <span className="sr-only" role="status">
        {announcement(state, limit)}
      </span>
    </>
  );
}
