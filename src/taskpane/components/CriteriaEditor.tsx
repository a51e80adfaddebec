import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { CriterionKind } from '../../domain/model';
import type { CriterionDraft, DraftProblems } from '../_lib/campaignDraft';
import { formatNumber } from '../_lib/numbers';
import { useStrings } from '../i18n/StringsContext';
import { useControlStyles } from './useControlStyles';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
  },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '6px',
    alignItems: 'flex-end',
    '> *': { flex: '1 1 60px', minWidth: 0 },
  },
  remove: { alignSelf: 'flex-end' },
  // The kind's words are longer than a code or a number.
  kind: { flexGrow: 2, flexBasis: '96px' },
});

const KINDS: readonly CriterionKind[] = ['standard', 'bonus', 'deduction'];

/** Props of {@link CriteriaEditor}. */
export interface CriteriaEditorProps {
  criteria: readonly CriterionDraft[];
  /** Problems of the form; criteria's are keyed `criteria.<index>.<field>`. */
  problems: DraftProblems;
  scale: number | null;
  onChange: (criteria: CriterionDraft[]) => void;
  disabled: boolean;
}

/**
 * The scoring table as a list: group, code, points, kind and text of each criterion.
 * @param props - the criteria as typed, their problems and what a change does
 */
export function CriteriaEditor({ criteria, problems, scale, onChange, disabled }: CriteriaEditorProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const controls = useControlStyles();
  const c = t.campaign;
  const set = (index: number, patch: Partial<CriterionDraft>) =>
    onChange(criteria.map((criterion, i) => (i === index ? { ...criterion, ...patch } : criterion)));
  const add = () => {
    const last = criteria[criteria.length - 1];
    onChange([...criteria, { group: last?.group ?? 'I', code: '', text: '', max: '0', kind: 'standard' }]);
  };
  const standard = criteria
    .filter((criterion) => criterion.kind === 'standard')
    .reduce((sum, criterion) => sum + (Number(criterion.max.replace(',', '.')) || 0), 0);

  return (
    <div>
      <Caption1 role="status">
        {c.criteriaTotal(formatNumber(standard, t.locale), formatNumber(scale, t.locale))}
      </Caption1>
      <ul className={styles.list}>
        {criteria.map((criterion, index) => {
          const maxProblem = problems[`criteria.${index}.max`];
          const codeProblem = problems[`criteria.${index}.code`];
          return (
            // Codes change as they are typed: the position is the stable key.
            <li key={index} className={styles.item} aria-label={c.criterionNumber(index + 1)}>
              <div className={styles.row}>
                <Field label={c.criterionGroup}>
                  <Input
                    className={controls.control}
                    input={{ className: controls.input }}
                    value={criterion.group}
                    disabled={disabled}
                    onChange={(_, d) => set(index, { group: d.value })}
                  />
                </Field>
                <Field
                  label={c.criterionCode}
                  validationState={codeProblem === undefined ? 'none' : 'error'}
                  validationMessage={codeProblem === undefined ? undefined : c.required}
                >
                  <Input
                    className={controls.control}
                    input={{ className: controls.input }}
                    value={criterion.code}
                    disabled={disabled}
                    onChange={(_, d) => set(index, { code: d.value })}
                  />
                </Field>
                <Field
                  label={c.criterionMax}
                  validationState={maxProblem === undefined ? 'none' : 'error'}
                  validationMessage={maxProblem === undefined ? undefined : c.criterionMaxInvalid}
                >
                  <Input
                    className={controls.control}
                    input={{ className: controls.input }}
                    value={criterion.max}
                    inputMode="decimal"
                    disabled={disabled}
                    onChange={(_, d) => set(index, { max: d.value })}
                  />
                </Field>
                <Field label={c.criterionKind} className={styles.kind}>
                  <Select
                    className={controls.control}
                    select={{ className: controls.select }}
                    value={criterion.kind}
                    disabled={disabled}
                    onChange={(_, d) => set(index, { kind: d.value as CriterionKind })}
                  >
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {c.criterionKinds[kind]}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Field label={c.criterionText}>
                <Input
                  className={controls.control}
                  input={{ className: controls.input }}
                  value={criterion.text}
                  disabled={disabled}
                  onChange={(_, d) => set(index, { text: d.value })}
                />
              </Field>
              <Button
                className={styles.remove}
                appearance="subtle"
                size="small"
                disabled={disabled}
                onClick={() => onChange(criteria.filter((_, i) => i !== index))}
              >
                {c.removeCriterion(criterion.code)}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button appearance="secondary" size="small" disabled={disabled} onClick={add}>
        {c.addCriterion}
      </Button>
    </div>
  );
}
