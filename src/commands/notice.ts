/**
 * What a ribbon command tells the officer when it is done: a title, a few lines, and a tone. A ribbon
 * command has no surface of its own, so it is shown in a small Office dialog (notice.html).
 */
export interface Notice {
  tone: 'ok' | 'warning' | 'error';
  title: string;
  lines: string[];
}

/**
 * Packs a notice into the query string of the dialog page.
 * @param notice - what to show
 * @returns the query string, starting with `?`
 * @example
 * noticeQuery({ tone: 'ok', title: 'Xong', lines: ['Không có lỗi.'] }) // '?tone=ok&title=Xong&line=Kh%C3%B4ng+c%C3%B3+l%E1%BB%97i.'
 */
export function noticeQuery(notice: Notice): string {
  const params = new URLSearchParams();
  params.set('tone', notice.tone);
  params.set('title', notice.title);
  for (const line of notice.lines) params.append('line', line);
  return `?${params.toString()}`;
}

/**
 * Reads a notice back from the dialog page's query string.
 * @param query - `location.search`
 * @returns the notice; an unknown tone reads as a warning
 * @example
 * parseNoticeQuery('?tone=ok&title=Xong&line=A').lines // ['A']
 */
export function parseNoticeQuery(query: string): Notice {
  const params = new URLSearchParams(query);
  const tone = params.get('tone');
  return {
    tone: tone === 'ok' || tone === 'error' ? tone : 'warning',
    title: params.get('title') ?? '',
    lines: params.getAll('line'),
  };
}
