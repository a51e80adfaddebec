/**
 * @jest-environment node
 */
// The ribbon command's logic, over fake actions: no Office, no DOM.
import { checkWorkbook, firstToSelect } from '../../src/commands/checkWorkbook';
import type { CheckedIssue } from '../../src/taskpane/actions';
import { expectConsoleError } from './support/consoleGuard';
import { fakeActions, nothingResult, registrationResult, scoreResult } from './support/fakeActions';

describe('the Kiểm tra ribbon command', () => {
  it('selects the first error with a cell, registrations before scores', async () => {
    const actions = fakeActions();
    const event = { completed: jest.fn() };
    await checkWorkbook(actions, event);
    expect(actions.checkRegistrations).toHaveBeenCalledTimes(1);
    expect(actions.checkScores).toHaveBeenCalledTimes(1);
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
    actions.checkRegistrations.mockResolvedValue(registrations);
    await checkWorkbook(actions, { completed: jest.fn() });
    expect(actions.goTo.mock.calls[0]?.[0]).toMatchObject({
      sheet: 'Chấm điểm',
      cell: scoreResult().issues[0]?.cell,
    });
  });

  it('selects nothing when there is nothing to show', async () => {
    const actions = fakeActions();
    actions.checkRegistrations.mockResolvedValue(nothingResult());
    actions.checkScores.mockResolvedValue(nothingResult());
    const event = { completed: jest.fn() };
    await checkWorkbook(actions, event);
    expect(actions.goTo).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes the event even when the check fails', async () => {
    const logged = expectConsoleError();
    const actions = fakeActions();
    actions.checkScores.mockRejectedValue(new Error('Không đọc được sổ.'));
    const event = { completed: jest.fn() };
    await checkWorkbook(actions, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith('Thi đua: không kiểm tra được sổ.', expect.any(Error));
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
