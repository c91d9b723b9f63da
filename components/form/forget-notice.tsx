"use client";

import { useSearchParams } from "next/navigation";
import { useEffect } from "react";

/**
 * Takes one-time notices ("done", "payment", …) out of the address once shown, so that
 * reloading the page later does not announce again something that happened before.
 * Without JavaScript the notice simply stays in the address.
 */
export function ForgetNotice({ params }: { params: string[] }) {
  const search = useSearchParams();
  useEffect(() => {
    const present = params.filter((p) => search.has(p));
    if (present.length === 0) return;
    const url = new URL(window.location.href);
    for (const p of present) url.searchParams.delete(p);
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [params, search]);
  return null;
}
