/**
 * The route segments of the page a request was sent from, read from the router state Next's
 * client sends with every action (the `next-router-state-tree` header: its tree, as
 * URI-encoded JSON, each node `[segment, { slot: child }, …]`); null when there is none or
 * it can't be read.
 */
export function segmentsOfRouterState(header: string | null): Set<string> | null {
  if (!header) return null;
  try {
    const segments = new Set<string>();
    const walk = (node: unknown) => {
      if (!Array.isArray(node)) return;
      if (typeof node[0] === "string") segments.add(node[0]);
      if (node[1] && typeof node[1] === "object") for (const child of Object.values(node[1])) walk(child);
    };
    walk(JSON.parse(decodeURIComponent(header)));
    return segments;
  } catch {
    return null;
  }
}
