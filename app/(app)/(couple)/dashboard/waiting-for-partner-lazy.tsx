"use client";

import dynamic from "next/dynamic";

/**
 * The invite card, shown only until the partner joins, in a chunk of its own: a linked
 * couple's dashboard never downloads it. (Imported from the server, a client component joins
 * the page's own chunk whether it is shown or not; a dynamic import from the client doesn't.)
 */
export const WaitingForPartner = dynamic(() =>
  import("./waiting-for-partner").then((module) => module.WaitingForPartner),
);
