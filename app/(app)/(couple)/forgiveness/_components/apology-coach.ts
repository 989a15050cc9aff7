import { useEffect, useState } from "react";

export type ApologyCoach = typeof import("./coach-rules");

let coachLoading: Promise<ApologyCoach> | undefined;

/**
 * The coach's rules and words, fetched once the composer has painted rather than with the
 * page: they are most of its weight. Until they arrive this is null and the form works as it
 * is; the words typed meanwhile are read as soon as they come. If they can't be fetched, the
 * person writes and sends without the coach, and the next composer tries again.
 */
export function useApologyCoach(): ApologyCoach | null {
  const [coach, setCoach] = useState<ApologyCoach | null>(null);
  useEffect(() => {
    let mounted = true;
    coachLoading ??= import("./coach-rules");
    void coachLoading.then(
      (loaded) => {
        if (mounted) setCoach(loaded);
      },
      () => {
        coachLoading = undefined;
      },
    );
    return () => {
      mounted = false;
    };
  }, []);
  return coach;
}
