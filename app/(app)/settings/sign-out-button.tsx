"use client";

import { Button } from "@/app/_components/ui/button";
import { toast } from "@/app/_components/ui/toast";
import { signOutTo } from "@/lib/sign-in";

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => signOutTo("/sign-in").catch((error: unknown) => toast.error(error))}>
      Sign out
    </Button>
  );
}
