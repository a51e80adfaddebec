import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import type { Cluster } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { useControlStyles } from './useControlStyles';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end' },
  code: { flex: '0 0 80px', minWidth: 0 },
  name: { flex: '1 1 auto', minWidth: 0 },
  // A button keeps Fluent's 96 px minimum unless told otherwise; this one holds a single ✕.
  remove: { minWidth: '32px', flexShrink: 0 },
});

/** Props of {@link ClusterEditor}. */
export interface ClusterEditorProps {
  clusters: readonly Cluster[];
  /** A new code for the cluster at `index`; its units follow. */
  onRename: (index: number, code: string) => void;
  onChange: (clusters: Cluster[]) => void;
  disabled: boolean;
}

/**
 * The clusters (cụm, khối thi đua): code and name of each, add and remove.
 * @param props - the clusters and what a change does
 */
export function ClusterEditor({ clusters, onRename, onChange, disabled }: ClusterEditorProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const controls = useControlStyles();
  const c = t.campaign;
  const setName = (index: number, name: string) =>
    onChange(clusters.map((cluster, i) => (i === index ? { ...cluster, name } : cluster)));
  const add = () => {
    const taken = new Set(clusters.map((cluster) => cluster.code));
    let n = clusters.length + 1;
    while (taken.has(`C${n}`)) n += 1;
    onChange([...clusters, { code: `C${n}`, name: '', head: null, deputy: null }]);
  };
  return (
    <div>
      <ul className={styles.list}>
        {clusters.map((cluster, index) => (
          // Codes change as they are typed: the position is the stable key.
          <li key={index} className={styles.row}>
            <Field label={c.clusterCode} className={styles.code}>
              <Input
                className={controls.control}
                input={{ className: controls.input }}
                value={cluster.code}
                disabled={disabled}
                onChange={(_, data) => onRename(index, data.value)}
              />
            </Field>
            <Field label={c.clusterName} className={styles.name}>
              <Input
                className={controls.control}
                input={{ className: controls.input }}
                value={cluster.name}
                disabled={disabled}
                onChange={(_, data) => setName(index, data.value)}
              />
            </Field>
            <Button
              className={styles.remove}
              appearance="subtle"
              disabled={disabled}
              aria-label={c.removeCluster(cluster.code)}
              onClick={() => onChange(clusters.filter((_, i) => i !== index))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <Button appearance="secondary" size="small" disabled={disabled} onClick={add}>
        {c.addCluster}
      </Button>
    </div>
  );
}
