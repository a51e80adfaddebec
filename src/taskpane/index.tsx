import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { detectEnvironment } from './environment';

// The workflow and the Office.js host arrive in their own chunk, fetched while Office starts.
const connecting = import(/* webpackChunkName: "workbook" */ './connectExcel');

// Office.onReady resolves outside Office too (host null), so the pane also runs in a plain browser,
// where no workbook is connected and the pane says so.
void Promise.all([Office.onReady(), connecting]).then(([info, { connectExcel }]) => {
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root trong taskpane.html');
  const actions = info.host === Office.HostType.Excel ? connectExcel() : undefined;
  createRoot(container).render(<Root environment={detectEnvironment(info)} actions={actions} />);
});
