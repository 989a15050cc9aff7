"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/lib/trpc";
import { messageOf } from "@/lib/trpc-errors";

export function JoinButton({ code, inviterName }: { code: string; inviterName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(
    trpc.couple.join.mutationOptions({
      onSuccess: () => {
        router.push("/dashboard");
        router.refresh();
      },
    }),
  );
  return (
    <div className="grid gap-3">
      <Button size="lg" onClick={() => join.mutate({ code })} disabled={join.isPending}>
        {join.isPending ? "Joining…" : `Join ${inviterName}`}
      </Button>
      {join.error && (
        <p role="alert" className="text-sm text-danger">
          {messageOf(join.error)}
        </p>
      )}
    </div>
  );
}
