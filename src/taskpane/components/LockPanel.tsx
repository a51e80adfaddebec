import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatDateVi } from '../../domain/dates';
import type { LockOutcome, LockRefusal, LockView } from '../../workflow';
import type { Strings } from '../i18n';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
  changed: { color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link LockPanel}. */
export interface LockPanelProps {
  lock: LockView;
  /** Locks the results in the name of `by`; absent where no workbook is connected. */
  onLock: ((by: string) => Promise<LockOutcome | undefined>) | null;
  /** Unlocks them in the name of `by`, with the reason recorded. */
  onUnlock: ((by: string, reason: string) => Promise<LockOutcome | undefined>) | null;
  disabled: boolean;
}

function refusalWords(s: Strings['lock'], refusal: LockRefusal): string {
  switch (refusal.kind) {
    case 'alreadyLocked':
      return s.refused.alreadyLocked(refusal.signer.by, formatDateVi(refusal.signer.at));
    case 'held':
      return s.refused.held(refusal.units.slice(0, 3).join('; ') + (refusal.units.length > 3 ? '; …' : ''));
    case 'noWriter':
    case 'noCampaign':
    case 'notLocked':
    case 'recordEdited':
    case 'noReason':
      return s.refused[refusal.kind];
  }
}

/**
 * The results lock ("Chốt kết quả"): whether the results are locked, by whom and on which day; every cell
 * changed since, named with its value then and now; and the council's two acts — lock, and unlock with a
 * recorded reason. Who acts is typed each time: the record names a person, never a machine account.
 * @param props - the lock as read, and the two acts
 */
export function LockPanel({ lock, onLock, onUnlock, disabled }: LockPanelProps) {
  const { t } = useStrings();
  const s = t.lock;
  const styles = useStyles();
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [said, setSaid] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const act = async (work: () => Promise<LockOutcome | undefined>, done: (o: LockOutcome) => string) => {
    const outcome = await work();
    if (outcome === undefined) return;
    setSaid(
      outcome.done
        ? { intent: 'success', text: done(outcome) }
        : { intent: 'error', text: refusalWords(s, outcome.refusal) },
    );
    if (outcome.done) setReason('');
  };
  const lockNow = () => {
    if (by.trim() === '') return setSaid({ intent: 'error', text: s.needName });
    if (onLock === null) return;
    void act(
      () => onLock(by),
      (o) => (o.done ? s.lockedNow(o.signer.by, formatDateVi(o.signer.at)) : ''),
    );
  };
  const unlockNow = () => {
    if (by.trim() === '') return setSaid({ intent: 'error', text: s.needName });
    if (reason.trim() === '') return setSaid({ intent: 'error', text: s.needReason });
    if (onUnlock === null) return;
    void act(
      () => onUnlock(by, reason),
      (o) => (o.done ? s.unlockedNow(o.signer.by, formatDateVi(o.signer.at)) : ''),
    );
  };
  return (
    <section className={styles.card} aria-label={s.title}>
      <Subtitle2 as="h3">{s.title}</Subtitle2>
      <p>{lock.locked && lock.by !== null && lock.on !== null ? s.locked(lock.by, lock.on) : s.open}</p>
      {lock.locked &&
        lock.on !== null &&
        (lock.changes.length === 0 ? (
          <p>{s.unchanged}</p>
        ) : (
          <section aria-label={s.changed(lock.on, lock.changes.length)}>
            <p className={styles.changed}>{s.changed(lock.on, lock.changes.length)}</p>
            <ul className={styles.list}>
              {lock.changes.map((change) => (
                <li key={change.cell}>{s.change(change.cell, change.before, change.after)}</li>
              ))}
            </ul>
          </section>
        ))}
      {lock.lastUnlock !== null && (
        <p>{s.lastUnlock(lock.lastUnlock.by, lock.lastUnlock.on, lock.lastUnlock.reason)}</p>
      )}
      <Field label={s.by}>
        <Input value={by} onChange={(_, data) => setBy(data.value)} disabled={disabled} />
      </Field>
      {lock.locked && (
        <Field label={s.reason}>
          <Input value={reason} onChange={(_, data) => setReason(data.value)} disabled={disabled} />
        </Field>
      )}
      {lock.locked ? (
        <Button onClick={unlockNow} disabled={disabled || onUnlock === null}>
          {s.unlock}
        </Button>
      ) : (
        <Button appearance="primary" onClick={lockNow} disabled={disabled || onLock === null}>
          {s.lock}
        </Button>
      )}
      {said !== null && (
        <MessageBar intent={said.intent} layout="multiline">
          <MessageBarBody>{said.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
