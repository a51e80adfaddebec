// The dialog page a ribbon command opens to show its result.
import { parseNoticeQuery } from './notice';

const TONE_COLOURS = { ok: '#107c10', warning: '#8a6100', error: '#a4262c' } as const;

function render(): void {
  const notice = parseNoticeQuery(window.location.search);
  const root = document.getElementById('root');
  if (!root) throw new Error('Thiếu phần tử #root trong notice.html');
  const title = document.createElement('h1');
  title.textContent = notice.title;
  title.style.color = TONE_COLOURS[notice.tone];
  root.append(title);
  for (const line of notice.lines) {
    const p = document.createElement('p');
    p.textContent = line;
    root.append(p);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Đóng';
  close.addEventListener('click', () => Office.context.ui.messageParent('close'));
  root.append(close);
  close.focus();
}

void Office.onReady(render);
