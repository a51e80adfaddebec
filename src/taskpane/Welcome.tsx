import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneEnvironment } from './environment';

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '480px' },
  brand: { color: tokens.colorPaletteRedForeground1 },
});

const STEPS = [
  ['Phong trào', 'chọn mẫu hoặc bắt đầu từ đầu, tạo sổ thi đua'],
  ['Đăng ký', 'kiểm tra danh sách đăng ký của các đơn vị'],
  ['Chấm điểm', 'kiểm tra điểm, xem xếp hạng trong từng cụm'],
  ['Tổng hợp', 'so sánh các cụm, danh sách đề nghị khen thưởng'],
] as const;

/**
 * First screen: where the pane runs and the four steps of a campaign.
 * @param props - the detected environment
 */
export function Welcome({ environment }: { environment: PaneEnvironment }) {
  const styles = useStyles();
  const where = environment.inOffice
    ? `Đang chạy trong ${environment.host ?? 'Office'}${environment.platform ? ` (${environment.platform})` : ''}.`
    : 'Đang chạy ngoài Office, trong trình duyệt.';
  return (
    <main className={styles.root} aria-label="Thi đua">
      <Title3 as="h1" className={styles.brand}>
        Thi đua
      </Title3>
      <Body1>Sổ thi đua, khen thưởng: phong trào, đăng ký, chấm điểm, tổng hợp.</Body1>
      <Caption1 role="status">{where}</Caption1>
      <ol aria-label="Các bước">
        {STEPS.map(([name, what]) => (
          <li key={name}>
            <strong>{name}</strong> — {what}
          </li>
        ))}
      </ol>
    </main>
  );
}
