import { detectCapabilities, meetsFloor, officeRequirementCheck } from '../../src/excel/featureGate';

// ExcelApi versions compare by their minor number (1.10 is newer than 1.9).
const upTo = (minor: number) => (set: string, version: string) =>
  set === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

describe('feature gate', () => {
  it('gives Excel 2019 (ExcelApi 1.8) everything but print setup', () => {
    expect(detectCapabilities(upTo(8))).toEqual({
      printSetup: false,
      charts: true,
      protection: true,
      veryHidden: true,
    });
    expect(meetsFloor(upTo(8))).toBe(true);
  });

  it('gives a current Excel everything', () => {
    expect(detectCapabilities(upTo(17))).toEqual({
      printSetup: true,
      charts: true,
      protection: true,
      veryHidden: true,
    });
  });

  it('finds an Excel below the floor', () => {
    expect(meetsFloor(upTo(7))).toBe(false);
  });

  it('asks Office.context.requirements when Office is loaded', () => {
    const asked: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version?: string) => {
            asked.push(`${set} ${version ?? ''}`);
            return version === '1.8';
          },
        },
      },
    };
    try {
      const check = officeRequirementCheck();
      expect(check('ExcelApi', '1.8')).toBe(true);
      expect(check('ExcelApi', '1.9')).toBe(false);
      expect(asked).toEqual(['ExcelApi 1.8', 'ExcelApi 1.9']);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it('supports nothing outside Office, so nothing is attempted', () => {
    expect(officeRequirementCheck()('ExcelApi', '1.1')).toBe(false);
  });
});
