/**
 * `Danh mục`: the catalogue the other sheets refer to — clusters, units, titles, criteria, the tiers of
 * tiered criteria, the scoring tables, rank bands, the rules that leave a unit out and the tie-break
 * chain — side by side, so that each grows downward without running into another.
 */
import {
  BAND_HEADERS,
  CLUSTER_HEADERS,
  CRITERION_HEADERS,
  CRITERION_KIND_LABELS,
  EXCLUSION_HEADERS,
  SCORING_METHOD_LABELS,
  SCORING_TABLE_HEADERS,
  SHEETS,
  TIER_HEADERS,
  TOTAL_SUBJECT,
  SUBJECT_LABELS,
  TABLES,
  TIE_BREAK_HEADERS,
  TITLE_HEADERS,
  TITLE_KIND_LABELS,
  UNIT_HEADERS,
} from '../../domain/contract';
import type { Campaign } from '../../domain/model';
import {
  COMPARISON_SIGNS,
  formatCap,
  formatComparison,
  formatCounts,
  formatGates,
  formatPrerequisites,
  formatTieBreak,
  TIE_BREAK_DIRECTION_LABELS,
  YES_NO_LABELS,
} from '../../domain/cellCodecs';
import type { CellValue } from '../../domain/workbook';
import { COLORS, COUNT_FORMAT, pointsFormat, TEXT_FORMAT } from '../_lib/formats';
import { dataRange, firstCell, rowCell } from '../_lib/placed';
import { emptySheet, type LayoutContext } from '../context';
import { placeSideBySide, tablePerPagePrint, type SideBySideSpec } from '../_lib/sideBySide';
import { bandProposalNameFormula, tierIncrementFormula, tierOrderFormula } from '../formulas';
import { BAND_EXTRA_HEADERS, TIER_EXTRA_HEADERS } from '../headers';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';

/** Header row of the catalogue tables (zero-based); the row above names each table. */
const HEADER_ROW = 1;
/** Extra rows a conditional format covers below a table the officer extends. */
const ROOM = 500;

const text = (value: string | null): CellValue => (value === null || value.trim() === '' ? null : value);

function code(header: string, width = 12): ColumnPlan {
  return { header, role: 'input', numberFormat: TEXT_FORMAT, width };
}

function prose(header: string, width: number): ColumnPlan {
  return { header, role: 'input', numberFormat: TEXT_FORMAT, width, wrap: true };
}

function choice(header: string, values: readonly string[], prompt: string, width = 14): ColumnPlan {
  return {
    header,
    role: 'input',
    numberFormat: TEXT_FORMAT,
    width,
    validation: { kind: 'listValues', values: [...values], prompt },
  };
}

function unitCode(header: string, prompt: string): ColumnPlan {
  return { ...code(header, 14), validation: { kind: 'listName', name: NAMES.unitCodes, prompt } };
}

type Spec = SideBySideSpec;

function clusters(campaign: Campaign): Spec {
  return {
    name: TABLES.clusters,
    columns: [
      code(CLUSTER_HEADERS.code, 10),
      prose(CLUSTER_HEADERS.name, 34),
      unitCode(CLUSTER_HEADERS.head, 'Mã đơn vị cụm trưởng (chọn trong danh sách đơn vị).'),
      unitCode(CLUSTER_HEADERS.deputy, 'Mã đơn vị cụm phó (chọn trong danh sách đơn vị).'),
      {
        ...code(CLUSTER_HEADERS.scoringTable, 10),
        validation: {
          kind: 'listName',
          name: NAMES.scoringTableCodes,
          prompt: 'Mã bảng điểm của các đơn vị trong cụm; để trống là bảng điểm chính.',
        },
      },
    ],
    rows: campaign.clusters.map((c) => [
      c.code,
      c.name,
      text(c.head),
      text(c.deputy),
      text(c.scoringTable ?? null),
    ]),
    key: CLUSTER_HEADERS.code,
    // `Bảng điểm` is optional: a table made without it gets it added at its right end.
    required: Object.values(CLUSTER_HEADERS).filter((h) => h !== CLUSTER_HEADERS.scoringTable),
  };
}

function units(campaign: Campaign): Spec {
  return {
    name: TABLES.units,
    columns: [
      code(UNIT_HEADERS.code),
      prose(UNIT_HEADERS.name, 40),
      {
        ...code(UNIT_HEADERS.cluster, 10),
        validation: {
          kind: 'listName',
          name: NAMES.clusterCodes,
          prompt: 'Chọn mã cụm trong danh sách cụm.',
        },
      },
      {
        header: UNIT_HEADERS.headcount,
        role: 'input',
        numberFormat: COUNT_FORMAT,
        width: 10,
        validation: { kind: 'whole', min: 0, max: 100000, prompt: 'Số người của đơn vị (số nguyên).' },
      },
    ],
    rows: campaign.units.map((u) => [u.code, u.name, u.cluster, u.headcount]),
    key: UNIT_HEADERS.code,
    required: Object.values(UNIT_HEADERS),
  };
}

