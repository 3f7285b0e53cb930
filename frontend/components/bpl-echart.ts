// <bpl-echart>: a thin element around Apache ECharts for the server-side EChart component.
// Only the chart types and components the app uses are registered (echarts/core keeps the bundle small).
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, GraphChart, HeatmapChart, LineChart, ScatterChart,
  AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent,
  TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer,
]);

type Option = Record<string, any>;

function darkMode(): boolean {
  return (document.documentElement.getAttribute('theme') ?? '').split(/\s+/).includes('dark');
}

export class BplEChart extends HTMLElement {
  chart?: echarts.ECharts;
  // The full option as the server last set it plus appended points: kept so that a theme switch
  // can rebuild the chart without asking the server again.
  private option: Option = {};
  private resizeObserver?: ResizeObserver;
  private themeObserver?: MutationObserver;
  private dark = false;

  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    this.setAttribute('role', 'img');
    this.init();
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.themeObserver = new MutationObserver(() => {
      if (darkMode() !== this.dark) this.init();
    });
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.themeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private init() {
    this.chart?.dispose();
    this.dark = darkMode();
    this.chart = echarts.init(this, this.dark ? 'dark' : undefined, { renderer: 'canvas' });
    this.chart.on('click', (params: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesIndex: params.seriesIndex ?? -1,
          dataIndex: params.dataIndex ?? -1,
          name: params.name ?? '',
          value: JSON.stringify(params.value ?? null),
        },
      }));
    });
    // A click on empty plot area reports its data coordinates, so a learner can pick any x.
    this.chart.getZr().on('click', (event: any) => {
      if (event.target || !this.chart) return;
      const pixel = [event.offsetX, event.offsetY];
      if (!this.chart.containPixel({ gridIndex: 0 }, pixel)) return;
      const value = this.chart.convertFromPixel({ gridIndex: 0 }, pixel);
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { seriesIndex: -1, dataIndex: -1, name: '', value: JSON.stringify(value) },
      }));
    });
    this.render(true);
  }

  private render(notMerge: boolean) {
    if (!this.chart) return;
    const option = { aria: { enabled: true }, backgroundColor: 'transparent', ...this.option };
    // ECharts' aria module writes a description of the chart and its data into aria-label.
    this.chart.setOption(option, { notMerge, lazyUpdate: true });
  }

  /** Replaces (notMerge) or merges the option, as ECharts' own setOption does. */
  setOption(json: string, notMerge: boolean) {
    const option = JSON.parse(json) as Option;
    this.option = notMerge ? option : echarts.util.merge(this.option, option, true);
    this.render(notMerge);
  }

  /** Appends points to one series, keeping at most maxPoints (0: all): only new points cross the wire. */
  appendData(seriesIndex: number, json: string, maxPoints: number) {
    const points = JSON.parse(json) as unknown[];
    const series = this.option.series as Option[] | undefined;
    if (!series || !series[seriesIndex]) return;
    const data: unknown[] = (series[seriesIndex].data ??= []);
    data.push(...points);
    if (maxPoints > 0 && data.length > maxPoints) data.splice(0, data.length - maxPoints);
    this.chart?.setOption({ series: series.map((s, i) => (i === seriesIndex ? { data } : {})) }, { lazyUpdate: true });
  }

  /** Number of points the chart holds in a series (for tests and the text alternative). */
  pointCount(seriesIndex: number): number {
    const series = (this.chart?.getOption() as Option | undefined)?.series as Option[] | undefined;
    return series?.[seriesIndex]?.data?.length ?? 0;
  }
}

customElements.define('bpl-echart', BplEChart);
