import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel';
import { Root } from './Root';
import { detectEnvironment } from './environment';

// Office.onReady resolves outside Office too (host null), so the pane also runs in a plain browser,
// where no workbook is connected and the pane says so.
void Office.onReady().then((info) => {
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root trong taskpane.html');
  const host = info.host === Office.HostType.Excel ? createExcelHost() : undefined;
  createRoot(container).render(<Root environment={detectEnvironment(info)} host={host} />);
});