function titles(campaign: Campaign): Spec {
  return {
    name: TABLES.titles,
    columns: [
      code(TITLE_HEADERS.code, 14),
      prose(TITLE_HEADERS.name, 36),
      choice(TITLE_HEADERS.subject, Object.values(SUBJECT_LABELS), 'Tập thể hay Cá nhân.'),
      choice(
        TITLE_HEADERS.kind,
        Object.values(TITLE_KIND_LABELS),
        'Danh hiệu thi đua hay hình thức khen thưởng.',
        20,
      ),
      prose(TITLE_HEADERS.prerequisites, 40),
      prose(TITLE_HEADERS.cap, 26),
      prose(TITLE_HEADERS.counts, 16),
    ],
    rows: campaign.titles.map((t) => [
      t.code,
      t.name,
      SUBJECT_LABELS[t.subject],
      TITLE_KIND_LABELS[t.kind],
      text(formatPrerequisites(t.prerequisites)),
      text(formatCap(t.cap)),
      text(formatCounts(t.counts)),
    ]),
    key: TITLE_HEADERS.code,
    required: Object.values(TITLE_HEADERS),
  };
}

function criteria(campaign: Campaign): Spec {
  return {
    name: TABLES.criteria,
    columns: [
      code(CRITERION_HEADERS.code, 10),
      code(CRITERION_HEADERS.group, 8),
      prose(CRITERION_HEADERS.groupName, 30),
      prose(CRITERION_HEADERS.text, 50),
      {
        header: CRITERION_HEADERS.max,
        role: 'input',
        numberFormat: pointsFormat(campaign.settings.precision),
        width: 11,
        validation: { kind: 'decimal', min: 0, max: 1000, prompt: 'Điểm chuẩn (điểm tối đa) của tiêu chí.' },
      },
      choice(
        CRITERION_HEADERS.kind,
        Object.values(CRITERION_KIND_LABELS),
        'chuẩn, thưởng hoặc trừ (điểm trừ nhập số dương).',
        10,
      ),
      code(CRITERION_HEADERS.parent, 9),
      choice(
        CRITERION_HEADERS.method,
        Object.values(SCORING_METHOD_LABELS),
        'nhập điểm; theo mức (điểm theo số liệu, ở bảng mức điểm); theo tỷ lệ (điểm chuẩn × tỷ lệ %).',
        13,
      ),
      prose(CRITERION_HEADERS.measureUnit, 11),
      choice(
        CRITERION_HEADERS.mayExceed,
        Object.values(YES_NO_LABELS),
        'Có: điểm (hoặc tổng các ý) được vượt điểm chuẩn.',
        11,
      ),
      code(CRITERION_HEADERS.table, 9),
    ],
    rows: campaign.criteria.map((c) => [
      c.code,
      c.group,
      text(c.groupName ?? null),
      c.text,
      c.max,
      CRITERION_KIND_LABELS[c.kind],
      text(c.parent ?? null),
      SCORING_METHOD_LABELS[c.method ?? 'typed'],
      text(c.measureUnit ?? null),
      c.mayExceed === true ? YES_NO_LABELS.yes : null,
      text(c.table ?? null),
    ]),
    key: CRITERION_HEADERS.code,
    // The group's name and the tree's columns are optional: a table made without them gets them added.
    required: [
      CRITERION_HEADERS.code,
      CRITERION_HEADERS.group,
      CRITERION_HEADERS.text,
      CRITERION_HEADERS.max,
      CRITERION_HEADERS.kind,
    ],
  };
}

