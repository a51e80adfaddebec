import { createRoot } from 'react-dom/client';
import { createMemoryHost } from '../memory';
import { workbenchEnvironment } from './environment';
import { Workbench } from './Workbench';

// The workbench shows the task pane outside Office: office.js is served locally and reports no host;
// the pane works on an in-memory workbook that the grid beside it shows.
void Office.onReady().then((info) => {
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root trong workbench.html');
  const host = createMemoryHost();
  createRoot(container).render(
    <Workbench host={host} environment={workbenchEnvironment(info, window.location.search)} />,
  );
});
