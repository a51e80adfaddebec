import { makeStyles } from '@fluentui/react-components';

/**
 * Widths for form controls in a narrow pane: a control fills its field and may shrink below the
 * width of its text (an input's default size, a select's longest option would push the pane wider
 * than 320 px otherwise).
 * @returns the class names
 * @example
 * const controls = useControlStyles(); <Input className={controls.control} />
 */
export const useControlStyles = makeStyles({
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  input: { minWidth: 0, width: '100%' },
});
