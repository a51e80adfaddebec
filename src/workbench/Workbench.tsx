import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { a1, parseA1, type CellValue } from '../domain/workbook';
import { LockedCellError, type MemoryHost, type MemoryHostChange } from '../memory';
import type { PaneEnvironment } from '../taskpane/environment';
import { Root } from '../taskpane/Root';
import { createWorkbookActions } from '../workflow';
import { FormulaBar } from './FormulaBar';
import { Grid, type CellEdit, type GridPosition } from './grid/Grid';
import { sheetView, type GridCell } from './grid/sheetView';
import { typedValue } from './grid/typedValue';
import { SheetTabs } from './SheetTabs';
import { WB } from './strings';

/** Width of the task pane, as Excel docks it. */
export const PANE_WIDTH_PX = 340;

const useStyles = makeStyles({
  provider: { height: '100vh' },
  page: {
    display: 'grid',
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH_PX}px`,
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  book: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '6px 10px',
    backgroundColor: '#217346',
    color: '#FFFFFF',
  },
  titles: { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minWidth: 0 },
  title: { margin: 0, color: '#FFFFFF', fontSize: tokens.fontSizeBase400, lineHeight: '22px' },
  subtitle: { color: '#E6F2EA' },
  notice: { flex: '0 0 auto' },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: '14px',
    padding: '2px 10px',
    backgroundColor: '#F3F3F3',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    flex: '0 0 auto',
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: '4px',
    verticalAlign: 'middle',
    border: '1px solid #C8C6C4',
  },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#FFFFFF',
    overflowY: 'auto',
    overflowX: 'hidden',
    minHeight: 0,
  },
});

/** A message over the grid: what an export did, why a typed value or an address was refused. */
interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  title: string;
  lines: string[];
}

/** The typing in progress, and the cell it goes to whatever sheet is shown when it ends. */
interface Typing extends CellEdit {
  sheet: string;
  address: string;
  numberFormat: string | null;
  /** The cell's edit text when the typing started: unchanged text writes nothing. */
  original: string;
}

/** Props of {@link Workbench}. */
export interface WorkbenchProps {
  /** The workbook the pane and the grid share. */
  host: MemoryHost;
  environment: PaneEnvironment;
}

/**
 * The browser workbench: the real task pane docked at the right, as in Excel, beside a spreadsheet
 * view of the in-memory workbook — formula bar, grid, sheet tabs — that follows every change the pane
 * or a person typing makes, and exports the workbook as an .xlsx file.
 * @param props - the shared in-memory host and the pane's environment
 */
export function Workbench({ host, environment }: WorkbenchProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [planCount, setPlanCount] = useState(0);
  const [active, setActive] = useState(() => host.sheetNames()[0] ?? '');
  const [selections, setSelections] = useState<Record<string, GridPosition>>({});
  const [revealToken, setRevealToken] = useState(0);
  const [editing, setEditingState] = useState<Typing | null>(null);
  const editingRef = useRef<Typing | null>(null);
  // The message stays while the dialog fades out after OK.
  const [refused, setRefusedState] = useState<{ open: boolean; message: string }>({
    open: false,
    message: '',
  });
  const setRefused = (message: string | null) =>
    setRefusedState((last) => (message === null ? { ...last, open: false } : { open: true, message }));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exporting, setExporting] = useState(false);
  const gridFocus = useRef<() => void>(() => undefined);

  const setEditing = useCallback((edit: Typing | null) => {
    // The ref answers at once: a blur after Enter must not write the cell a second time.
    editingRef.current = edit;
    setEditingState(edit);
  }, []);

  // The same element every render: moving the selection must not redraw the whole pane.
  const pane = useMemo(
    () => <Root environment={environment} actions={createWorkbookActions(host)} />,
    [environment, host],
  );
  const snapshot = useMemo(() => host.snapshot(), [host, version]);
  const tabs = useMemo(
    () =>
      snapshot.sheets
        .filter((sheet) => sheet.visibility === 'visible')
        .map((sheet) => ({ name: sheet.name, tabColor: sheet.tabColor })),
    [snapshot],
  );
  const shown = tabs.some((tab) => tab.name === active) ? active : (tabs[0]?.name ?? active);
  const view = useMemo(() => sheetView(host, shown, snapshot), [host, shown, snapshot]);
  const selected = selections[shown] ?? { row: 0, col: 0 };
  const cell: GridCell | undefined = view.rows[selected.row]?.[selected.col];
  const typingHere = editing !== null && editing.sheet === shown ? editing : null;

  useEffect(
    () =>
      host.subscribe((change: MemoryHostChange) => {
        // A person's selection changes nothing the grid draws from the workbook.
        if (change.kind === 'selected') return;
        setVersion((v) => v + 1);
        if (change.kind === 'plan') setPlanCount((n) => n + 1);
        if (change.kind === 'selection') {
          const { sheet, cell: address } = change.target;
          const position = parseA1(address);
          if (position === null) return;
          if (host.sheetLayout(sheet).visibility !== 'visible') {
            setNotice({ intent: 'warning', title: WB.hiddenSheet(sheet, address), lines: [] });
            return;
          }
          setSelections((all) => ({ ...all, [sheet]: position }));
          setActive(sheet);
          setRevealToken((t) => t + 1);
        }
      }),
    [host],
  );

  // After the first set-up the blank sheet of a new workbook is left for the campaign's first sheet.
  useEffect(() => {
    if (planCount === 0) return;
    const current = snapshot.sheets.find((sheet) => sheet.name === active);
    if (current !== undefined && Object.keys(current.cells).length > 0) return;
    const first = snapshot.sheets.find(
      (sheet) => sheet.visibility === 'visible' && Object.keys(sheet.cells).length > 0,
    );
    if (first !== undefined) setActive(first.name);
    // Only a new plan moves the sheet (hence planCount alone): a person may open the blank sheet afterwards.
  }, [planCount]);

  const select = useCallback(
    (position: GridPosition) => {
      setSelections((all) => ({ ...all, [shown]: position }));
      // The pane follows the selection as it follows Excel's (a row of Chấm điểm opens its unit).
      host.select({ sheet: shown, cell: a1(position) });
    },
    [shown, host],
  );

  const write = (sheet: string, address: string, value: CellValue): void => {
    try {
      host.setCellValue(sheet, address, value);
    } catch (error) {
      if (error instanceof LockedCellError) setRefused(error.message);
      else
        setNotice({
          intent: 'error',
          title: error instanceof Error ? error.message : String(error),
          lines: [],
        });
    }
  };

  const startEdit = (position: GridPosition, text: string, place: CellEdit['place']): void => {
    const target = view.rows[position.row]?.[position.col];
    if (target === undefined) return;
    if (target.refusesInput) {
      setRefused(new LockedCellError(shown, target.address).message);
      return;
    }
    setEditing({
      ...position,
      text,
      place,
      sheet: shown,
      address: target.address,
      numberFormat: target.numberFormat,
      original: target.editText,
    });
  };

  const editText = (text: string): void => {
    const edit = editingRef.current;
    if (edit !== null) setEditing({ ...edit, text });
  };

  const commit = (rows: number, cols: number): void => {
    const edit = editingRef.current;
    if (edit === null) return;
    setEditing(null);
    if (edit.text !== edit.original)
      write(edit.sheet, edit.address, typedValue(edit.text, edit.numberFormat));
    if ((rows !== 0 || cols !== 0) && edit.sheet === shown) {
      select({
        row: Math.min(Math.max(edit.row + rows, 0), view.rowCount - 1),
        col: Math.min(Math.max(edit.col + cols, 0), view.colCount - 1),
      });
    }
  };

  const clear = (position: GridPosition): void => {
    const target = view.rows[position.row]?.[position.col];
    if (target === undefined) return;
    if (target.refusesInput) {
      setRefused(new LockedCellError(shown, target.address).message);
      return;
    }
    if (target.value !== null) write(shown, target.address, null);
  };

  const goToAddress = (text: string): void => {
    const position = parseA1(text);
    if (position === null || position.row >= view.rowCount || position.col >= view.colCount) {
      setNotice({ intent: 'warning', title: WB.noSuchCell(text), lines: [] });
      return;
    }
    select(position);
    setRevealToken((t) => t + 1);
    gridFocus.current();
  };

  const exportFile = async (): Promise<void> => {
    setExporting(true);
    setNotice(null);
    try {
      // The spreadsheet library loads only when a file is asked for: the page opens without it.
      const [{ exportWorkbook }, { downloadFile, fileSize, XLSX_TYPE }] = await Promise.all([
        import('./export/exportWorkbook'),
        import('./export/downloadFile'),
      ]);
      const file = await exportWorkbook(host.exportWorkbookData());
      downloadFile(file.bytes, file.fileName, XLSX_TYPE);
      setNotice({
        intent: 'success',
        title: WB.exported(file.fileName, fileSize(file.bytes.length)),
        lines: file.notes,
      });
    } catch (error) {
      setNotice({
        intent: 'error',
        title: WB.exportFailed,
        lines: [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang="vi-VN" className={styles.provider}>
      <div className={styles.page}>
        <section className={styles.book} aria-label={WB.title}>
          <header className={styles.toolbar}>
            <div className={styles.titles}>
              <Title3 as="h1" className={styles.title}>
                {WB.title}
              </Title3>
              <Caption1 className={styles.subtitle}>{WB.subtitle}</Caption1>
            </div>
            <Button appearance="secondary" disabled={exporting} onClick={() => void exportFile()}>
              {exporting ? WB.exporting : WB.export}
            </Button>
          </header>
          {notice !== null && (
            <MessageBar intent={notice.intent} layout="multiline" className={styles.notice}>
              <MessageBarBody>
                <MessageBarTitle>{notice.title}</MessageBarTitle>
                {notice.lines.map((line) => (
                  <Body1 key={line} block>
                    {line}
                  </Body1>
                ))}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setNotice(null)}>
                  {WB.dismiss}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <FormulaBar
            cell={cell}
            editing={typingHere}
            onStartEdit={(text) => startEdit(selected, text, 'bar')}
            onEditText={editText}
            onCommit={() => {
              commit(1, 0);
              gridFocus.current();
            }}
            onCancel={() => {
              setEditing(null);
              gridFocus.current();
            }}
            onGoTo={goToAddress}
          />
          <Grid
            view={view}
            selected={selected}
            editing={typingHere}
            revealToken={revealToken}
            onSelect={select}
            onStartEdit={(position, text) => startEdit(position, text, 'cell')}
            onEditText={editText}
            onCommit={commit}
            onCancel={() => setEditing(null)}
            onClear={clear}
            focusRef={gridFocus}
          />
          <SheetTabs
            sheets={tabs}
            active={shown}
            onSelect={(sheet) => {
              commit(0, 0);
              setActive(sheet);
            }}
          />
          <footer className={styles.status}>
            <span>
              <span className={styles.swatch} style={{ backgroundColor: '#FFFFFF' }} />
              {WB.legend.input}
            </span>
            <span>
              <span className={styles.swatch} style={{ backgroundColor: '#EDEBE9' }} />
              {WB.legend.locked}
            </span>
            <span>{view.protect ? WB.legend.protectedSheet : WB.legend.openSheet}</span>
          </footer>
        </section>
        <aside className={styles.pane} aria-label={WB.paneLabel}>
          {pane}
        </aside>
      </div>
      <Dialog
        open={refused.open}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) setRefused(null);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{WB.locked.title}</DialogTitle>
            <DialogContent>
              <Body1 block>{WB.locked.body}</Body1>
              <Body1 block>{refused.message}</Body1>
              <Caption1 block>{WB.locked.why}</Caption1>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setRefused(null)}>
                {WB.locked.ok}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}