function bands(campaign: Campaign): Spec {
  return {
    name: TABLES.bands,
    columns: [
      code(BAND_HEADERS.code, 9),
      prose(BAND_HEADERS.name, 16),
      {
        header: BAND_HEADERS.minScore,
        role: 'input',
        numberFormat: pointsFormat(campaign.settings.precision),
        width: 10,
        validation: {
          kind: 'decimal',
          min: 0,
          max: 1000,
          prompt: 'Tổng điểm tối thiểu của hạng; sửa là kết quả đề nghị đổi ngay.',
        },
      },
      prose(BAND_HEADERS.gates, 28),
      code(BAND_HEADERS.proposal, 16),
      {
        header: BAND_EXTRA_HEADERS.proposalName,
        role: 'computed',
        formula: bandProposalNameFormula(),
        width: 30,
        wrap: true,
      },
      whole(BAND_HEADERS.need, 'Số điều kiện phải đạt đủ; để trống là phải đạt tất cả.', 11),
      {
        header: BAND_HEADERS.tolerance,
        role: 'input',
        numberFormat: pointsFormat(2),
        width: 11,
        validation: {
          kind: 'decimal',
          min: 0,
          max: 100,
          prompt: 'Các điều kiện còn lại được thiếu tối đa bao nhiêu % so với mức yêu cầu.',
        },
      },
      whole(BAND_HEADERS.quota, 'Số đơn vị tối đa của hạng trong mỗi cụm; để trống là không giới hạn.', 11),
    ],
    rows: campaign.awardRules.bands.map((b) => [
      b.code,
      b.name,
      b.minScore,
      text(formatGates(b.gates)),
      text(b.proposal),
      null,
      b.need ?? null,
      b.tolerance ?? null,
      b.quota ?? null,
    ]),
    key: BAND_HEADERS.code,
    required: [
      BAND_HEADERS.code,
      BAND_HEADERS.name,
      BAND_HEADERS.minScore,
      BAND_HEADERS.gates,
      BAND_HEADERS.proposal,
    ],
  };
}

function tieBreaks(campaign: Campaign): Spec {
  return {
    name: TABLES.tieBreaks,
    columns: [
      {
        header: TIE_BREAK_HEADERS.order,
        role: 'input',
        numberFormat: COUNT_FORMAT,
        width: 8,
        validation: { kind: 'whole', min: 1, max: 50, prompt: 'Thứ tự áp dụng khi bằng điểm (1 trước).' },
      },
      prose(TIE_BREAK_HEADERS.rule, 28),
      choice(
        TIE_BREAK_HEADERS.direction,
        Object.values(TIE_BREAK_DIRECTION_LABELS),
        'Cao hơn hay thấp hơn thì xếp trên.',
        18,
      ),
      prose(TIE_BREAK_HEADERS.label, 36),
    ],
    rows: campaign.tieBreaks.map((link, i) => {
      const t = formatTieBreak(link);
      return [i + 1, t.rule, t.direction, t.label];
    }),
    key: TIE_BREAK_HEADERS.order,
    required: Object.values(TIE_BREAK_HEADERS),
  };
}

function tiers(campaign: Campaign): Spec {
  return {
    name: TABLES.tiers,
    columns: [
      code(TIER_HEADERS.criterion, 10),
      {
        header: TIER_HEADERS.from,
        role: 'input',
        width: 9,
        validation: {
          kind: 'decimal',
          min: -1_000_000,
          max: 1_000_000,
          prompt: 'Số liệu từ mức này trở lên.',
        },
      },
      {
        header: TIER_HEADERS.points,
        role: 'input',
        numberFormat: pointsFormat(campaign.settings.precision),
        width: 8,
        validation: { kind: 'decimal', min: 0, max: 1000, prompt: 'Điểm của mức.' },
      },
      prose(TIER_HEADERS.label, 26),
      {
        header: TIER_EXTRA_HEADERS.order,
        role: 'computed',
        formula: tierOrderFormula(),
        numberFormat: COUNT_FORMAT,
        width: 6,
      },
      {
        header: TIER_EXTRA_HEADERS.increment,
        role: 'computed',
        formula: tierIncrementFormula(),
        numberFormat: pointsFormat(campaign.settings.precision),
        width: 10,
      },
    ],
    rows: campaign.tiers.map((t) => [t.criterion, t.from, t.points, text(t.label), null, null]),
    key: null,
    required: [TIER_HEADERS.criterion, TIER_HEADERS.from, TIER_HEADERS.points],
  };
}

function scoringTables(campaign: Campaign): Spec {
  return {
    name: TABLES.scoringTables,
    columns: [
      code(SCORING_TABLE_HEADERS.code, 10),
      prose(SCORING_TABLE_HEADERS.name, 34),
      {
        header: SCORING_TABLE_HEADERS.scale,
        role: 'input',
        numberFormat: COUNT_FORMAT,
        width: 10,
        validation: { kind: 'decimal', min: 1, max: 10000, prompt: 'Tổng điểm của bảng điểm (100, 200…).' },
      },
    ],
    rows: campaign.scoringTables.map((t) => [t.code, t.name, t.scale]),
    key: SCORING_TABLE_HEADERS.code,
    required: Object.values(SCORING_TABLE_HEADERS),
  };
}

