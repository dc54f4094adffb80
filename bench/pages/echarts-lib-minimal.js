/**
 * The least ECharts that draws a map series with a timeline: map, timeline and canvas
 * renderer only. Weighed for reference (the lower bound of a tree-shaken ECharts).
 */
import { init, registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TimelineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([MapChart, TimelineComponent, CanvasRenderer]);

export { init, registerMap };
