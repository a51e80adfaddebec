import type { Campaign } from '../../../src/domain/model';
import { rankCampaign } from '../../../src/domain/rank';
import { blankCampaign, PRESET_BUILDERS, PRESET_IDS, PRESETS, presetById } from '../../../src/domain/presets';
import { ruleSetForYear, VOTES_INPUT } from '../../../src/domain/rules';
import { scoreUnit, scoringContext, tableOf } from '../../../src/domain/scoring';

const byId = (id: string): Campaign => {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  return preset;
};

const standardMax = (c: Campaign): number =>
  c.criteria.filter((k) => k.kind === 'standard').reduce((sum, k) => sum + k.max, 0);

const totalOf = (c: Campaign, values: Record<string, number | null>): number =>
  c.criteria.reduce((sum, k) => sum + (k.kind === 'deduction' ? -1 : 1) * (values[k.code] ?? 0), 0);

describe('preset list', () => {
  it('holds the five seed scenarios, then the THADS ranking, with unique ids', () => {
    expect(PRESET_IDS).toEqual([
      'hcm-2018',
      'tien-giang-2018',
      'hue-2021',
      'mien-nui-phia-bac-2017',
      'cum-2-bo-tu-phap-2021',
      'thads-2015',
    ]);
    expect(new Set(PRESET_IDS).size).toBe(PRESET_IDS.length);
  });

  it('gives a deep copy that callers may change', () => {
    const copy = presetById('hcm-2018');
    expect(copy).toEqual(byId('hcm-2018'));
    copy?.units.pop();
    copy?.clusters.splice(0);
    expect(byId('hcm-2018').units).toHaveLength(15);
    expect(byId('hcm-2018').clusters).toHaveLength(2);
    expect(presetById('hcm-2019')).toBeUndefined();
  });

  it('builds the same data on every run', () => {
    for (const build of PRESET_BUILDERS) expect(build()).toEqual(build());
  });
});

/** A preset whose table is written as a tree (headings, tiers, proportional points). */
const isTree = (c: Campaign): boolean => c.tiers.length > 0 || c.criteria.some((k) => k.parent !== undefined);

describe.each(PRESETS.filter((p) => !isTree(p)).map((p) => [p.id, p] as const))(
  'flat preset %s',
  (_id, c) => {
    it('has standard maxima adding to the scale, and one bonus and one deduction row', () => {
      expect(standardMax(c)).toBe(c.scale);
      expect(c.criteria.filter((k) => k.kind === 'bonus')).toHaveLength(1);
      expect(c.criteria.filter((k) => k.kind === 'deduction')).toHaveLength(1);
    });

    it('scores every unit within each maximum, deductions as positive points, totals within the scale', () => {
      for (const rows of [c.scores, c.selfScores]) {
        expect(rows.map((r) => r.unit).sort()).toEqual(c.units.map((u) => u.code).sort());
        expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
        for (const row of rows) {
          for (const k of c.criteria) {
            const v = row.values[k.code];
            expect(typeof v).toBe('number');
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(k.max);
          }
          expect(totalOf(c, row.values)).toBeLessThanOrEqual(c.scale);
        }
      }
    });

    it('keeps each self-score within 3 points of the reviewed total', () => {
      for (const row of c.scores) {
        const self = c.selfScores.find((r) => r.unit === row.unit);
        expect(self).toBeDefined();
        expect(Math.abs(totalOf(c, self?.values ?? {}) - totalOf(c, row.values))).toBeLessThanOrEqual(3);
      }
    });

    it('gives each unit a distinct vote share within its cluster', () => {
      for (const cluster of c.clusters) {
        const members = new Set(c.units.filter((u) => u.cluster === cluster.code).map((u) => u.code));
        const votes = c.scores.filter((r) => members.has(r.unit)).map((r) => r.inputs[VOTES_INPUT.key]);
        expect(new Set(votes).size).toBe(votes.length);
      }
    });
  },
);

