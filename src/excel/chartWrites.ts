/**
 * A chart over table columns: one series per value column, categories from the category column. The
 * series point at the columns' data bodies, which grow when rows are added to the table.
 */
import { rangeA1 } from '../geometry/bounds';
import { columnBody, columnOf, type TableGeometry } from '../geometry/tableGeometry';
import type { ChartPlan } from '../layout/plan';
import { writeOp, type WriteOp } from './writeOp';

/**
 * The write of a chart, or null when its table or a column is not in the plan's final layout.
 * @param chart - the planned chart
 * @param geometry - the chart's table as the plan leaves it
 * @returns the write, or null
 * @example
 * chartOp(plan.sheets[4].charts[0], tables.get('ClusterSummary'))?.kind // 'chart'
 */
export function chartOp(chart: ChartPlan, geometry: TableGeometry | undefined): WriteOp | null {
  if (!geometry) return null;
  const categoryCol = columnOf(geometry, chart.categoryColumn);
  const valueCols = chart.valueColumns.map((header) => ({ header, col: columnOf(geometry, header) }));
  if (categoryCol === null || valueCols.length === 0 || valueCols.some((v) => v.col === null)) return null;
  const tableSheet = geometry.sheet;
  const categories = rangeA1(columnBody(geometry, categoryCol));
  const series = valueCols.map((v) => ({
    header: v.header,
    address: rangeA1(columnBody(geometry, v.col ?? 0)),
  }));
  const topLeft = rangeA1({
    top: chart.anchor.row,
    left: chart.anchor.col,
    bottom: chart.anchor.row,
    right: chart.anchor.col,
  });
  const bottomRight = rangeA1({
    top: chart.anchor.row + chart.size.rows - 1,
    left: chart.anchor.col + chart.size.cols - 1,
    bottom: chart.anchor.row + chart.size.rows - 1,
    right: chart.anchor.col + chart.size.cols - 1,
  });
  const type = chart.type === 'barClustered' ? 'BarClustered' : 'ColumnClustered';
  return writeOp('chart', chart.sheet, chart, (session) => {
    const source = session.sheet(tableSheet);
    const categoryRange = source.getRange(categories);
    const [first, ...rest] = series;
    if (!first) return;
    const added = session.sheet(chart.sheet).charts.add(type, source.getRange(first.address), 'Columns');
    added.name = chart.name;
    added.title.text = chart.title;
    const firstSeries = added.series.getItemAt(0);
    firstSeries.name = first.header;
    firstSeries.setXAxisValues(categoryRange);
    for (const more of rest) {
      const next = added.series.add(more.header);
      next.setValues(source.getRange(more.address));
      next.setXAxisValues(categoryRange);
    }
    added.setPosition(topLeft, bottomRight);
  });
}
