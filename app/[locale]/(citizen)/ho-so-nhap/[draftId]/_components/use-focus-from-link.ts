// A "Change" link of the check page names the field it changes (`…/page#fieldId`): the field
// gets the focus, as the browser gives it without JavaScript, so a keyboard or screen-reader
// user lands on it rather than at the top of the page.
import { useEffect } from "react";

const CONTROL = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

export function useFocusFromLink(): void {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const control = target?.matches(CONTROL) ? target : target?.querySelector<HTMLElement>(CONTROL);
    control?.focus();
  }, []);
}