describe.each(PRESETS.filter(isTree).map((p) => [p.id, p] as const))('tree preset %s', (_id, c) => {
  const context = scoringContext(c);
  it('has the top standard criteria of each scoring table adding up to its scale', () => {
    const tables = c.scoringTables.length === 0 ? [{ code: '', scale: c.scale }] : c.scoringTables;
    for (const table of tables) {
      const sum = context.tree.roots
        .filter((k) => k.kind === 'standard' && [table.code, ''].includes(tableOf(context.tree, k)))
        .reduce((total, k) => total + k.max, 0);
      expect({ table: table.code, sum }).toEqual({ table: table.code, sum: table.scale });
    }
  });

  it('gives every heading parts whose maxima add up to it, bonus and deductions capped apart', () => {
    for (const [code, parts] of context.tree.parts) {
      const heading = context.tree.byCode.get(code);
      if (heading?.kind !== 'standard') continue;
      expect({ code, sum: parts.reduce((total, k) => total + k.max, 0) }).toEqual({ code, sum: heading.max });
    }
  });

  it('gives every tiered criterion steps, and every step points within its maximum', () => {
    for (const leaf of context.tree.leaves.filter((k) => k.method === 'tiers')) {
      const steps = c.tiers.filter((t) => t.criterion === leaf.code);
      expect(steps.length).toBeGreaterThan(1);
      for (const step of steps) expect(step.points).toBeLessThanOrEqual(leaf.max);
    }
  });

  it('scores every unit on its own table without a score error', () => {
    for (const rows of [c.scores, c.selfScores]) {
      expect(rows.map((r) => r.unit).sort()).toEqual(c.units.map((u) => u.code).sort());
      for (const row of rows) {
        const cluster = c.units.find((u) => u.code === row.unit)?.cluster ?? '';
        expect({ unit: row.unit, status: scoreUnit(context, row, cluster).status }).toEqual({
          unit: row.unit,
          status: expect.stringMatching(/^(ranked|excluded)$/) as unknown,
        });
      }
    }
  });

  it('names the rule set in force in its year explicitly', () => {
    expect(c.ruleSet).toBe(ruleSetForYear(c.year).id);
    expect(c.ruleSet).toBe('vn-2013');
  });

  it('is flagged as sample data', () => {
    expect(c.sampleData).toBe(true);
  });

  it('has unique codes and every unit in an existing cluster', () => {
    const unique = (codes: string[]): boolean => new Set(codes).size === codes.length;
    expect(unique(c.units.map((u) => u.code))).toBe(true);
    expect(unique(c.clusters.map((k) => k.code))).toBe(true);
    expect(unique(c.criteria.map((k) => k.code))).toBe(true);
    expect(unique(c.titles.map((t) => t.code))).toBe(true);
    const clusters = new Set(c.clusters.map((k) => k.code));
    for (const unit of c.units) expect(clusters).toContain(unit.cluster);
    for (const cluster of c.clusters) expect(c.units.some((u) => u.cluster === cluster.code)).toBe(true);
  });

  it('chooses heads and deputies among the cluster members', () => {
    for (const cluster of c.clusters) {
      const members = c.units.filter((u) => u.cluster === cluster.code).map((u) => u.code);
      if (cluster.head !== null) expect(members).toContain(cluster.head);
      if (cluster.deputy !== null) expect(members).toContain(cluster.deputy);
    }
  });

  it('registers TTLĐXS and the flag for every unit, dated within the window and before any deadline', () => {
    for (const unit of c.units) {
      const titles = c.registrations
        .filter((r) => r.unit === unit.code && r.subject === 'collective')
        .map((r) => r.title);
      expect(titles).toEqual(expect.arrayContaining(['TTLDXS', 'CTD_BO']));
    }
    for (const r of c.registrations) {
      expect(r.date).not.toBeNull();
      expect(r.date! >= `${c.year - 1}-12-01` && r.date! <= c.end).toBe(true);
      if (c.registrationDeadline !== null) expect(r.date! <= c.registrationDeadline).toBe(true);
    }
    expect(c.registrations.map((r) => r.row)).toEqual(c.registrations.map((_, i) => i + 1));
  });

  it('keeps each unit within the CSTĐCS cap and the TTLĐXS shares', () => {
    for (const unit of c.units) {
      const people = c.registrations.filter((r) => r.unit === unit.code && r.subject === 'individual');
      const ldtt = people.filter((r) => r.title === 'LDTT').length;
      const cstdcs = people.filter((r) => r.title === 'CSTDCS').length;
      expect(people.length).toBeLessThanOrEqual(unit.headcount ?? 0);
      expect(ldtt).toBeGreaterThanOrEqual(0.7 * (unit.headcount ?? 0));
      expect(cstdcs).toBeGreaterThanOrEqual(1);
      expect(cstdcs).toBeLessThanOrEqual(Math.floor(0.15 * ldtt));
      expect(new Set(people.map((r) => r.person)).size).toBe(people.length);
      for (const person of people) {
        expect(person.person).toMatch(/^\p{Lu}\p{Ll}* (\p{Lu}\p{Ll}* ?)+$/u);
        expect(person.position.trim()).not.toBe('');
      }
    }
  });
});

