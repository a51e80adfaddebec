import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { WB } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'stretch',
    gap: '1px',
    padding: '0 8px',
    backgroundColor: '#F3F3F3',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
    flex: '0 0 auto',
  },
  tab: {
    border: 'none',
    borderBottom: '3px solid transparent',
    backgroundColor: 'transparent',
    padding: '4px 14px 2px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: '#E6E6E6' },
  },
  active: {
    backgroundColor: '#FFFFFF',
    color: '#217346',
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: '0 1px 3px rgba(0,0,0,0.15)',
    ':hover': { backgroundColor: '#FFFFFF' },
  },
});

/** A sheet as its tab shows it. */
export interface SheetTab {
  name: string;
  /** Tab colour set by the plan, or null. */
  tabColor: string | null;
}

/** Props of {@link SheetTabs}. */
export interface SheetTabsProps {
  sheets: readonly SheetTab[];
  active: string;
  onSelect: (sheet: string) => void;
}

/**
 * The sheet tabs under the grid, in workbook order; hidden sheets (`_meta`) have none, as in Excel.
 * @param props - the visible sheets, the active one and what a click does
 */
export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="tablist" aria-label={WB.sheets}>
      {sheets.map((sheet) => (
        <button
          key={sheet.name}
          type="button"
          role="tab"
          aria-selected={sheet.name === active}
          className={mergeClasses(styles.tab, sheet.name === active && styles.active)}
          style={sheet.tabColor === null ? undefined : { borderBottomColor: sheet.tabColor }}
          onClick={() => onSelect(sheet.name)}
        >
          {sheet.name}
        </button>
      ))}
    </div>
  );
}
