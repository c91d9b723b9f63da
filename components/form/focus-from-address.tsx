"use client";
// After a form's post comes back to its page (a refusal's summary, a save's status, a row
// that moved), the element the address names (`#error-summary`) gets the focus and comes
// into view, as the browser shows it without JavaScript; a page renders it with a key that
// changes with each answer, so that each one is shown.
import { useEffect } from "react";

export function FocusFromAddress() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }, []);
  return null;
}
