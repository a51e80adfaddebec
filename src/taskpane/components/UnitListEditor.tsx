import { Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { UnitLineError } from '../_lib/unitList';
import type { Strings } from '../i18n';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  area: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  errors: { margin: '4px 0 0', paddingLeft: '18px', color: tokens.colorPaletteRedForeground1 },
});

/** Lines listed at most, so a paste of the wrong sheet does not flood the pane. */
const LISTED = 30;

/**
 * A line error of a pasted unit list, in the pane's language.
 * @param error - the error
 * @param t - the strings
 * @returns the message
 * @example
 * unitLineMessage({ kind: 'code', line: 3 }, vi) // 'Dòng 3: thiếu mã đơn vị.'
 */
export function unitLineMessage(error: UnitLineError, t: Strings): string {
  const m = t.campaign.unitLine;
  switch (error.kind) {
    case 'columns':
      return m.columns(error.line, error.count);
    case 'code':
      return m.code(error.line);
    case 'name':
      return m.name(error.line);
    case 'cluster':
      return m.cluster(error.line, error.cluster);
    case 'headcount':
      return m.headcount(error.line, error.text);
    case 'duplicate':
      return m.duplicate(error.line, error.code, error.firstLine);
  }
}

/** Props of {@link UnitListEditor}. */
export interface UnitListEditorProps {
  text: string;
  /** Errors of the current text, line by line; empty when it reads. */
  errors: readonly UnitLineError[];
  /** Units the text holds when it reads. */
  unitCount: number;
  onChange: (text: string) => void;
  disabled: boolean;
}

/**
 * The unit list as text, so a list copied from Excel or Word is pasted in one go; each line that
 * does not read is named with its reason.
 * @param props - the text, its errors and what a change does
 */
export function UnitListEditor({ text, errors, unitCount, onChange, disabled }: UnitListEditorProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const c = t.campaign;
  const invalid = errors.length > 0;
  return (
    <div>
      <Field
        label={c.unitList}
        hint={c.unitListHint}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={
          invalid ? (
            <span>
              {c.unitListRefused}
              <ul className={styles.errors}>
                {errors.slice(0, LISTED).map((error) => (
                  <li key={`${error.line}-${error.kind}`}>{unitLineMessage(error, t)}</li>
                ))}
                {errors.length > LISTED && <li>…</li>}
              </ul>
            </span>
          ) : undefined
        }
      >
        <Textarea
          className={styles.area}
          value={text}
          rows={8}
          resize="vertical"
          disabled={disabled}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
      {!invalid && <Caption1 role="status">{c.unitCount(unitCount)}</Caption1>}
    </div>
  );
}
