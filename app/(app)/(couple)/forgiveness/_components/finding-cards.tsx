import { Fragment } from "react";
import { Lightbulb } from "lucide-react";
import type { FindingKind } from "@/server/domain/apology-check";
import type { FindingGroup } from "@/server/domain/apology-check-groups";

/** Plain names for what the check noticed: descriptions of words, never of the person. */
const findingLabels: Record<FindingKind, string> = {
  justification: "Sounds like an excuse",
  blame: "Shifts some of the weight",
  minimizing: "Makes it sound smaller",
  conditional: "An “if” apology",
  promise: "Ask instead of promising",
  deflection: "A “but” that can take it back",
  misplaced_regret: "Sorry for the outcome, not the act",
  fate: "Sounds like it just happened",
  outside_cause: "Points to the past or to others",
  rushing: "Hurries their healing",
  counter_accusation: "Turns it back on them",
};

/** One card per kind per sentence, each naming its phrases, why they can hurt, and what to try. */
export function FindingCards({ groups, label }: { groups: readonly FindingGroup[]; label: string }) {
  if (groups.length === 0) return null;
  return (
    <ul aria-label={`Suggestions for “${label}”`} className="grid gap-2" data-testid="apology-findings">
      {groups.map((group) => (
        <li key={group.key} className="flex gap-3 rounded-lg border border-gold/40 bg-gold-soft/40 p-3 text-sm">
          <Lightbulb aria-hidden className="mt-0.5 size-4 shrink-0 text-gold-foreground" />
          <div className="grid gap-1">
            <p>
              {group.phrases.map((phrase, index) => (
                <Fragment key={index}>
                  {index > 0 && (
                    <span className="text-muted-foreground">{index === group.phrases.length - 1 ? " and " : ", "}</span>
                  )}
                  <mark className="rounded-sm bg-gold-soft px-0.5 font-medium text-foreground underline decoration-gold decoration-wavy underline-offset-4">
                    {phrase}
                  </mark>
                </Fragment>
              ))}{" "}
              <span className="text-muted-foreground">· {findingLabels[group.kind]}</span>
            </p>
            <p>{group.why}</p>
            <p className="text-muted-foreground">{group.suggestion}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
