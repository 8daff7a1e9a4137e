/**
 * Chart.js (canvas) with the settings its performance guide recommends for long series: no
 * animation, pre-parsed and normalised {x, y} data, no points, min-max decimation. The x axis is
 * linear over milliseconds (no date adapter); the tooltip follows the nearest x.
 */
import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation, Tooltip);

const COLOURS = ['#1f6feb', '#d9480f', '#2b8a3e'];
const day = (value) => new Date(value).toISOString().slice(0, 10);

const datasets = (data) =>
  data.series.map((series, index) => ({
    label: series.id,
    borderColor: COLOURS[index % COLOURS.length],
    data: series.points.map((point) => ({ x: Date.parse(point.date), y: point.value })),
  }));

const timeline = {
  render(context, data) {
    const canvas = document.createElement('canvas');
    canvas.width = context.width;
    canvas.height = context.height;
    context.container.append(canvas);
    context.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets(data) },
      options: {
        responsive: false,
        animation: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        elements: { point: { radius: 0 }, line: { borderWidth: 1 } },
        plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
        scales: { x: { type: 'linear', ticks: { callback: day } }, y: { type: 'linear', beginAtZero: true } },
      },
    });
  },
  update(context, data) {
    context.chart.data.datasets = datasets(data);
    context.chart.update();
  },
};

export default { timeline };
