import { cloneElement, isValidElement, type ReactNode, type Ref } from "react";
import { cn } from "@/lib/cn";

type AnyProps = Record<string, unknown>;

/** One ref callback that fills every ref given (object refs and callbacks alike). */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]) {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    }
  };
}

const isHandler = (name: string) => /^on[A-Z]/.test(name);

/**
 * `asChild`: renders its only child with the slot's props merged in, so a link can look and act
 * as a button or a dialog trigger. The child's props win, except that classes are joined, styles
 * merged, both event handlers run (the child's first) and both refs are filled.
 */
export function Slot({ children, ...slotProps }: AnyProps & { children?: ReactNode }) {
  if (!isValidElement<AnyProps>(children)) return null;
  const childProps = children.props;
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const [name, slotValue] of Object.entries(slotProps)) {
    const childValue = childProps[name];
    if (childValue === undefined) merged[name] = slotValue;
    else if (isHandler(name) && typeof slotValue === "function" && typeof childValue === "function") {
      merged[name] = (...args: unknown[]) => {
        const result = childValue(...args);
        slotValue(...args);
        return result;
      };
    } else if (name === "className") merged.className = cn(slotValue as string, childValue as string);
    else if (name === "style") merged.style = { ...(slotValue as object), ...(childValue as object) };
    else if (name === "ref") merged.ref = composeRefs(slotValue as Ref<unknown>, childValue as Ref<unknown>);
  }
  return cloneElement(children, merged);
}
