import { createRoot } from 'react-dom/client';
import { Root } from '../taskpane/Root';
import { detectEnvironment } from '../taskpane/environment';

// The workbench shows the task pane outside Office: office.js is served locally and reports no host.
void Office.onReady().then((info) => {
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root trong workbench.html');
  createRoot(container).render(<Root environment={detectEnvironment(info)} />);
});
