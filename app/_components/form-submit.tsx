import { Button, type ButtonProps } from "@/app/_components/ui/button";

/**
 * The end of a small form: its own error (one not tied to a field), announced when it
 * appears, and the submit button, which says what it is doing while the form is sent.
 */
export function FormSubmit({
  error,
  submitting,
  submitLabel,
  busyLabel,
  size = "lg",
  variant,
}: {
  error?: string | null;
  submitting: boolean;
  submitLabel: string;
  busyLabel: string;
  size?: ButtonProps["size"];
  variant?: ButtonProps["variant"];
}) {
  return (
    <>
      {error && (
        <p role="alert" className="rounded-md bg-muted px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <Button type="submit" size={size} variant={variant} disabled={submitting}>
        {submitting ? busyLabel : submitLabel}
      </Button>
    </>
  );
}
