"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The number of unread notifications next to the account link, asked for after the page
 * loads so that public pages stay cached. Nothing shows without JavaScript or when zero.
 */
const BADGE =
  "ml-1 inline-flex min-w-6 items-center justify-center rounded-full bg-white px-1.5 text-sm font-bold text-brand-800";

export function UnreadCount({ label }: { label: string }) {
  const [unread, setUnread] = useState(0);
  const pathname = usePathname();
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/notifications/unread", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ unread: number }>) : { unread: 0 }))
      .then((body) => setUnread(body.unread))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);
  if (unread === 0) return null;
  return (
    <span className={BADGE} data-testid="unread-count">
      {unread}
      <span className="sr-only"> {label}</span>
    </span>
  );
}
