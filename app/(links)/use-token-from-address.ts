"use client";

import { useEffect } from "react";

/** Once the page has the token, it leaves the address bar and the history (shared screens, screenshots). */
export function useTokenLeavesAddressBar() {
  useEffect(() => {
    window.history.replaceState(null, "", window.location.pathname);
  }, []);
}
