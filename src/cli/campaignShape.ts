/**
 * The shape of a campaign as JSON (`thidua init --campaign <file.json>`), declared as data and checked by
 * one interpreter, so a wrong file is refused with the path of the first wrong field rather than failing
 * somewhere inside the set-up.
 */
import { isIsoDate } from '../domain/dates';
import type { Campaign } from '../domain/model';

/** The shape of a JSON value. */
export type Shape =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  /** `yyyy-mm-dd`, a real calendar date. */
  | 'isoDate'
  | { nullable: Shape }
  /** A field that may be left out; when there, of the shape. */
  | { optional: Shape }
  | { oneOf: readonly string[] }
  | { arrayOf: Shape }
  | { object: Readonly<Record<string, Shape>> }
  /** An object with any keys, each value of the shape. */
  | { recordOf: Shape }
  /** An object told apart by its `kind`. */
  | { byKind: Readonly<Record<string, Readonly<Record<string, Shape>>>> };

const DIRECTION: Shape = { oneOf: ['desc', 'asc'] };
const SCORE_ROW: Shape = {
  object: {
    row: 'integer',
    unit: 'string',
    values: { recordOf: { nullable: 'number' } },
    inputs: { recordOf: { nullable: 'number' } },
    measures: { optional: { recordOf: { nullable: 'number' } } },
  },
};
const COMPARISON: Shape = { oneOf: ['<', '<=', '>', '>='] };

/** The shape of {@link Campaign}. */
export const CAMPAIGN_SHAPE: Readonly<Record<keyof Campaign, Shape>> = {
  id: 'string',
  name: 'string',
  issuer: 'string',
  planNumber: 'string',
  issueDate: { nullable: 'isoDate' },
  year: 'integer',
  theme: 'string',
  kind: { oneOf: ['regular', 'thematic'] },
  start: 'isoDate',
  end: 'isoDate',
  registrationDeadline: { nullable: 'isoDate' },
  phases: {
    arrayOf: {
      object: {
        name: 'string',
        start: 'isoDate',
        end: 'isoDate',
        milestones: { arrayOf: { object: { date: 'isoDate', label: 'string' } } },
      },
    },
  },
  scale: 'number',
  ruleSet: { nullable: 'string' },
  sampleData: 'boolean',
  place: { optional: 'string' },
  signerTitle: { optional: 'string' },
  signerName: { optional: 'string' },
  meetingDate: { optional: 'isoDate' },
  meetingTime: { optional: 'string' },
  meetingPlace: { optional: 'string' },
  ballotKind: { optional: 'string' },
  clusters: {
    arrayOf: {
      object: {
        code: 'string',
        name: 'string',
        head: { nullable: 'string' },
        deputy: { nullable: 'string' },
        scoringTable: { optional: 'string' },
      },
    },
  },
  units: {
    arrayOf: {
      object: { code: 'string', name: 'string', cluster: 'string', headcount: { nullable: 'number' } },
    },
  },
  titles: {
    arrayOf: {
      object: {
        code: 'string',
        name: 'string',
        subject: { oneOf: ['collective', 'individual'] },
        kind: { oneOf: ['title', 'form'] },
        prerequisites: {
          arrayOf: {
            byKind: {
              alsoHolds: { title: 'string' },
              memberShare: { title: 'string', minPercent: 'number' },
              memberCount: { title: 'string', min: 'integer' },
              pastRun: { title: 'string', times: 'integer', every: 'integer' },
              clusterLeader: { title: 'string', maxPercent: { nullable: 'number' } },
            },
          },
        },
        cap: {
          nullable: {
            object: { of: 'string', percent: 'number', rounding: { oneOf: ['floor', 'round', 'ceil'] } },
          },
        },
        counts: { arrayOf: 'string' },
      },
    },
  },
  criteria: {
    arrayOf: {
      object: {
        code: 'string',
        group: 'string',
        groupName: { optional: 'string' },
        text: 'string',
        max: 'number',
        kind: { oneOf: ['standard', 'bonus', 'deduction'] },
        parent: { optional: 'string' },
        method: { optional: { oneOf: ['typed', 'tiers', 'proportional'] } },
        measureUnit: { optional: 'string' },
        mayExceed: { optional: 'boolean' },
        table: { optional: 'string' },
      },
    },
  },
  tiers: {
    arrayOf: { object: { criterion: 'string', from: 'number', points: 'number', label: 'string' } },
  },
  scoringTables: { arrayOf: { object: { code: 'string', name: 'string', scale: 'number' } } },
  exclusions: {
    arrayOf: {
      object: {
        criterion: { nullable: 'string' },
        comparison: COMPARISON,
        value: 'number',
        reason: 'string',
      },
    },
  },
  registrations: {
    arrayOf: {
      object: {
        row: 'integer',
        unit: 'string',
        subject: { oneOf: ['collective', 'individual'] },
        person: 'string',
        position: 'string',
        title: 'string',
        date: { nullable: 'isoDate' },
        note: 'string',
        salutation: { optional: 'string' },
      },
    },
  },
  history: {
    optional: {
      arrayOf: {
        object: {
          row: 'integer',
          year: 'integer',
          subject: { oneOf: ['collective', 'individual'] },
          unit: 'string',
          person: 'string',
          birthDate: { nullable: 'isoDate' },
          title: 'string',
          decision: 'string',
          decisionDate: { nullable: 'isoDate' },
        },
      },
    },
  },
  scores: { arrayOf: SCORE_ROW },
  selfScores: { arrayOf: SCORE_ROW },
  tieBreaks: {
    arrayOf: {
      byKind: {
        group: { group: 'string', direction: DIRECTION, label: 'string' },
        criterion: { criterion: 'string', direction: DIRECTION, label: 'string' },
        bonus: { direction: DIRECTION, label: 'string' },
        deductions: { direction: DIRECTION, label: 'string' },
        input: { key: 'string', header: 'string', direction: DIRECTION, label: 'string' },
      },
    },
  },
  awardRules: {
    object: {
      flagsPerCluster: 'integer',
      flagTitle: 'string',
      flagMinScore: { nullable: 'number' },
      flagBand: { optional: 'string' },
      bands: {
        arrayOf: {
          object: {
            code: 'string',
            name: 'string',
            minScore: 'number',
            gates: { arrayOf: { object: { criterion: 'string', min: 'number' } } },
            proposal: 'string',
            need: { optional: 'integer' },
            tolerance: { optional: 'number' },
            quota: { optional: 'integer' },
          },
        },
      },
    },
  },
  settings: {
    object: {
      selfReviewGap: 'number',
      precision: 'integer',
      registrationCheck: { oneOf: ['required', 'optional', 'off'] },
      reviewMethod: { optional: { oneOf: ['mean', 'median', 'trimmed'] } },
      reviewSpread: { optional: 'number' },
    },
  },
  council: {
    optional: {
      arrayOf: { object: { row: 'integer', name: 'string', role: 'string', present: 'boolean' } },
    },
  },
  voteRules: {
    optional: {
      arrayOf: {
        object: {
          title: 'string',
          quorum: { nullable: 'number' },
          base: { oneOf: ['allMembers', 'present'] },
          threshold: 'number',
          source: 'string',
        },
      },
    },
  },
  votes: {
    optional: {
      arrayOf: {
        object: {
          row: 'integer',
          candidate: 'string',
          title: 'string',
          for: { nullable: 'number' },
          against: { nullable: 'number' },
          abstain: { nullable: 'number' },
        },
      },
    },
  },
  reviews: {
    optional: {
      arrayOf: {
        object: {
          row: 'integer',
          member: 'string',
          unit: 'string',
          criterion: 'string',
          score: { nullable: 'number' },
        },
      },
    },
  },
  recusals: {
    optional: {
      arrayOf: { object: { row: 'integer', member: 'string', unit: 'string', reason: 'string' } },
    },
  },
};

