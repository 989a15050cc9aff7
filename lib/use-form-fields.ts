"use client";

import { useEffect, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import type { ActionRefusal, ActionResult } from "@/app/_components/actions/action-result";
import { messageOf } from "./error-words";

type TextName<Values> = { [Name in keyof Values]: Values[Name] extends string ? Name : never }[keyof Values] & string;

/** A field's own message goes when it changes, and so do those of the fields inside it ("surprise.revealAt"). */
function withoutField(errors: Record<string, string>, name: string) {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key !== name && !key.startsWith(`${name}.`)));
}

/**
 * Where each message goes: beside the field it names (the top-level name of "surprise.revealAt"
 * is "surprise"), or, when none names a field the form shows, the first one as the form's own.
 */
export function placeMessages(messages: Record<string, string>, fieldNames: readonly string[]) {
  const entries = Object.entries(messages);
  const beside = entries.filter(([key]) => fieldNames.includes(key.split(".", 1)[0]!));
  if (beside.length > 0) return { messages: Object.fromEntries(beside), besideFields: true };
  return { messages: entries.length > 0 ? { form: entries[0]![1] } : {}, besideFields: false };
}

/**
 * A form's values and the messages beside its fields. Validation has one home, the server:
 * every procedure checks its input with its zod schema and refuses with a message per
 * field, so a form sends what was typed and shows those messages where the fields are,
 * moving focus to the first. The browser ships no schema; a field's message goes as soon
 * as the field changes.
 */
export function useFormFields<Values extends Record<string, unknown>>(initial: Values) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Counts the times messages were shown beside fields: each time, once they are on screen, focus the first.
  const [focusRequests, setFocusRequests] = useState(0);

  useEffect(() => {
    if (focusRequests > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequests]);

  /** Field → message, placed by `placeMessages`; the first field with one takes the focus. */
  function showMessages(messages: Record<string, string>) {
    const placed = placeMessages(messages, Object.keys(values));
    if (placed.besideFields) setFocusRequests((count) => count + 1);
    setErrors(placed.messages);
  }

  function set<Name extends keyof Values & string>(name: Name, value: Values[Name]) {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => withoutField(current, name));
  }

  return {
    values,
    /** Field → message; `form` holds a message that belongs to no field shown. */
    errors: errors as Partial<Record<string, string>>,
    formRef,
    set,
    /**
     * The form element's own props: a submit hands the values to `send`. The browser's own
     * checks stay quiet, since the server's messages show beside the fields instead.
     */
    formProps(send: (values: Values) => unknown) {
      return {
        ref: formRef,
        noValidate: true,
        onSubmit(event: FormEvent<HTMLFormElement>) {
          event.preventDefault();
          void send(values);
        },
      };
    },
    /** The name, value and change handler of a text input, textarea or select. */
    text<Name extends TextName<Values>>(name: Name) {
      return {
        name,
        value: values[name] as string,
        onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
          set(name, event.target.value as Values[Name]),
      };
    },
    /** An action that threw instead of answering: the form's own message. */
    showError(error: unknown) {
      showMessages({ form: messageOf(error) });
    },
    /** Shows why the server refused: each message beside its field, anything else as the form's own. */
    showRefusal(refusal: ActionRefusal) {
      showMessages(Object.keys(refusal.fieldErrors).length > 0 ? refusal.fieldErrors : { form: refusal.error });
    },
    showMessages,
    reset(next: Values = initial) {
      setValues(next);
      setErrors({});
    },
  };
}

/**
 * Sends a form to its server action in a transition (pending until the action and what follows
 * it are done): a refusal's messages go beside the fields, and an action that threw is said as
 * the form's own message.
 */
export function useFormAction<Values extends Record<string, unknown>, Value>(
  form: ReturnType<typeof useFormFields<Values>>,
  action: (values: Values) => Promise<ActionResult<Value>>,
  onDone: (value: Value, values: Values) => void,
) {
  const [pending, startSending] = useTransition();
  const send = (values: Values) =>
    startSending(async () => {
      try {
        const result = await action(values);
        if (!result.ok) return form.showRefusal(result);
        onDone(result.value, values);
      } catch (error) {
        form.showError(error);
      }
    });
  return { send, pending };
}
