// One chart definition (src/domain/charts) drawn as SVG in the page: crisp when printed and
// resized with its box. The picture is described by `label`; its figures are in a table beside
// it, which is what a screen reader reads.
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { ChartOption } from "../../domain/charts/chart-style.js";
import { chartParts } from "../../domain/charts/echarts-parts.js";

use([...chartParts, SVGRenderer]);

export default function EChart({
  option,
  height,
  label,
  testId,
}: {
  option: ChartOption;
  height: number;
  label: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = init(element, null, { renderer: "svg" });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return (
    <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />
  );
}
