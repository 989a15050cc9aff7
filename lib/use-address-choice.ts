"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";

/**
 * A choice of what a list shows that lives in the page's address (a filter chip): choosing
 * navigates there, so it survives a reload and the back button and the server renders the
 * list, while the choice itself shows at once.
 */
export function useAddressChoice<Choice>(chosen: Choice, hrefOf: (choice: Choice) => string) {
  const router = useRouter();
  const [, startChoosing] = useTransition();
  const [shown, show] = useOptimistic(chosen);
  const choose = (choice: Choice) =>
    startChoosing(() => {
      show(choice);
      router.replace(hrefOf(choice), { scroll: false });
    });
  return [shown, choose] as const;
}