describe('preset facts', () => {
  it('hcm-2018 keeps the plan, its date, the deadline and the two blocks', () => {
    const c = byId('hcm-2018');
    expect(c).toMatchObject({
      planNumber: '25/KH-STP-VP',
      issueDate: '2018-01-02',
      registrationDeadline: '2018-01-30',
      name: 'Kế hoạch tổ chức và phát động phong trào thi đua yêu nước năm 2018',
    });
    expect(c.clusters.map((k) => k.name)).toEqual([
      'Khối các Phòng Chuyên môn Sở',
      'Khối các Đơn vị trực thuộc',
    ]);
    expect(c.titles.find((t) => t.code === c.awardRules.flagTitle)?.name).toBe('Cờ thi đua của Thành phố');
  });

  it('tien-giang-2018 has its two phases and their milestones', () => {
    const c = byId('tien-giang-2018');
    expect(c.planNumber).toBe('06/KH-STP');
    expect(c.issueDate).toBe('2018-01-10');
    expect(c.phases.map((p) => [p.name, p.start, p.end, p.milestones.map((m) => m.date)])).toEqual([
      ['Đợt 1', '2018-01-01', '2018-06-30', ['2018-02-03', '2018-04-30', '2018-05-19', '2018-06-11']],
      ['Đợt 2', '2018-07-01', '2018-12-31', ['2018-08-28', '2018-09-02']],
    ]);
  });

  it('hue-2021 keeps the theme and builds five groups from the five contents', () => {
    const c = byId('hue-2021');
    expect(c.theme).toBe(
      'Ngành Tư pháp đoàn kết, hành động, sáng tạo, thi đua thực hiện thắng lợi nhiệm vụ chính trị được giao',
    );
    expect([...new Set(c.criteria.filter((k) => k.kind === 'standard').map((k) => k.group))]).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
    ]);
  });

  it('mien-nui-phia-bac-2017 scores its 14 Sở Tư pháp and 14 THADS offices on two 200-point tables', () => {
    const c = byId('mien-nui-phia-bac-2017');
    expect(c.scale).toBe(200);
    expect(c.units).toHaveLength(28);
    expect(c.units.filter((u) => u.cluster === 'STP').map((u) => u.name)).toContain(
      'Sở Tư pháp tỉnh Hòa Bình',
    );
    expect(c.units.filter((u) => u.cluster === 'THADS').map((u) => u.name)).toContain(
      'Cục Thi hành án dân sự tỉnh Bắc Kạn',
    );
    expect(c.clusters.map((k) => k.scoringTable)).toEqual(['STP', 'THA']);
    expect(c.scoringTables.map((t) => [t.code, t.scale])).toEqual([
      ['STP', 200],
      ['THA', 200],
    ]);
    // Part A ⊃ group I ⊃ item 1 ⊃ 1.1, scored by the share done, as the Ministry's table writes it.
    const byCode = new Map(c.criteria.map((k) => [k.code, k]));
    expect(['1.1', '1', 'I', 'A'].map((code) => byCode.get(code)?.parent ?? null)).toEqual([
      '1',
      'I',
      'A',
      null,
    ]);
    expect(c.tiers.filter((t) => t.criterion === '1.1').map((t) => [t.from, t.points])).toEqual([
      [0, 0],
      [60, 0.5],
      [70, 1],
      [80, 1.5],
      [95, 1.75],
      [100, 2],
    ]);
  });

  it('mien-nui-phia-bac-2017 leaves out the office past the line of work left undone, ranks the rest', () => {
    const rankings = rankCampaign(byId('mien-nui-phia-bac-2017'));
    const units = rankings.flatMap((r) => r.units);
    expect(units.filter((u) => u.status === 'excluded').map((u) => [u.unit, u.statusReason])).toEqual([
      ['THADS-LCH', 'Không xét: Tỷ lệ việc tồn đọng từ 21% trở lên (QĐ 3962/QĐ-BTP) (TR.1 22 ≥ 21)'],
    ]);
    expect(units.filter((u) => u.status === 'held')).toEqual([]);
    for (const ranking of rankings) expect(ranking.units.filter((u) => u.leading)).toHaveLength(1);
  });

  it('thads-2015 gives Hạng A only with the three targets met, and Hạng B to one that misses one', () => {
    const c = byId('thads-2015');
    const units = rankCampaign(c).flatMap((r) => r.units);
    const missedA = units.filter((u) => (u.total ?? 0) >= 180 && u.band === 'B');
    expect(missedA.length).toBeGreaterThan(0);
    for (const u of units.filter((x) => x.band === 'A')) {
      const row = c.scores.find((r) => r.unit === u.unit);
      expect(['CT.1', 'CT.2', 'CT.3'].every((k) => (row?.measures?.[k] ?? 0) >= 100)).toBe(true);
    }
    expect(units.filter((u) => u.leading).every((u) => u.band === 'A')).toBe(true);
    expect(c.awardRules.flagBand).toBe('A');
  });

  it('cum-2-bo-tu-phap-2021 has the ten real units, its head and its deputy', () => {
    const c = byId('cum-2-bo-tu-phap-2021');
    expect(c.units.map((u) => u.name)).toEqual([
      'Trường Đại học Luật Hà Nội',
      'Học viện Tư pháp',
      'Báo Pháp luật Việt Nam',
      'Viện Khoa học pháp lý',
      'Tạp chí Dân chủ và Pháp luật',
      'Nhà xuất bản Tư pháp',
      'Trường Trung cấp Luật Tây Bắc',
      'Trường Cao đẳng Luật miền Bắc',
      'Trường Cao đẳng Luật miền Trung',
      'Trường Cao đẳng Luật miền Nam',
    ]);
    const [cluster] = c.clusters;
    const name = (code: string | null | undefined): string | undefined =>
      c.units.find((u) => u.code === code)?.name;
    expect(name(cluster?.head)).toBe('Trường Cao đẳng Luật miền Bắc');
    expect(name(cluster?.deputy)).toBe('Tạp chí Dân chủ và Pháp luật');
  });

  it('stages ties on total that the tie-break chain parts', () => {
    const tiedPairs = (c: Campaign): [string, string][] => {
      const pairs: [string, string][] = [];
      for (const cluster of c.clusters) {
        const rows = c.scores.filter((r) => c.units.find((u) => u.code === r.unit)?.cluster === cluster.code);
        rows.forEach((a, i) =>
          rows.slice(i + 1).forEach((b) => {
            if (totalOf(c, a.values) === totalOf(c, b.values)) pairs.push([a.unit, b.unit]);
          }),
        );
      }
      return pairs;
    };
    expect(tiedPairs(byId('hcm-2018')).length).toBeGreaterThan(0);
    expect(tiedPairs(byId('cum-2-bo-tu-phap-2021')).length).toBeGreaterThan(0);
  });
});

describe('blankCampaign', () => {
  it('starts with one empty cluster, the catalogue and a 100-point table under the year’s rule set', () => {
    const c = blankCampaign(2025);
    expect(c).toMatchObject({ year: 2025, ruleSet: 'vn-2022', sampleData: false, scale: 100 });
    expect(c.clusters).toHaveLength(1);
    expect([c.units, c.registrations, c.scores, c.selfScores]).toEqual([[], [], [], []]);
    expect(c.titles).toHaveLength(10);
    expect(standardMax(c)).toBe(100);
    expect(c.settings.registrationCheck).toBe('optional');
    expect(blankCampaign(2020).ruleSet).toBe('vn-2013');
  });
});