/**
 * The first place where a JSON value departs from a shape, worded in Vietnamese.
 * @param value - the parsed JSON value
 * @param shape - the shape it must have
 * @param path - where the value sits, for the message (`units[2].cluster`)
 * @returns the problem, or null when the value has the shape
 * @example
 * shapeProblem({ code: 1 }, { object: { code: 'string' } }, 'units[0]')
 * //=> 'units[0].code phải là chuỗi ký tự (đang là số 1)'
 */
export function shapeProblem(value: unknown, shape: Shape, path: string): string | null {
  if (typeof shape === 'string') return scalarProblem(value, shape, path);
  if ('nullable' in shape) return value === null ? null : shapeProblem(value, shape.nullable, path);
  if ('optional' in shape) return shapeProblem(value, shape.optional, path);
  if ('oneOf' in shape) {
    return typeof value === 'string' && shape.oneOf.includes(value)
      ? null
      : `${path} phải là một trong ${shape.oneOf.map((v) => `"${v}"`).join(', ')} (đang là ${describe(value)})`;
  }
  if ('arrayOf' in shape) {
    if (!Array.isArray(value)) return `${path} phải là một danh sách [...] (đang là ${describe(value)})`;
    for (let i = 0; i < value.length; i++) {
      const problem = shapeProblem(value[i] as unknown, shape.arrayOf, `${path}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (!isPlainObject(value)) return `${path} phải là một đối tượng {...} (đang là ${describe(value)})`;
  if ('recordOf' in shape) {
    for (const [key, item] of Object.entries(value)) {
      const problem = shapeProblem(item, shape.recordOf, `${path}["${key}"]`);
      if (problem !== null) return problem;
    }
    return null;
  }
  if ('byKind' in shape) {
    const kind = value.kind;
    const fields = typeof kind === 'string' ? shape.byKind[kind] : undefined;
    if (fields === undefined) {
      const kinds = Object.keys(shape.byKind).map((k) => `"${k}"`);
      return `${path}.kind phải là một trong ${kinds.join(', ')} (đang là ${describe(kind)})`;
    }
    return fieldsProblem(value, fields, path);
  }
  return fieldsProblem(value, shape.object, path);
}

function fieldsProblem(
  value: Record<string, unknown>,
  fields: Readonly<Record<string, Shape>>,
  path: string,
): string | null {
  for (const [key, shape] of Object.entries(fields)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!(key in value)) {
      if (typeof shape === 'object' && 'optional' in shape) continue;
      return `thiếu trường ${at}`;
    }
    const problem = shapeProblem(value[key], shape, at);
    if (problem !== null) return problem;
  }
  return null;
}

function scalarProblem(value: unknown, shape: Exclude<Shape, object>, path: string): string | null {
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? null : `${path} phải là chuỗi ký tự (đang là ${describe(value)})`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `${path} phải là số (đang là ${describe(value)})`;
    case 'integer':
      return Number.isInteger(value) ? null : `${path} phải là số nguyên (đang là ${describe(value)})`;
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : `${path} phải là true hoặc false (đang là ${describe(value)})`;
    case 'isoDate':
      return isIsoDate(value) ? null : `${path} phải là ngày dạng "yyyy-mm-dd" (đang là ${describe(value)})`;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'trống';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một danh sách';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 30 ? `${value.slice(0, 29)}…` : value;
      return `chuỗi "${shown}"`;
    }
    case 'number':
      return `số ${value}`;
    case 'boolean':
      return String(value);
    default:
      return 'một đối tượng';
  }
}
