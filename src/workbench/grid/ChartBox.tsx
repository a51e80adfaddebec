import type { ChartView } from './sheetView';

/** Office's default series colours. */
const SERIES_COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const TICKS = 5;
const FONT = 'Calibri, Carlito, "Segoe UI", Arial, sans-serif';

/** Props of {@link ChartBox}. */
export interface ChartBoxProps {
  chart: ChartView;
  width: number;
  height: number;
}

/**
 * A clustered column or bar chart drawn over the cells it covers, as Excel floats a chart over a
 * sheet: title, value axis from zero, one bar per series and category, legend. It plots what the
 * table holds now, so it follows every typed score.
 * @param props - the chart's data and its size in pixels
 */
export function ChartBox({ chart, width, height }: ChartBoxProps) {
  const horizontal = chart.type === 'barClustered';
  const top = 30;
  const bottom = 40;
  const left = horizontal ? Math.min(160, width * 0.3) : 44;
  const right = 16;
  const plotW = Math.max(width - left - right, 10);
  const plotH = Math.max(height - top - bottom, 10);
  const all = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(0, ...all));
  const groups = Math.max(chart.categories.length, 1);
  const band = (horizontal ? plotH : plotW) / groups;
  const bar = (band * 0.7) / Math.max(chart.series.length, 1);
  const scale = (value: number) => (value / max) * (horizontal ? plotW : plotH);

  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={chart.title}
      style={{ background: '#FFFFFF', border: '1px solid #D9D9D9', fontFamily: FONT }}
    >
      <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#404040">
        {chart.title}
      </text>
      {Array.from({ length: TICKS + 1 }, (_, i) => {
        const value = (max / TICKS) * i;
        const at = scale(value);
        return horizontal ? (
          <g key={i}>
            <line x1={left + at} x2={left + at} y1={top} y2={top + plotH} stroke="#E7E6E6" />
            <text x={left + at} y={top + plotH + 14} textAnchor="middle" fontSize={11} fill="#595959">
              {number(value)}
            </text>
          </g>
        ) : (
          <g key={i}>
            <line x1={left} x2={left + plotW} y1={top + plotH - at} y2={top + plotH - at} stroke="#E7E6E6" />
            <text x={left - 6} y={top + plotH - at + 4} textAnchor="end" fontSize={11} fill="#595959">
              {number(value)}
            </text>
          </g>
        );
      })}
      {chart.categories.map((category, g) => (
        <g key={category}>
          {chart.series.map((series, k) => {
            const value = series.values[g] ?? null;
            if (value === null) return null;
            const offset = g * band + band * 0.15 + k * bar;
            const length = scale(Math.max(value, 0));
            const fill = SERIES_COLORS[k % SERIES_COLORS.length];
            return horizontal ? (
              <rect key={series.name} x={left} y={top + offset} width={length} height={bar} fill={fill}>
                <title>{`${category} — ${series.name}: ${number(value)}`}</title>
              </rect>
            ) : (
              <rect
                key={series.name}
                x={left + offset}
                y={top + plotH - length}
                width={bar}
                height={length}
                fill={fill}
              >
                <title>{`${category} — ${series.name}: ${number(value)}`}</title>
              </rect>
            );
          })}
          {horizontal ? (
            <text
              x={left - 6}
              y={top + g * band + band / 2 + 4}
              textAnchor="end"
              fontSize={11}
              fill="#595959"
            >
              {category}
            </text>
          ) : (
            <text
              x={left + g * band + band / 2}
              y={top + plotH + 14}
              textAnchor="middle"
              fontSize={11}
              fill="#595959"
            >
              {category}
            </text>
          )}
        </g>
      ))}
      {chart.series.map((series, k) => (
        <g key={series.name} transform={`translate(${left + k * 140}, ${height - 14})`}>
          <rect width={10} height={10} y={-9} fill={SERIES_COLORS[k % SERIES_COLORS.length]} />
          <text x={14} fontSize={11} fill="#595959">
            {series.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The top of the value axis: a round number just above the largest value, as Excel picks it. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

function number(value: number): string {
  return String(Number(value.toFixed(2))).replace('.', ',');
}
