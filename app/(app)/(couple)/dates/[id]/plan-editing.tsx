"use client";

import { createContext, type ReactNode, use, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { PlanForm, type PlanFormProps } from "../plan-form";

const StartEditing = createContext<(() => void) | null>(null);

/**
 * The plan's notes and acts (`children`, rendered on the server), or the form it is edited
 * in. The form starts again from each version the page renders (its `key`).
 */
export function PlanEditing({
  defaults,
  editing,
  partnerName,
  children,
}: Pick<PlanFormProps, "defaults" | "partnerName"> & {
  editing: NonNullable<PlanFormProps["editing"]>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open) return <StartEditing value={() => setOpen(true)}>{children}</StartEditing>;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Edit the plan</CardTitle>
      </CardHeader>
      <CardContent>
        <PlanForm
          key={editing.version}
          partnerName={partnerName}
          defaults={defaults}
          editing={editing}
          onSaved={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        />
      </CardContent>
    </Card>
  );
}

/** Opens the form of the plan around it. */
export function EditPlanButton() {
  const startEditing = use(StartEditing);
  return (
    <Button variant="secondary" onClick={() => startEditing?.()}>
      Edit
    </Button>
  );
}
