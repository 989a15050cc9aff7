"use client";

import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { live } from "./live-client";
import { EVERYTHING } from "./topics";

/** Events that arrive together (one act can touch several rows) render once. */
const COALESCE_MS = 16;
/**
 * Server actions run one at a time, in the order asked: a view that can wait (the shell's
 * small parts) asks a moment later, so the page's own view is rendered first.
 */
const WAITING_MS = 150;
/** How long after this view's own action was answered its live echo is taken for that action's own. */
const ECHO_WINDOW_MS = 5_000;

/** Runs an action whose answer may carry the view rendered again after it, and shows that. */
export type RunInView = <Result extends { view?: ReactNode }>(action: () => Promise<Result>) => Promise<Result>;

const ViewContext = createContext<RunInView | null>(null);
const namedViews = new Map<string, RunInView>();

/**
 * A part of the page rendered on the server and kept current there: when a live event touches
 * one of its `routers`, `render` (a server action) renders it again and the browser swaps in
 * the markup — it never downloads the code that shapes it, nor a query cache. Actions inside it
 * (`useRunInView`) answer with the view rendered after them, so a tap takes one round trip.
 *
 * An event of the person's own is usually the echo of an action this view just ran, whose
 * answer already shows it: within a few seconds of that answer it renders nothing. `hears:
 * "partner"` ignores the person's own events altogether, for a view only the partner changes.
 */
export function LiveView({
  initial,
  render,
  routers,
  hears = "everyone",
  name,
  canWait = false,
}: {
  initial: ReactNode;
  render: () => Promise<ReactNode>;
  routers: readonly string[];
  hears?: "everyone" | "partner";
  /** For actions elsewhere on the page that answer with this view (`runInView`). */
  name?: string;
  /** Renders a moment after the page's own view (see WAITING_MS). */
  canWait?: boolean;
}) {
  const [shown, setShown] = useState({ initial, view: initial });
  // The page rendered again around it (router.refresh). That rendering may have started before
  // an action of this view whose answer is already shown: shown now, and rendered again after.
  if (shown.initial !== initial) setShown({ initial, view: initial });

  const latest = useRef({ render, routers, hears, canWait });
  useEffect(() => {
    latest.current = { render, routers, hears, canWait };
  });

  const [view] = useState(() => {
    let requested = 0;
    let applied = 0;
    let running = 0;
    let answeredAt = Number.NEGATIVE_INFINITY;
    let rendering = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | null = null;

    // Server actions run one at a time, so the last one asked for is the newest rendering.
    const show = (ticket: number, node: ReactNode) => {
      if (ticket <= applied) return;
      applied = ticket;
      // A transition: the old view stays until everything the new one needs has loaded.
      startTransition(() => setShown((current) => ({ ...current, view: node })));
    };

    const renderAgain = async () => {
      timer = null;
      if (rendering) {
        again = true;
        return;
      }
      rendering = true;
      const ticket = ++requested;
      try {
        show(ticket, await latest.current.render());
      } catch {
        // Out of reach for now: the next event, or the catch-up after reconnecting, renders it again.
      } finally {
        rendering = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = () => {
      timer ??= setTimeout(renderAgain, latest.current.canWait ? WAITING_MS : COALESCE_MS);
    };

    const run: RunInView = async (action) => {
      const ticket = ++requested;
      running += 1;
      try {
        const result = await action();
        if (result.view !== undefined) show(ticket, result.view);
        return result;
      } finally {
        running -= 1;
        answeredAt = Date.now();
      }
    };

    return {
      run,
      schedule,
      hear(routers: readonly string[] | typeof EVERYTHING, own: boolean) {
        const { routers: mine, hears } = latest.current;
        if (routers !== EVERYTHING) {
          if (!routers.some((router) => mine.includes(router))) return;
          if (own && (hears === "partner" || running > 0 || Date.now() - answeredAt < ECHO_WINDOW_MS)) return;
        }
        schedule();
      },
      dispose() {
        if (timer) clearTimeout(timer);
      },
    };
  });

  useEffect(() => {
    const stop = live.onChange(({ routers, own }) => view.hear(routers, own));
    // Rendered on the server just before a change this tab heard of (a client-side navigation): once more.
    if (latest.current.routers.some((router) => live.recentlyChanged(router))) view.schedule();
    return () => {
      stop();
      view.dispose();
    };
  }, [view]);

  const firstInitial = useRef(initial);
  useEffect(() => {
    if (initial !== firstInitial.current) view.schedule();
  }, [initial, view]);

  useEffect(() => {
    if (!name) return;
    namedViews.set(name, view.run);
    return () => void namedViews.delete(name);
  }, [name, view]);

  return <ViewContext value={view.run}>{shown.view}</ViewContext>;
}

/** The enclosing view's runner, for the controls inside it. */
export function useRunInView(): RunInView {
  const run = useContext(ViewContext);
  if (!run) throw new Error("useRunInView needs a LiveView around it.");
  return run;
}

/** Runs `action` in the view called `name`, if the page shows one; otherwise just runs it. */
export function runInView<Result extends { view?: ReactNode }>(name: string, action: () => Promise<Result>) {
  const run = namedViews.get(name);
  return run ? run(action) : action();
}
