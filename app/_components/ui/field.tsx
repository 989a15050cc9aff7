"use client";

import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import { CharacterCount, limitState } from "./character-count";

type ControlProps = { id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/**
 * A label, its control, a hint and the error beside it. Wires id, aria-invalid and
 * aria-describedby so a screen reader reads the error with the field. A field with a
 * length limit passes `count` (its current text and the limit) and gets the shared counter.
 */
export function Field({
  label,
  hint,
  error,
  count,
  children,
  className,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  count?: { value: string | undefined; limit: number };
  children: ReactElement<ControlProps>;
  className?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = count ? `${id}-count` : undefined;
  const tooLong = count !== undefined && limitState(count.value?.length ?? 0, count.limit) === "over";
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        "aria-invalid": error || tooLong ? true : undefined,
        "aria-describedby": [hintId, countId, errorId].filter(Boolean).join(" ") || undefined,
      })
    : children;
  return (
    <div className={cn("grid gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      {count && countId && <CharacterCount id={countId} length={count.value?.length ?? 0} limit={count.limit} />}
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
