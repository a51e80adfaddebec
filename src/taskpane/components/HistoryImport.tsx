import { Body1, Button, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { CheckedIssue, HistoryImportResult, WorkbookActions } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';
import type { Runner } from '../useRunner';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  // The browser's own file control cannot be styled; a Fluent button opens it.
  file: { display: 'none' },
  list: { margin: '2px 0 0', paddingLeft: '18px' },
});

/** Props of {@link HistoryImport}. */
export interface HistoryImportProps {
  /** The open workbook's actions, or null when none is connected. */
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
}

/** What one import did: the workflow's result and the picked files that are no workbook. */
interface Outcome {
  result: HistoryImportResult;
  notWorkbooks: string[];
}

/**
 * Imports earlier years' campaign workbooks into the open workbook's award history: the officer picks
 * the .xlsx files, the pane reads them with the command line's reader (fetched only now) and runs the
 * same import, then says per file the year, the rows added and those already there, or why it refused.
 * @param props - the workbook's actions, the runner and where an issue's cell is
 */
export function HistoryImport({ actions, runner, onGoTo }: HistoryImportProps) {
  const { t } = useStrings();
  const h = t.history;
  const styles = useStyles();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = runner.busy !== null;

  const run = (workbook: WorkbookActions) => {
    setOutcome(null);
    void runner.run('importHistory', async (onProgress) => {
      const { readEarlierBooks } = await import(
        /* webpackChunkName: "earlier-books" */ '../readEarlierBooks'
      );
      const { books, notWorkbooks } = await readEarlierBooks(files);
      const result = await workbook.importHistory(books, onProgress);
      setOutcome({ result, notWorkbooks });
    });
  };

  return (
    <div className={styles.root}>
      <Body1>{h.intro}</Body1>
      <input
        ref={input}
        id={inputId}
        className={styles.file}
        type="file"
        accept=".xlsx"
        multiple
        aria-label={h.picker}
        onChange={(event) => {
          setFiles([...(event.target.files ?? [])]);
          setOutcome(null);
        }}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {h.pick}
      </Button>
      {files.length > 0 && (
        <div>
          <Body1>{h.chosen(files.length)}</Body1>
          <ul className={styles.list}>
            {files.map((file, i) => (
              <li key={`${i}:${file.name}`}>{file.name}</li>
            ))}
          </ul>
        </div>
      )}
      <Button
        appearance="primary"
        disabled={busy || actions === null || files.length === 0}
        onClick={() => actions !== null && run(actions)}
      >
        {h.import}
      </Button>
      {outcome !== null && <HistoryOutcome outcome={outcome} onGoTo={onGoTo} disabled={busy} />}
    </div>
  );
}

function HistoryOutcome({
  outcome,
  onGoTo,
  disabled,
}: {
  outcome: Outcome;
  onGoTo: (issue: CheckedIssue) => void;
  disabled: boolean;
}) {
  const { t } = useStrings();
  const h = t.history;
  const styles = useStyles();
  const { result, notWorkbooks } = outcome;
  if (result.refusal.length > 0) {
    return (
      <section role="status" aria-label={h.title}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{h.bookRefused}</MessageBarBody>
        </MessageBar>
        <IssueList issues={result.refusal} campaign={null} onGoTo={onGoTo} disabled={disabled} />
      </section>
    );
  }
  const refused = notWorkbooks.length + result.books.filter((b) => !b.accepted).length;
  return (
    <section role="status" aria-label={h.title}>
      <MessageBar intent={refused > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>{result.added > 0 ? h.added(result.added) : h.unchanged}</MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {result.books.map((b, i) => (
          <li key={`book:${i}`}>
            {b.accepted
              ? h.book(b.label, b.year, b.added.length, b.alreadyThere)
              : h.refused(b.label, b.reason)}
          </li>
        ))}
        {notWorkbooks.map((name, i) => (
          <li key={`file:${i}`}>{h.refused(name, h.notWorkbook)}</li>
        ))}
      </ul>
    </section>
  );
}
