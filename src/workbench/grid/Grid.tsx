import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, KeyboardEvent, MutableRefObject } from 'react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { columnLetters } from '../../domain/workbook';
import { WB } from '../strings';
import { ChartBox } from './ChartBox';
import type { GridCell, SheetView } from './sheetView';

/** Row height and header sizes, in pixels (Excel's at 100 %, a little taller for Vietnamese marks). */
const ROW_PX = 22;
const ROW_HEADER_PX = 44;

/** Colours of Excel's default table style and sheet chrome. */
const COLOR = {
  gridline: '#E1E1E1',
  headerBg: '#F3F3F3',
  headerBgSelected: '#D3F0E0',
  selection: '#217346',
  tableHeader: '#4472C4',
  band: '#D9E1F2',
  lockedFill: '#EDEBE9',
  lockedBandFill: '#DCE2EC',
  lockedText: '#323130',
  error: '#C00000',
} as const;

const useStyles = makeStyles({
  scroller: {
    flex: '1 1 auto',
    overflow: 'auto',
    position: 'relative',
    outline: 'none',
    backgroundColor: '#FFFFFF',
    ':focus-visible': { boxShadow: `inset 0 0 0 1px ${COLOR.selection}` },
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '14px',
    color: '#000000',
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 5,
    backgroundColor: COLOR.headerBg,
    borderRight: `1px solid ${COLOR.gridline}`,
    borderBottom: `1px solid #BDBDBD`,
  },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 4,
    height: `${ROW_PX}px`,
    backgroundColor: COLOR.headerBg,
    borderRight: `1px solid ${COLOR.gridline}`,
    borderBottom: `1px solid #BDBDBD`,
    fontWeight: 'normal',
    fontSize: '12px',
    color: '#444444',
    textAlign: 'center',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    backgroundColor: COLOR.headerBg,
    borderRight: `1px solid #BDBDBD`,
    borderBottom: `1px solid ${COLOR.gridline}`,
    fontWeight: 'normal',
    fontSize: '12px',
    color: '#444444',
    textAlign: 'center',
    userSelect: 'none',
  },
  headerSelected: {
    backgroundColor: COLOR.headerBgSelected,
    color: COLOR.selection,
    fontWeight: 'bold',
  },
  cell: {
    height: `${ROW_PX}px`,
    maxHeight: `${ROW_PX}px`,
    padding: '0 3px',
    borderRight: `1px solid ${COLOR.gridline}`,
    borderBottom: `1px solid ${COLOR.gridline}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'clip',
    boxSizing: 'border-box',
    lineHeight: `${ROW_PX - 2}px`,
    cursor: 'cell',
    scrollMarginLeft: `${ROW_HEADER_PX}px`,
  },
  overflowing: { overflow: 'visible' },
  sheet: { position: 'relative' },
  // Over the cells, under the sticky headers, as a chart floats over a sheet in Excel.
  chart: { position: 'absolute', zIndex: 1 },
  tableHeader: {
    backgroundColor: COLOR.tableHeader,
    color: '#FFFFFF',
    fontWeight: 'bold',
    borderRight: '1px solid #8EA9DB',
  },
  input: { backgroundColor: '#FFFFFF' },
  inputBanded: { backgroundColor: COLOR.band },
  locked: { backgroundColor: COLOR.lockedFill, color: COLOR.lockedText },
  lockedBanded: { backgroundColor: COLOR.lockedBandFill, color: COLOR.lockedText },
  error: { color: COLOR.error },
  selected: {
    boxShadow: `inset 0 0 0 2px ${COLOR.selection}`,
  },
  // Layers, bottom up: cells, charts (1), frozen rows (2), row numbers (3), column letters (4), corner (5).
  frozen: { position: 'sticky', zIndex: 2 },
  // Rows scrolling under a frozen one must not show through it.
  frozenCell: { backgroundColor: '#FFFFFF' },
  frozenHeader: { zIndex: 4 },
  editor: {
    width: '100%',
    height: `${ROW_PX - 2}px`,
    border: 'none',
    outline: `2px solid ${COLOR.selection}`,
    padding: '0 2px',
    font: 'inherit',
    boxSizing: 'border-box',
    backgroundColor: '#FFFFFF',
    color: '#000000',
  },
});

/** A cell of the grid by zero-based row and column. */
export interface GridPosition {
  row: number;
  col: number;
}

/** What is being typed, and into which cell. */
export interface CellEdit extends GridPosition {
  text: string;
  /** Where the typing happens: in the cell, or in the formula bar. */
  place: 'cell' | 'bar';
}

/** Props of {@link Grid}. */
export interface GridProps {
  view: SheetView;
  selected: GridPosition;
  editing: CellEdit | null;
  /** Changes whenever the selected cell must be scrolled into view (the pane went to a cell). */
  revealToken: number;
  onSelect: (position: GridPosition) => void;
  /** Typing starts in a cell: `text` replaces its content (typing) or is its content (F2, double-click). */
  onStartEdit: (position: GridPosition, text: string) => void;
  onEditText: (text: string) => void;
  /** Ends the typing, writing it, then moves the selection by `rows` and `cols`. */
  onCommit: (rows: number, cols: number) => void;
  onCancel: () => void;
  onClear: (position: GridPosition) => void;
  /** Set by the grid to a function that gives it the keyboard (the name box sends the selection here). */
  focusRef?: MutableRefObject<() => void>;
}

/**
 * The grid of one sheet, as Excel draws it: column letters and row numbers, frozen rows, table headers,
 * banded rows, locked cells shaded, the selected cell outlined; typing edits a cell (Enter or Tab writes
 * it, Escape drops it), the arrow keys and Enter move. Tab outside a typing leaves the grid for the pane,
 * as a web page's keyboard user expects.
 * @param props - the sheet's view, the selection, the cell being edited and what the grid's gestures do
 */
export function Grid(props: GridProps) {
  const { view, selected, editing, revealToken, onSelect, onStartEdit, onClear } = props;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  if (props.focusRef !== undefined) {
    props.focusRef.current = () => scroller.current?.focus({ preventScroll: true });
  }

  // The selected cell stays in sight whether the keyboard moved it or the pane went to it.
  useEffect(() => {
    const td = scroller.current?.querySelector(
      `[data-address="${columnLetters(selected.col)}${selected.row + 1}"]`,
    );
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected.row, selected.col, revealToken, view.name]);

  // After a cell is written or the typing dropped, the keyboard goes back to the grid, as in Excel.
  const wasEditing = useRef(false);
  useEffect(() => {
    const grid = scroller.current;
    const focus = document.activeElement;
    // Unless the typing ended because a person clicked elsewhere (the pane, the name box).
    const lost = focus === null || focus === document.body || (grid?.contains(focus) ?? false);
    if (wasEditing.current && editing === null && lost) grid?.focus({ preventScroll: true });
    wasEditing.current = editing !== null;
  }, [editing]);

  // Rows are memoised: they get gestures that never change and call the latest props.
  const latest = useRef(props);
  latest.current = props;
  const gestures = useMemo<RowGestures>(
    () => ({
      select: (position) => {
        if (latest.current.editing !== null) latest.current.onCommit(0, 0);
        latest.current.onSelect(position);
      },
      startEdit: (position, text) => latest.current.onStartEdit(position, text),
      editText: (text) => latest.current.onEditText(text),
      commit: (rows, cols) => latest.current.onCommit(rows, cols),
      cancel: () => latest.current.onCancel(),
    }),
    [],
  );

  const current = view.rows[selected.row]?.[selected.col];
  const move = (rows: number, cols: number) => {
    let col = clamp(selected.col + cols, 0, view.colCount - 1);
    // The selection steps over hidden columns, as in Excel; at the edge it stays where it was.
    while (view.columnWidths[col] === 0 && cols !== 0) {
      const next = clamp(col + Math.sign(cols), 0, view.colCount - 1);
      if (next === col) {
        col = selected.col;
        break;
      }
      col = next;
    }
    onSelect({ row: clamp(selected.row + rows, 0, view.rowCount - 1), col });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null || event.target !== event.currentTarget || current === undefined) return;
    const { key } = event;
    const step: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [event.shiftKey ? -1 : 1, 0],
      PageDown: [20, 0],
      PageUp: [-20, 0],
    };
    const delta = step[key];
    if (delta !== undefined) {
      event.preventDefault();
      move(delta[0], delta[1]);
    } else if (key === 'Home') {
      event.preventDefault();
      onSelect({ row: event.ctrlKey ? 0 : selected.row, col: 0 });
    } else if (key === 'F2') {
      event.preventDefault();
      onStartEdit(selected, current.editText);
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      onClear(selected);
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing over a cell replaces its content, starting with this key.
      event.preventDefault();
      onStartEdit(selected, key);
    }
  };

  const tableWidth = ROW_HEADER_PX + view.columnWidths.reduce((sum, w) => sum + w, 0);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={WB.grid(view.name)}
      data-sheet={view.name}
      onKeyDown={onKeyDown}
    >
      <div className={styles.sheet} style={{ width: `${tableWidth}px` }}>
        <table
          className={styles.table}
          style={{ width: `${tableWidth}px` }}
          role="grid"
          aria-label={view.name}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_PX}px` }} />
            {/* A hidden column (width 0) is not drawn, its letter skipped, as Excel hides it. */}
            {view.columnWidths.map((width, c) =>
              width === 0 ? null : <col key={c} style={{ width: `${width}px` }} />,
            )}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.corner} aria-hidden="true" />
              {view.columnWidths.map((width, c) =>
                width === 0 ? null : (
                  <th
                    key={c}
                    scope="col"
                    className={mergeClasses(styles.colHeader, c === selected.col && styles.headerSelected)}
                  >
                    {columnLetters(c)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((cells, r) => (
              <GridRow
                key={r}
                row={r}
                cells={cells}
                frozen={r < view.freezeRows}
                scrollMarginTop={ROW_PX * (1 + view.freezeRows)}
                selectedCol={r === selected.row ? selected.col : -1}
                editing={editing !== null && editing.place === 'cell' && editing.row === r ? editing : null}
                gestures={gestures}
                styles={styles}
              />
            ))}
          </tbody>
        </table>
        {view.charts.map((chart) => {
          const left = ROW_HEADER_PX + sum(view.columnWidths, 0, chart.anchor.col);
          const width = sum(view.columnWidths, chart.anchor.col, chart.anchor.col + chart.size.cols);
          return (
            <div
              key={chart.name}
              className={styles.chart}
              style={{ left: `${left}px`, top: `${ROW_PX * (1 + chart.anchor.row)}px` }}
            >
              <ChartBox chart={chart} width={width} height={chart.size.rows * ROW_PX} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function sum(widths: readonly number[], from: number, to: number): number {
  return widths.slice(from, to).reduce((total, width) => total + width, 0);
}

/** What a row's cells do when clicked or typed into; stable for the life of the grid. */
interface RowGestures {
  select: (position: GridPosition) => void;
  startEdit: (position: GridPosition, text: string) => void;
  editText: (text: string) => void;
  commit: (rows: number, cols: number) => void;
  cancel: () => void;
}

interface GridRowProps {
  row: number;
  cells: GridCell[];
  frozen: boolean;
  scrollMarginTop: number;
  /** Column of the selected cell when it is in this row, else -1. */
  selectedCol: number;
  editing: CellEdit | null;
  gestures: RowGestures;
  styles: ReturnType<typeof useStyles>;
}

/**
 * One row of the grid. Memoised: moving the selection redraws the two rows it leaves and enters, and
 * typing redraws the row typed in, instead of the hundreds of rows of a registrations sheet.
 */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row: r, cells, frozen, selectedCol, editing, gestures, styles } = props;
  const stick: CSSProperties | undefined = frozen ? { top: `${ROW_PX + r * ROW_PX}px` } : undefined;
  return (
    <tr>
      <th
        scope="row"
        className={mergeClasses(
          styles.rowHeader,
          frozen && styles.frozen,
          frozen && styles.frozenHeader,
          selectedCol >= 0 && styles.headerSelected,
        )}
        style={stick}
      >
        {r + 1}
      </th>
      {cells.map((cell) =>
        cell.covered || cell.hidden ? null : (
          <td
            key={cell.col}
            data-address={cell.address}
            aria-selected={cell.col === selectedCol}
            colSpan={drawnSpan(cells, cell)}
            className={mergeClasses(
              styles.cell,
              frozen && styles.frozen,
              frozen && styles.frozenCell,
              cell.overflows && styles.overflowing,
              cellClass(styles, cell),
              cell.error && styles.error,
              cell.col === selectedCol && styles.selected,
            )}
            style={{ ...stick, ...cellStyle(cell), scrollMarginTop: `${props.scrollMarginTop}px` }}
            title={cell.error ? (cell.formula ?? undefined) : undefined}
            onMouseDown={(event) => {
              if (event.button === 0) gestures.select({ row: cell.row, col: cell.col });
            }}
            onDoubleClick={() => gestures.startEdit({ row: cell.row, col: cell.col }, cell.editText)}
          >
            {editing !== null && editing.col === cell.col ? (
              <CellEditor
                className={styles.editor}
                text={editing.text}
                address={cell.address}
                onText={gestures.editText}
                onCommit={gestures.commit}
                onCancel={gestures.cancel}
              />
            ) : (
              cell.display
            )}
          </td>
        ),
      )}
    </tr>
  );
}, sameRowProps);

/**
 * Rows are rebuilt from the workbook after every change; one typed score changes a few cells, so a row
 * is redrawn only when what it shows changed.
 */
function sameRowProps(prev: GridRowProps, next: GridRowProps): boolean {
  return (
    prev.row === next.row &&
    prev.frozen === next.frozen &&
    prev.scrollMarginTop === next.scrollMarginTop &&
    prev.selectedCol === next.selectedCol &&
    prev.editing === next.editing &&
    prev.gestures === next.gestures &&
    prev.styles === next.styles &&
    (prev.cells === next.cells ||
      (prev.cells.length === next.cells.length &&
        prev.cells.every((cell, c) => sameCell(cell, next.cells[c]))))
  );
}

/** The columns a cell spans that are drawn: a merge over a hidden column spans one column less. */
function drawnSpan(cells: readonly GridCell[], cell: GridCell): number | undefined {
  if (cell.span <= 1) return undefined;
  const drawn = cells.slice(cell.col, cell.col + cell.span).filter((c) => !c.hidden).length;
  return drawn > 1 ? drawn : undefined;
}

function sameCell(a: GridCell, b: GridCell | undefined): boolean {
  return (
    b !== undefined &&
    a.display === b.display &&
    a.editText === b.editText &&
    a.align === b.align &&
    a.refusesInput === b.refusesInput &&
    a.role === b.role &&
    a.banded === b.banded &&
    a.span === b.span &&
    a.covered === b.covered &&
    a.hidden === b.hidden &&
    a.overflows === b.overflows &&
    a.error === b.error &&
    JSON.stringify(a.style) === JSON.stringify(b.style)
  );
}

interface CellEditorProps {
  className: string;
  text: string;
  address: string;
  onText: (text: string) => void;
  onCommit: (rows: number, cols: number) => void;
  onCancel: () => void;
}

/** The text box over a cell being typed into. */
function CellEditor({ className, text, address, onText, onCommit, onCancel }: CellEditorProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const box = input.current;
    if (box === null) return;
    box.focus();
    // The caret goes to the end, after the key that started the typing.
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);
  return (
    <input
      ref={input}
      className={className}
      aria-label={`${WB.formula} ${address}`}
      value={text}
      onChange={(event) => onText(event.target.value)}
      onMouseDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Tab') {
          event.preventDefault();
          const back = event.shiftKey ? -1 : 1;
          if (event.key === 'Enter') onCommit(back, 0);
          else onCommit(0, back);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      onBlur={() => onCommit(0, 0)}
    />
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function cellClass(styles: ReturnType<typeof useStyles>, cell: GridCell): string | undefined {
  if (cell.role === 'header') return styles.tableHeader;
  if (cell.role === 'data') {
    if (cell.refusesInput) return cell.banded ? styles.lockedBanded : styles.locked;
    return cell.banded ? styles.inputBanded : styles.input;
  }
  return undefined;
}

/** The plan's own formatting of a cell (headings, the signature block). */
function cellStyle(cell: GridCell): CSSProperties {
  const style = cell.style;
  const css: CSSProperties = { textAlign: cell.align };
  if (style === null) return css;
  if (style.bold === true) css.fontWeight = 'bold';
  if (style.italic === true) css.fontStyle = 'italic';
  // Points to pixels at 96 dpi.
  if (style.size !== undefined) css.fontSize = `${Math.round((style.size * 4) / 3)}px`;
  if (style.fill !== undefined) css.backgroundColor = hex(style.fill);
  if (style.color !== undefined) css.color = hex(style.color);
  return css;
}

function hex(color: string): string {
  return color.startsWith('#') ? color : `#${color.slice(-6)}`;
}
