/**
 * @jest-environment node
 */
// The ribbon command's logic, over fake actions: no Office, no DOM.
import { checkNotice, checkWorkbook, firstToSelect } from '../../src/commands/checkWorkbook';
import { noticeQuery, parseNoticeQuery } from '../../src/commands/notice';
import type { CheckedIssue } from '../../src/workflow';
import { fakeActions, nothingResult, registrationResult, scoreResult } from './support/fakeActions';

const notify = jest.fn(() => Promise.resolve());

beforeEach(() => notify.mockClear());

describe('the Kiểm tra ribbon command', () => {
  it('reads the workbook once: one call of checkAll, neither single check', async () => {
    const actions = fakeActions();
    await checkWorkbook(actions, { completed: jest.fn() }, notify);
    expect(actions.checkAll).toHaveBeenCalledTimes(1);
    expect(actions.checkRegistrations).not.toHaveBeenCalled();
    expect(actions.checkScores).not.toHaveBeenCalled();
    expect(actions.loadCampaign).not.toHaveBeenCalled();
  });

  it('selects the first error with a cell, registrations before scores', async () => {
    const actions = fakeActions();
    const event = { completed: jest.fn() };
    await checkWorkbook(actions, event, notify);
    expect(actions.goTo).toHaveBeenCalledTimes(1);
    expect(actions.goTo.mock.calls[0]?.[0]).toMatchObject({
      severity: 'error',
      sheet: 'Đăng ký',
      cell: 'E4',
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('selects a score error when the registrations have none', async () => {
    const actions = fakeActions();
    const registrations = registrationResult();
    registrations.issues = registrations.issues.filter((i) => i.severity === 'warning');
    actions.checkAll.mockResolvedValue({ registrations, scores: scoreResult() });
    await checkWorkbook(actions, { completed: jest.fn() }, notify);
    expect(actions.goTo.mock.calls[0]?.[0]).toMatchObject({
      sheet: 'Chấm điểm',
      cell: scoreResult().issues[0]?.cell,
    });
  });

  it('selects nothing when there is nothing to show', async () => {
    const actions = fakeActions();
    actions.checkAll.mockResolvedValue({ registrations: nothingResult(), scores: nothingResult() });
    const event = { completed: jest.fn() };
    await checkWorkbook(actions, event, notify);
    expect(actions.goTo).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the officer what failed and completes the event when the check fails', async () => {
    const actions = fakeActions();
    actions.checkAll.mockRejectedValue(new Error('Không đọc được sổ.'));
    const event = { completed: jest.fn() };
    await checkWorkbook(actions, event, notify);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ tone: 'error', lines: expect.arrayContaining(['Không đọc được sổ.']) }),
    );
  });

  it('completes the event even when the notice cannot be shown', async () => {
    const event = { completed: jest.fn() };
    const failing = jest.fn(() => Promise.reject(new Error('DialogApi')));
    await expect(checkWorkbook(fakeActions(), event, failing)).rejects.toThrow('DialogApi');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the counts and the selected cell', async () => {
    await checkWorkbook(fakeActions(), { completed: jest.fn() }, notify);
    const notice = (notify.mock.calls[0] as unknown as [ReturnType<typeof checkNotice>])[0];
    expect(notice.tone).toBe('error');
    expect(notice.lines.join(' ')).toContain('Đăng ký!E4');
  });

  it('adds up the counts of both checks', async () => {
    const registrations = registrationResult();
    const scores = scoreResult();
    await checkWorkbook(fakeActions(), { completed: jest.fn() }, notify);
    const notice = (notify.mock.calls[0] as unknown as [ReturnType<typeof checkNotice>])[0];
    const errors = registrations.counts.errors + scores.counts.errors;
    const warnings = registrations.counts.warnings + scores.counts.warnings;
    expect(notice.lines[0]).toBe(`${errors} lỗi, ${warnings} cảnh báo trong đăng ký và chấm điểm.`);
  });

  it('counts once an issue both checks report', async () => {
    const actions = fakeActions();
    const registrations = registrationResult();
    const shared = registrations.issues[0]!;
    actions.checkAll.mockResolvedValue({
      registrations: { ...registrations, issues: [shared] },
      scores: { ...scoreResult(), issues: [{ ...shared }] },
    });
    await checkWorkbook(actions, { completed: jest.fn() }, notify);
    const notice = (notify.mock.calls[0] as unknown as [ReturnType<typeof checkNotice>])[0];
    const errors = shared.severity === 'error' ? 1 : 0;
    expect(notice.lines[0]).toBe(`${errors} lỗi, ${1 - errors} cảnh báo trong đăng ký và chấm điểm.`);
  });

  it('words a clean result as such', () => {
    expect(checkNotice({ errors: 0, warnings: 0 }, null)).toEqual({
      tone: 'ok',
      title: 'Không có lỗi nào',
      lines: ['0 lỗi, 0 cảnh báo trong đăng ký và chấm điểm.'],
    });
    expect(checkNotice({ errors: 0, warnings: 2 }, null).tone).toBe('warning');
  });

  it('carries a notice through the dialog URL unchanged', () => {
    const notice = checkNotice({ errors: 1, warnings: 0 }, null);
    expect(parseNoticeQuery(noticeQuery(notice))).toEqual(notice);
  });

  it('prefers an error to a warning, and a placed issue to one without a cell', () => {
    const [error, warning, general] = registrationResult().issues as [
      CheckedIssue,
      CheckedIssue,
      CheckedIssue,
    ];
    expect(firstToSelect([general, warning, error])).toBe(error);
    expect(firstToSelect([general, warning])).toBe(warning);
    expect(firstToSelect([general])).toBeNull();
  });
});