function exclusions(campaign: Campaign): Spec {
  return {
    name: TABLES.exclusions,
    columns: [
      code(EXCLUSION_HEADERS.subject, 12),
      choice(
        EXCLUSION_HEADERS.comparison,
        Object.values(COMPARISON_SIGNS),
        `Điều kiện không xét: số liệu (hoặc điểm) của tiêu chí, hoặc ${TOTAL_SUBJECT}, so với ngưỡng.`,
        9,
      ),
      { header: EXCLUSION_HEADERS.value, role: 'input', width: 9 },
      prose(EXCLUSION_HEADERS.reason, 36),
    ],
    rows: campaign.exclusions.map((e) => [
      e.criterion ?? TOTAL_SUBJECT,
      formatComparison(e.comparison),
      e.value,
      e.reason,
    ]),
    key: null,
    required: Object.values(EXCLUSION_HEADERS),
  };
}

function whole(header: string, prompt: string, width: number): ColumnPlan {
  return {
    header,
    role: 'input',
    numberFormat: COUNT_FORMAT,
    width,
    validation: { kind: 'whole', min: 0, max: 100000, prompt },
  };
}

/** The heading above each table, in Vietnamese. */
const TITLES: Readonly<Record<string, string>> = {
  [TABLES.clusters]: 'Cụm, khối thi đua',
  [TABLES.units]: 'Đơn vị',
  [TABLES.titles]: 'Danh hiệu, hình thức khen thưởng',
  [TABLES.criteria]: 'Tiêu chí chấm điểm',
  [TABLES.bands]: 'Xếp hạng theo điểm (sửa "Điểm từ" là kết quả đổi ngay)',
  [TABLES.tieBreaks]: 'Tiêu chí phụ khi bằng điểm (áp dụng khi cập nhật sổ)',
  [TABLES.tiers]: 'Mức điểm theo số liệu (tiêu chí chấm theo mức)',
  [TABLES.scoringTables]: 'Bảng điểm (khi các cụm chấm theo bảng điểm khác nhau)',
  [TABLES.exclusions]: 'Không xét xếp hạng khi (áp dụng khi cập nhật sổ)',
};

/**
 * Plans the `Danh mục` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * catalogueSheet(ctx).tables.map((t) => t.name)
 * // ['Clusters', 'Units', 'Titles', 'Criteria', 'Tiers', 'ScoringTables', 'Bands', 'Exclusions', 'TieBreaks']
 */
export function catalogueSheet(ctx: LayoutContext): SheetPlan {
  const sheet = emptySheet(ctx, SHEETS.catalogue);
  const specs = [clusters, units, titles, criteria, tiers, scoringTables, bands, exclusions, tieBreaks].map(
    (build) => build(ctx.campaign),
  );
  const placedByName = new Map(
    placeSideBySide(ctx, sheet, specs, HEADER_ROW, TITLES).map((table) => [table.name, table] as const),
  );

  const unitsPlaced = placedByName.get(TABLES.units);
  if (unitsPlaced) {
    const cell = rowCell(unitsPlaced, UNIT_HEADERS.cluster);
    const range = dataRange(unitsPlaced, UNIT_HEADERS.cluster, UNIT_HEADERS.cluster, ROOM);
    if (cell !== null && range !== null) {
      sheet.conditionalFormats.push({
        sheet: SHEETS.catalogue,
        range,
        formula: `=AND(${cell}<>"",COUNTIF(${NAMES.clusterCodes},${cell})=0)`,
        fill: COLORS.errorFill,
        fontColor: COLORS.errorFont,
        meaning: 'Mã cụm không có trong bảng cụm thi đua',
      });
    }
  }
  const clustersPlaced = placedByName.get(TABLES.clusters);
  if (clustersPlaced) {
    const cell = firstCell(clustersPlaced, CLUSTER_HEADERS.head);
    const range = dataRange(clustersPlaced, CLUSTER_HEADERS.head, CLUSTER_HEADERS.deputy, ROOM);
    if (cell !== null && range !== null) {
      sheet.conditionalFormats.push({
        sheet: SHEETS.catalogue,
        range,
        formula: `=AND(${cell}<>"",COUNTIF(${NAMES.unitCodes},${cell})=0)`,
        fill: COLORS.errorFill,
        fontColor: COLORS.errorFont,
        meaning: 'Cụm trưởng, cụm phó không có trong bảng đơn vị',
      });
    }
  }

  sheet.tabColor = COLORS.tabInput;
  sheet.freezeRows = HEADER_ROW + 1;
  // Each table, its title above it, prints from a new page.
  sheet.print = tablePerPagePrint(sheet.tables, HEADER_ROW);
  return sheet;
}
