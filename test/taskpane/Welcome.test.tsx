import { render, screen } from '@testing-library/react';
import { Root } from '../../src/taskpane/Root';

describe('task pane first screen', () => {
  it('says it runs outside Office when there is no host', () => {
    render(<Root environment={{ inOffice: false, host: null, platform: null, language: 'vi-VN' }} />);
    expect(screen.getByRole('heading', { name: 'Thi đua' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('ngoài Office');
    expect(screen.getByRole('list', { name: 'Các bước' }).querySelectorAll('li')).toHaveLength(4);
  });

  it('names the host and platform inside Excel', () => {
    render(<Root environment={{ inOffice: true, host: 'Excel', platform: 'PC', language: 'vi-VN' }} />);
    expect(screen.getByRole('status').textContent).toBe('Đang chạy trong Excel (PC).');
  });
});
