/**
 * ECharts tree-shaken to what the comparison page draws: a map series shaded in steps
 * (piecewise visual map), the timeline component, tooltips, a title, ARIA and the canvas
 * renderer. Bundled alone by the benchmark to weigh it; the page bundle imports it.
 */
import { init, registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import {
  AriaComponent,
  TimelineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([
  MapChart,
  TimelineComponent,
  VisualMapPiecewiseComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { init, registerMap };
