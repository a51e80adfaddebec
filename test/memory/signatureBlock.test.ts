// The place-and-date line and the signature block of Tổng hợp come from the campaign sheet, evaluated
// by the memory host: the signer's title (in capitals) and name where the officer gave them, dotted
// blanks and the generic title where not.
import { SHEETS } from '../../src/domain/contract';
import { presetById } from '../../src/domain/presets';
import { buildPlan } from '../../src/layout/buildPlan';
import { hostWith } from './evaluationHelpers';

function summaryTexts(
  host: Awaited<ReturnType<typeof hostWith>>,
  campaign: Parameters<typeof buildPlan>[0],
): string[] {
  const cells = buildPlan(campaign).sheets.find((s) => s.name === SHEETS.summary)?.cells ?? [];
  return cells.map((cell) => String(host.getCell(SHEETS.summary, cell.address).value ?? ''));
}

describe('the signature block of Tổng hợp', () => {
  it('shows the place, the signer title in capitals and the signer name from the campaign sheet', async () => {
    const preset = presetById('hcm-2018');
    if (preset === undefined) throw new Error('no preset hcm-2018');
    const campaign = {
      ...preset,
      place: 'Thành phố Hồ Chí Minh',
      signerTitle: 'Giám đốc',
      signerName: 'Nguyễn Văn Ký',
    };
    const texts = summaryTexts(await hostWith(campaign), campaign);
    expect(texts).toContain('Thành phố Hồ Chí Minh, ngày … tháng … năm …');
    expect(texts).toContain('GIÁM ĐỐC');
    expect(texts).toContain('Nguyễn Văn Ký');
    expect(texts).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('leaves dotted blanks and the generic title where the campaign names no signer', async () => {
    const campaign = presetById('hcm-2018');
    if (campaign === undefined) throw new Error('no preset hcm-2018');
    const texts = summaryTexts(await hostWith(campaign), campaign);
    expect(texts).toContain('…, ngày … tháng … năm …');
    expect(texts).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });
});
