import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CellEdit } from './grid/Grid';
import type { GridCell } from './grid/sheetView';
import { WB } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: '#FFFFFF',
  },
  bar: { display: 'flex', alignItems: 'flex-start', gap: '6px', padding: '4px 6px' },
  nameBox: {
    width: '88px',
    flex: '0 0 auto',
    height: '24px',
    boxSizing: 'border-box',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '0 4px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  fx: {
    flex: '0 0 auto',
    lineHeight: '24px',
    fontStyle: 'italic',
    fontFamily: 'Cambria, Georgia, serif',
    color: tokens.colorNeutralForeground3,
    padding: '0 4px',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  formula: {
    flex: '1 1 auto',
    minHeight: '24px',
    maxHeight: '96px',
    boxSizing: 'border-box',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 4px',
    resize: 'none',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: '18px',
    overflowY: 'auto',
  },
  info: {
    display: 'flex',
    alignItems: 'center',
    gap: '4px',
    padding: '0 8px 4px 102px',
    color: tokens.colorNeutralForeground3,
    minHeight: '16px',
  },
});

/** Props of {@link FormulaBar}. */
export interface FormulaBarProps {
  /** The selected cell, or undefined outside the drawn grid. */
  cell: GridCell | undefined;
  editing: CellEdit | null;
  /** Typing starts in the bar: `text` is the cell's content so far. */
  onStartEdit: (text: string) => void;
  onEditText: (text: string) => void;
  onCommit: () => void;
  onCancel: () => void;
  /** The name box was given an address. */
  onGoTo: (address: string) => void;
}

/**
 * Excel's formula bar: the name box with the selected cell's address (type an address to go there) and
 * the cell's content — its formula as the plan wrote it, with structured references, so a council
 * member who clicks a rank reads how it came out. An input cell can be typed into here too.
 * @param props - the selected cell, the typing in progress and what the bar's gestures do
 */
export function FormulaBar({
  cell,
  editing,
  onStartEdit,
  onEditText,
  onCommit,
  onCancel,
  onGoTo,
}: FormulaBarProps) {
  const styles = useStyles();
  const address = cell?.address ?? '';
  const [name, setName] = useState(address);
  useEffect(() => setName(address), [address]);

  const text = editing !== null ? editing.text : (cell?.editText ?? '');
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <input
          className={styles.nameBox}
          aria-label={WB.nameBox}
          title={WB.nameBoxHint}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => event.target.select()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onGoTo(name.trim());
            } else if (event.key === 'Escape') {
              setName(address);
            }
          }}
        />
        <span className={styles.fx} aria-hidden="true">
          fx
        </span>
        <textarea
          className={styles.formula}
          // Grows with a long formula up to four lines, so the whole COUNTIFS chain can be read.
          style={{ fieldSizing: 'content' }}
          rows={1}
          spellCheck={false}
          aria-label={WB.formula}
          value={text}
          onChange={(event) => {
            if (editing === null) onStartEdit(event.target.value);
            else onEditText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (editing === null) return;
            if (event.key === 'Enter' && !event.altKey) {
              event.preventDefault();
              onCommit();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
        />
      </div>
      <Caption1 className={styles.info} data-part="cell-info">
        {cell === undefined ? '' : describeCell(cell)}
      </Caption1>
    </div>
  );
}

/**
 * What the selected cell is: its table and column, whether it takes input, and what its dropdown or
 * limits ask for.
 * @param cell - the cell
 * @returns one line of text
 */
export function describeCell(cell: GridCell): string {
  const parts: string[] = [];
  if (cell.table !== null && cell.column !== null) parts.push(WB.cellInfo.table(cell.table, cell.column));
  else parts.push(WB.cellInfo.free);
  if (cell.role === 'header') parts.push(WB.cellInfo.header);
  else if (cell.formula !== null)
    parts.push(cell.refusesInput ? WB.cellInfo.lockedFormula : WB.cellInfo.formula);
  else if (cell.refusesInput) parts.push(WB.cellInfo.locked);
  else if (cell.role === 'data') parts.push(WB.cellInfo.input);
  const line = parts.join(' · ');
  return cell.validation === null ? line : `${line} — ${cell.validation.prompt}`;
}
