// A bar chart as a list: each item names what it measures and says its value in words,
// so it reads the same to a screen reader, at 360 px and printed; the bars (drawn with
// SVG, no script, no inline style) are for the eye. Values are 0–1 of the longest bar.
import type { ReactNode } from "react";

export type Bar = { key: string; label: ReactNode; value: number; text: string; tone?: "good" | "bad" | "neutral" };

const FILL = { good: "#1f6b3a", bad: "#a61b1b", neutral: "#1d4e89" } as const;

export function BarList({
  id,
  caption,
  note,
  bars,
  empty,
}: {
  id: string;
  caption: string;
  note?: string;
  bars: Bar[];
  empty?: string;
}) {
  return (
    <figure
      aria-labelledby={`${id}-caption`}
      className="min-w-0 space-y-2 rounded border border-slate-300 p-3"
      data-testid={id}
    >
      <figcaption id={`${id}-caption`} className="text-lg font-bold">
        {caption}
      </figcaption>
      {note && <p className="text-sm text-muted">{note}</p>}
      {bars.length === 0 && empty && <p>{empty}</p>}
      <ul className="space-y-3">
        {bars.map((bar) => (
          <li key={bar.key} className="space-y-1">
            <span className="block">{bar.label}</span>
            <span className="flex items-center gap-3">
              <svg
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 100 4"
                preserveAspectRatio="none"
                className="h-4 min-w-16 flex-1 basis-0 rounded-sm bg-gray-200"
              >
                <rect
                  x="0"
                  y="0"
                  height="4"
                  width={Math.max(0, Math.min(1, bar.value)) * 100}
                  fill={FILL[bar.tone ?? "neutral"]}
                />
              </svg>
              <span className="font-semibold tabular-nums">{bar.text}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
