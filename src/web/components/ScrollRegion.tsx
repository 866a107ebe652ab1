// A wide table on a phone: it scrolls sideways inside this region instead of widening the page,
// and the region takes the keyboard focus so that the arrow keys scroll it too (WCAG: a
// scrollable region must be reachable without a mouse).
import { type ReactNode, useEffect, useState } from "react";
import { useT } from "../i18n/index.js";

/** Whether the window is narrower than `width` now (it follows a phone turned sideways). */
function useNarrowerThan(width: number): boolean {
  const [narrower, setNarrower] = useState(() => window.innerWidth < width);
  useEffect(() => {
    const follow = () => setNarrower(window.innerWidth < width);
    window.addEventListener("resize", follow);
    return () => window.removeEventListener("resize", follow);
  }, [width]);
  return narrower;
}

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
  const t = useT();
  // On a screen narrower than the table, say that more columns are to the side.
  const hidden = useNarrowerThan(minWidth);
  return (
    <>
      {hidden && <div className="muted small scroll-hint">{t("common.scrollSideways")}</div>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable. */}
      <section aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
        <div style={{ minWidth }}>{children}</div>
      </section>
    </>
  );
}
