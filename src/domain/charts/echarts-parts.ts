// The parts of ECharts the chart definitions use, registered alike by the browser and by the
// server (each adds its renderer): only these are bundled, not the whole library.
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from "echarts/components";

export const chartParts = [
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
];
