"use client";

// A message appearing while the mouse button is down would move what is being clicked, and
// the click would be lost: what the page would show then (a field's check, the end of an
// upload) waits until the press is over.
import { useEffect, useRef } from "react";

export type PressGuard = {
  /** True while a pointer is pressed on the page. */
  pressed: () => boolean;
  /** Checks the field named once the press is over. */
  checkAfterPress: (name: string) => void;
  /** Runs now, or once the press is over. */
  afterPress: (task: () => void) => void;
};

/** `onRelease` receives the fields whose checks waited for the press. */
export function usePressGuard(onRelease: (names: string[]) => void): PressGuard {
  const down = useRef(false);
  const pendingChecks = useRef(new Set<string>());
  const pendingTasks = useRef<Array<() => void>>([]);
  const latestRelease = useRef(onRelease);
  useEffect(() => {
    latestRelease.current = onRelease;
  });
  useEffect(() => {
    const press = () => (down.current = true);
    // After the click the release makes (a timer runs after it), or at once when the press was cancelled.
    const release = () =>
      setTimeout(() => {
        down.current = false;
        const names = [...pendingChecks.current];
        pendingChecks.current.clear();
        if (names.length > 0) latestRelease.current(names);
        for (const task of pendingTasks.current.splice(0)) task();
      }, 0);
    document.addEventListener("pointerdown", press, true);
    document.addEventListener("pointerup", release, true);
    document.addEventListener("pointercancel", release, true);
    window.addEventListener("blur", release);
    return () => {
      document.removeEventListener("pointerdown", press, true);
      document.removeEventListener("pointerup", release, true);
      document.removeEventListener("pointercancel", release, true);
      window.removeEventListener("blur", release);
    };
  }, []);
  return {
    pressed: () => down.current,
    checkAfterPress: (name) => void pendingChecks.current.add(name),
    afterPress: (task) => {
      if (down.current) pendingTasks.current.push(task);
      else task();
    },
  };
}
