import { Badge, Caption1, Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import { PRESETS } from '../../domain/presets';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

/** The value of the blank campaign among the presets' ids. */
export const BLANK = 'blank';

/** Props of {@link PresetPicker}. */
export interface PresetPickerProps {
  /** Id of the preset chosen, {@link BLANK}, or null before a choice. */
  selected: string | null;
  onPick: (id: string) => void;
  disabled: boolean;
}

/**
 * Where the campaign starts: one of the seed campaigns, marked where it carries sample data, or blank.
 * @param props - the choice and what picking does
 */
export function PresetPicker({ selected, onPick, disabled }: PresetPickerProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const c = t.campaign;
  const label = (id: string | null): string => {
    if (id === BLANK) return c.blank;
    const preset = PRESETS.find((p) => p.id === id);
    if (preset === undefined) return '';
    const name = c.presetOption(preset.name, preset.year);
    return preset.sampleData ? `${name} — ${c.sampleTag}` : name;
  };
  return (
    <Field label={c.startFrom}>
      <Dropdown
        placeholder={c.startPlaceholder}
        value={label(selected)}
        selectedOptions={selected === null ? [] : [selected]}
        disabled={disabled}
        // Fluent renders a clear button even when it is hidden; its default label is English.
        clearButton={{ 'aria-label': c.clearChoice }}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onPick(data.optionValue);
        }}
      >
        <Option value={BLANK} text={c.blank}>
          {c.blank}
        </Option>
        {PRESETS.map((preset) => (
          <Option key={preset.id} value={preset.id} text={label(preset.id)}>
            <span className={styles.option}>
              <span>{c.presetOption(preset.name, preset.year)}</span>
              <Caption1>{preset.issuer}</Caption1>
              {preset.sampleData && (
                <Badge appearance="tint" color="warning" size="small">
                  {c.sampleTag}
                </Badge>
              )}
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
