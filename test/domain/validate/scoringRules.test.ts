import fc from 'fast-check';
import { SCORE_HEADERS, TABLES } from '../../../src/domain/contract';
import type { Campaign, Issue, ScoreRow } from '../../../src/domain/model';
import { readCampaign } from '../../../src/domain/read';
import { rankCampaign } from '../../../src/domain/rank';
import { validateCampaign, validateScores } from '../../../src/domain/validate';
import { cleanWorkbook } from '../read/_workbook';
import { treeCampaign, treeCriteria, treeScores, twoTableCampaign } from './fixtures/treeCampaign';

const at = (issues: readonly Issue[], table: string, row: number, column: string) =>
  issues.filter((i) => i.table === table && i.row === row && i.column === column);

const withU1 = (values: Record<string, number | null>, measures: Record<string, number | null> = {}) =>
  treeScores().map((r) =>
    r.unit === 'U1'
      ? { ...r, values: { ...r.values, ...values }, measures: { ...r.measures, ...measures } }
      : r,
  );
const noGap = { ...treeCampaign().settings, selfReviewGap: 1000 };

describe('one message per score problem', () => {
  it('reports a text score once, where the table is read, and holds the unit for it on its unit cell', () => {
    const data = cleanWorkbook();
    const scores = data.tables[TABLES.scores];
    const vp = scores?.rows[0];
    if (vp === undefined) throw new Error('the clean workbook has a first score row');
    vp[scores!.headers.indexOf('I.2')] = 'mười tám';
    const { campaign, issues: readIssues } = readCampaign(data);
    if (campaign === null) throw new Error('a text score leaves the campaign readable');
    const issues = validateScores(campaign);

    expect(at(readIssues, TABLES.scores, 1, 'I.2').map((i) => i.code)).toEqual(['NUMBER_INVALID']);
    expect(at(issues, TABLES.scores, 1, 'I.2')).toEqual([]);
    const [held] = at(issues, TABLES.scores, 1, SCORE_HEADERS.unit);
    expect(held?.code).toBe('SCORE_UNIT_HELD');
    expect(held?.message).toContain('"Chờ sửa lỗi: I.2 không phải là số (chữ, hoặc số nhập dạng chữ)"');
    expect(held?.messageEn).toContain('I.2 is not a number');
  });
});

describe('the held unit', () => {
  it('lists three problems with their numbers, counts the rest, and says what the unit does not get', () => {
    const campaign = treeCampaign({
      scores: withU1({ 'A.1': 45, T: -1, TR: 12 }, { B: null }),
      settings: noGap,
    });
    const held = validateScores(campaign).find((i) => i.code === 'SCORE_UNIT_HELD');
    expect(held?.message).toContain(
      'đơn vị "U1" ở tình trạng "Chờ sửa lỗi: A.1 = 45 > 40 điểm tối đa; B còn trống; T = -1 < 0 và 1 ô khác"',
    );
    expect(held?.message).toContain('chưa được xếp hạng và chưa được đề nghị khen thưởng');
    expect(held?.messageEn).toContain('A.1 = 45 > maximum 40; B is blank; T = -1 < 0 and 1 more');
    expect(held?.messageEn).toContain('no rank and no proposal');
  });

  it('words a negative measure and a criterion of another table in both languages', () => {
    const negative = treeCampaign({ scores: withU1({}, { 'A.2': -3 }), settings: noGap });
    const [measure] = validateScores(negative).filter((i) => i.code === 'SCORE_UNIT_HELD');
    expect(measure?.message).toContain('A.2 = -3 < 0 (số liệu)');
    expect(measure?.messageEn).toContain('A.2 = -3 < 0 (measure)');

    const base = twoTableCampaign();
    const scores = base.scores.map((r) =>
      r.unit === 'U4' ? { ...r, values: { ...r.values, 'A.1': 30 } } : r,
    );
    const [other] = validateScores(twoTableCampaign({ scores, settings: noGap })).filter(
      (i) => i.code === 'SCORE_UNIT_HELD',
    );
    expect(other?.message).toContain('A.1 thuộc bảng điểm khác (STP)');
    expect(other?.messageEn).toContain('A.1 belongs to scoring table "STP"');
  });

  it('holds no unit for errors of its self-score, which is not ranked', () => {
    const campaign = treeCampaign({ selfScores: withU1({ 'A.1': 45 }), settings: noGap });
    expect(validateScores(campaign).map((i) => [i.code, i.table])).toEqual([
      ['SCORE_ABOVE_MAX', TABLES.selfScores],
    ]);
  });

  it('gives a unit scored twice its status once, on the row the ranking reads', () => {
    const rows = withU1({ 'A.1': 45 });
    const campaign = treeCampaign({ scores: [...rows, { ...rows[0]!, row: 7 }], settings: noGap });
    expect(validateScores(campaign).map((i) => [i.code, i.row])).toEqual([
      ['SCORE_ABOVE_MAX', 1],
      ['SCORE_UNIT_HELD', 1],
      ['SCORE_UNIT_DUPLICATE', 7],
      ['SCORE_ABOVE_MAX', 7],
    ]);
  });
});

