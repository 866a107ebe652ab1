// A wide table on a phone: it scrolls sideways inside this region instead of widening the page,
// and the region takes the keyboard focus so that the arrow keys scroll it too (WCAG: a
// scrollable region must be reachable without a mouse).
import type { ReactNode } from "react";

export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  /** What the region holds, for screen readers. */
  label: string;
  /** Below this width the content scrolls rather than squeezes. */
  minWidth: number;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
    <section aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
