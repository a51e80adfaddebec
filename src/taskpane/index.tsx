import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { detectEnvironment } from './environment';

// Office.onReady resolves outside Office too (host null), so the pane also runs in a plain browser.
void Office.onReady().then((info) => {
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root trong taskpane.html');
  createRoot(container).render(<Root environment={detectEnvironment(info)} />);
});