describe('the unit left out', () => {
  it('gives the reason and the value compared, as the status column does', () => {
    const campaign = treeCampaign({
      exclusions: [
        { criterion: null, comparison: '<', value: 50, reason: 'Dưới điểm sàn' },
        { criterion: 'B', comparison: '<', value: 85, reason: 'Giải quyết dưới 85% đơn thư' },
      ],
    });
    const [excluded] = validateScores(campaign);
    expect(excluded?.code).toBe('SCORE_UNIT_EXCLUDED');
    expect(excluded?.row).toBe(6);
    expect(excluded?.message).toContain(
      'đơn vị "U6" ở tình trạng "Không xét: Giải quyết dưới 85% đơn thư (B 80 < 85)" theo quy tắc ở dòng thứ 2',
    );
    expect(excluded?.messageEn).toContain('Giải quyết dưới 85% đơn thư (B 80 < 85)');
  });
});

describe('validation and ranking agree', () => {
  const cell = fc.option(fc.oneof(fc.integer({ min: -5, max: 110 }), fc.constantFrom(0, 40, 100)), {
    nil: null,
  });
  const row = fc.record({ a1: cell, a2: cell, b: cell, t: cell, tr: cell });

  it('holds and leaves out exactly the units the ranking holds and leaves out, with its reasons', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 100 }),
        (rows, floor) => {
          const scores: ScoreRow[] = rows.map((r, i) => ({
            row: i + 1,
            unit: `U${i + 1}`,
            values: { 'A.1': r.a1, T: r.t, TR: r.tr },
            inputs: {},
            measures: { 'A.2': r.a2, B: r.b },
          }));
          const campaign: Campaign = treeCampaign({
            scores,
            selfScores: [],
            exclusions: [{ criterion: null, comparison: '<', value: floor, reason: 'Dưới điểm sàn' }],
          });
          const issues = validateScores(campaign);
          const units = rankCampaign(campaign).flatMap((r) => r.units);
          for (const [code, status] of [
            ['SCORE_UNIT_HELD', 'held'],
            ['SCORE_UNIT_EXCLUDED', 'excluded'],
          ] as const) {
            const said = issues.filter((i) => i.code === code);
            const ranked = units.filter((u) => u.status === status);
            expect(said.map((i) => `U${i.row ?? 0}`).sort()).toEqual(ranked.map((u) => u.unit).sort());
            for (const u of ranked) {
              const issue = said.find((i) => i.row === Number(u.unit.slice(1)));
              expect(issue?.message).toContain(`"${u.statusReason}"`);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the criteria tree', () => {
  it('reports each member of a loop of three once, naming the loop from it', () => {
    const loop = treeCriteria().map((c) =>
      c.code === 'A'
        ? { ...c, parent: 'A.2' }
        : c.code === 'A.2'
          ? { ...c, parent: 'A.1' }
          : c.code === 'A.1'
            ? { ...c, parent: 'A' }
            : c,
    );
    const issues = validateCampaign(treeCampaign({ criteria: loop })).filter(
      (i) => i.code === 'CRITERION_PARENT_LOOP',
    );
    expect(issues.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(issues[0]?.message).toContain('A → A.2 → A.1 → A');
    expect(issues[1]?.messageEn).toContain('A.1 → A → A.2 → A.1');
  });

  it('reports a criterion leading into a loop without being on it only through the loop', () => {
    const criteria = [
      ...treeCriteria().map((c) => (c.code === 'A' ? { ...c, parent: 'A.1' } : c)),
      { code: 'A.1.1', group: 'A', text: 'Lập đề nghị', max: 40, kind: 'standard' as const, parent: 'A.1' },
    ];
    const codes = validateCampaign(treeCampaign({ criteria }))
      .filter((i) => i.code.startsWith('CRITERION_PARENT'))
      .map((i) => [i.code, i.row]);
    expect(codes).toEqual([
      ['CRITERION_PARENT_LOOP', 1],
      ['CRITERION_PARENT_LOOP', 2],
    ]);
  });

  it('names the parts that do not add up, and says what the gap does', () => {
    const criteria = treeCriteria().map((c) => (c.code === 'A.1' ? { ...c, max: 35.5 } : c));
    const [issue] = validateCampaign(treeCampaign({ criteria }));
    expect(issue?.message).toContain(
      'điểm chuẩn 70, nhưng điểm chuẩn 2 tiêu chí con loại "chuẩn" (A.1, A.2) cộng lại là 65,5',
    );
    expect(issue?.message).toContain('không đơn vị nào đạt đủ 70 điểm');
    expect(issue?.messageEn).toContain('its 2 standard part(s) (A.1, A.2) add up to 65.5');
  });
});
