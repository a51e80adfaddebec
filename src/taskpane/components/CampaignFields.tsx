import { Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { CampaignKind } from '../../domain/model';
import { RULE_SETS, ruleSetById, ruleSetForYear } from '../../domain/rules';
import type { CampaignDraft, DraftProblem, DraftProblems } from '../_lib/campaignDraft';
import { dateFieldProblem, isoToDisplay } from '../_lib/dates';
import { useStrings } from '../i18n/StringsContext';
import { useControlStyles } from './useControlStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', '& > *': { minWidth: 0 } },
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: '8px',
    '& > *': { flex: '1 1 130px', minWidth: 0 },
  },
  // A field is a grid; its column must be allowed to shrink below a long option's width.
  field: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
});

/** The text fields of the form that {@link CampaignFields} edits. */
type TextKey =
  | 'name'
  | 'issuer'
  | 'planNumber'
  | 'issueDate'
  | 'year'
  | 'start'
  | 'end'
  | 'registrationDeadline'
  | 'scale';

/** Props of {@link CampaignFields}. */
export interface CampaignFieldsProps {
  draft: CampaignDraft;
  /** Problems to show, by field (only those the officer has left or tried to submit). */
  problems: DraftProblems;
  onChange: (patch: Partial<CampaignDraft>) => void;
  onLeave: (field: string) => void;
  disabled: boolean;
}

/**
 * The campaign's general fields: name, issuer, plan number, dates (dd/mm/yyyy), kind, scale and rule set.
 * @param props - the form, its problems and what a change does
 */
export function CampaignFields({ draft, problems, onChange, onLeave, disabled }: CampaignFieldsProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const controls = useControlStyles();
  const c = t.campaign;

  const dateMessage = (text: string): string => {
    const problem = dateFieldProblem(text);
    switch (problem?.kind) {
      case 'noSuchDay':
        return c.dateNoSuchDay(problem.month, problem.year, problem.daysInMonth);
      case 'noSuchMonth':
        return c.dateNoSuchMonth(problem.month);
      case 'yearOutOfRange':
        return c.dateYearOutOfRange;
      default:
        return c.dateInvalid;
    }
  };

  const message = (problem: DraftProblem | undefined, text: string): string | undefined => {
    switch (problem) {
      case 'required':
        return c.required;
      case 'date':
        return dateMessage(text);
      case 'year':
        return c.yearInvalid;
      case 'scale':
        return c.scaleInvalid;
      default:
        return undefined;
    }
  };

  const text = (
    key: TextKey,
    label: string,
    options: { required?: boolean; date?: boolean; numeric?: boolean } = {},
  ) => {
    const problem = message(problems[key], draft[key]);
    return (
      <Field
        className={styles.field}
        label={label}
        required={options.required}
        validationState={problem === undefined ? 'none' : 'error'}
        validationMessage={problem}
        hint={options.date && problem === undefined ? c.dateHint : undefined}
      >
        <Input
          className={controls.control}
          input={{ className: controls.input }}
          value={draft[key]}
          disabled={disabled}
          inputMode={options.numeric ? 'numeric' : undefined}
          placeholder={options.date ? 'dd/mm/yyyy' : undefined}
          onChange={(_, data) => onChange({ [key]: data.value })}
          onBlur={() => onLeave(key)}
        />
      </Field>
    );
  };

  const year = Number(draft.year);
  const byYear = Number.isInteger(year) && year >= 2000 && year <= 2100 ? ruleSetForYear(year) : null;
  const ruleSetName = (r: (typeof RULE_SETS)[number]): string => (language === 'vi' ? r.name : r.nameEn);
  // The select is cut short in a narrow pane: the dates the chosen rule set is in force go below it.
  const chosen = draft.ruleSet === '' ? byYear : (ruleSetById(draft.ruleSet) ?? null);
  const inForce =
    chosen === null
      ? undefined
      : c.ruleSetInForce(
          isoToDisplay(chosen.inForce.from),
          chosen.inForce.to === null ? null : isoToDisplay(chosen.inForce.to),
        );

  return (
    <div className={styles.root}>
      {text('name', c.name, { required: true })}
      {text('issuer', c.issuer)}
      <div className={styles.pair}>
        {text('planNumber', c.planNumber)}
        {text('issueDate', c.issueDate, { date: true })}
      </div>
      <div className={styles.pair}>
        {text('year', c.year, { required: true, numeric: true })}
        <Field label={c.kind} className={styles.field}>
          <Select
            className={controls.control}
            select={{ className: controls.select }}
            value={draft.kind}
            disabled={disabled}
            onChange={(_, data) => onChange({ kind: data.value as CampaignKind })}
          >
            <option value="regular">{c.kinds.regular}</option>
            <option value="thematic">{c.kinds.thematic}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        {text('start', c.start, { required: true, date: true })}
        {text('end', c.end, { required: true, date: true })}
      </div>
      <div className={styles.pair}>
        {text('registrationDeadline', c.deadline, { date: true })}
        {text('scale', c.scale, { required: true, numeric: true })}
      </div>
      <Field label={c.ruleSet} className={styles.field} hint={inForce}>
        <Select
          value={draft.ruleSet}
          disabled={disabled}
          onChange={(_, data) => onChange({ ruleSet: data.value })}
        >
          <option value="">{c.ruleSetByYear(byYear === null ? '—' : ruleSetName(byYear))}</option>
          {RULE_SETS.map((r) => (
            <option key={r.id} value={r.id}>
              {c.ruleSetOption(
                ruleSetName(r),
                isoToDisplay(r.inForce.from),
                r.inForce.to === null ? null : isoToDisplay(r.inForce.to),
              )}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
