import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/app/_components/ui/button";
import type { PlanForViewer } from "./format";
import { PlanCard } from "./plan-card";

/** Plans coming up or past, rendered on the server; `empty` shows while there are none. */
export function PlanList({
  plans,
  moreHref,
  empty,
}: {
  plans: PlanForViewer[];
  /** The page with one more page of this list, when there is more. */
  moreHref: string | null;
  empty: ReactNode;
}) {
  if (plans.length === 0) return <>{empty}</>;
  return (
    <div className="grid gap-3">
      <ul className="grid gap-3">
        {plans.map((plan) => (
          <li key={plan.id}>
            <PlanCard plan={plan} />
          </li>
        ))}
      </ul>
      {moreHref && (
        <Link href={moreHref} scroll={false} className={buttonVariants({ variant: "secondary" })}>
          Show more
        </Link>
      )}
    </div>
  );
}
