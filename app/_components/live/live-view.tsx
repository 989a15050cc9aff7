"use client";

import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { type LiveViewName, renderLiveViews } from "@/app/(app)/live-views";
import { live } from "./live-client";
import { nextTicket, RenderQueue, type ViewParams } from "./render-queue";
import { EVERYTHING } from "./topics";

/** Events that arrive together (one act can touch several rows, and several views) render once. */
const COALESCE_MS = 16;
/** How long after this view's own action was answered its live echo is taken for that action's own. */
const ECHO_WINDOW_MS = 5_000;

/** Runs an action whose answer may carry the view rendered again after it, and shows that. */
export type RunInView = <Result extends { view?: ReactNode }>(action: () => Promise<Result>) => Promise<Result>;

const ViewContext = createContext<RunInView | null>(null);
const namedViews = new Map<string, RunInView>();
const renderQueue = new RenderQueue<LiveViewName, ReactNode>(renderLiveViews, COALESCE_MS);
const NO_PARAMS: ViewParams = {};

/**
 * A part of the page rendered on the server and kept current there: when a live event touches
 * one of its `routers`, the server renders it again (live-views.tsx, by `name` and `params`, in one request
 * with every other view the event touched) and the browser swaps in the markup — it never
 * downloads the code that shapes it, nor a query cache. Actions inside it (`useRunInView`)
 * answer with the view rendered after them, so a tap takes one round trip.
 *
 * An event of the person's own is usually the echo of an action this view just ran, whose
 * answer already shows it: within a few seconds of that answer it renders nothing. `hears:
 * "partner"` ignores the person's own events altogether, for a view only the partner changes.
 */
export function LiveView({
  name,
  params = NO_PARAMS,
  initial,
  routers,
  hears = "everyone",
}: {
  name: LiveViewName;
  /** What the view is rendered from beyond its name, as the page had it (the vents page's `?pages=`). */
  params?: ViewParams;
  initial: ReactNode;
  routers: readonly string[];
  hears?: "everyone" | "partner";
}) {
  const [shown, setShown] = useState({ initial, view: initial });
  // The page rendered again around it (router.refresh). That rendering may have started before
  // an action of this view whose answer is already shown: shown now, and rendered again after.
  if (shown.initial !== initial) setShown({ initial, view: initial });

  const latest = useRef({ name, params, routers, hears });
  useEffect(() => {
    latest.current = { name, params, routers, hears };
  });

  const [view] = useState(() => {
    let applied = 0;
    let running = 0;
    let answeredAt = Number.NEGATIVE_INFINITY;

    const show = (ticket: number, node: ReactNode) => {
      if (ticket <= applied) return;
      applied = ticket;
      // A transition: the old view stays until everything the new one needs has loaded.
      startTransition(() => setShown((current) => ({ ...current, view: node })));
    };

    const renderAgain = () => {
      renderQueue.request(latest.current.name, latest.current.params).then(
        ({ ticket, node }) => {
          if (node !== undefined) show(ticket, node);
        },
        // Out of reach for now: the next event, or the catch-up after reconnecting, renders it again.
        () => {},
      );
    };

    const run: RunInView = async (action) => {
      const ticket = nextTicket();
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
      renderAgain,
      hear(routers: readonly string[] | typeof EVERYTHING, own: boolean) {
        const { routers: mine, hears } = latest.current;
        if (routers !== EVERYTHING) {
          if (!routers.some((router) => mine.includes(router))) return;
          if (own && (hears === "partner" || running > 0 || Date.now() - answeredAt < ECHO_WINDOW_MS)) return;
        }
        renderAgain();
      },
    };
  });

  useEffect(() => {
    const stop = live.onChange(({ routers, own }) => view.hear(routers, own));
    // Rendered on the server just before a change this tab heard of (a client-side navigation): once more.
    if (latest.current.routers.some((router) => live.recentlyChanged(router))) view.renderAgain();
    return () => {
      stop();
      renderQueue.forget(latest.current.name);
    };
  }, [view]);

  const firstInitial = useRef(initial);
  useEffect(() => {
    if (initial !== firstInitial.current) view.renderAgain();
  }, [initial, view]);

  useEffect(() => {
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
export function runInView<Result extends { view?: ReactNode }>(name: LiveViewName, action: () => Promise<Result>) {
  const run = namedViews.get(name);
  return run ? run(action) : action();
}
