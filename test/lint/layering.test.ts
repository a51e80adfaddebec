/**
 * The layering of DESIGN.md is enforced by lint, not by habit: each rule fails on a deliberate
 * violation written as if it stood in a file of the layer, and passes what the layer may import.
 */
import { execFileSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');

/** Lints every case in one ESLint run (type-aware linting is slow to start). */
function layeringErrors(cases: readonly (readonly [string, string, string])[]): string[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'lintTexts.mjs')], {
    cwd: root,
    input: JSON.stringify(cases.map(([, file, code]) => ({ file, code }))),
    encoding: 'utf8',
  });
  const results = JSON.parse(out) as { ruleId: string | null; message: string }[][];
  return results.map((messages) =>
    messages
      .filter(
        (m) =>
          m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-imports',
      )
      .map((m) => m.message),
  );
}

// Each case: an existing file of the layer (so the type-aware parser knows it), and an import it may not make.
const violations: [string, string, string][] = [
  [
    'the task pane is imported only by its entry and the workbench',
    'src/workflow/actions.ts',
    "import { Root } from '../taskpane/Root';\nexport const r = Root;\n",
  ],
  [
    'the command line does not import the task pane',
    'src/cli/main.ts',
    "import { Pane } from '../taskpane/Pane';\nexport const p = Pane;\n",
  ],
  [
    'the layout imports no host',
    'src/layout/buildPlan.ts',
    "import { createMemoryHost } from '../memory';\nexport const m = createMemoryHost;\n",
  ],
  [
    'the layout imports no workflow',
    'src/layout/buildPlan.ts',
    "import { readBook } from '../workflow';\nexport const r = readBook;\n",
  ],
  [
    'the Office.js host does not import the file host',
    'src/excel/excelHost.ts',
    "import { createFileHost } from '../xlsx/fileHost';\nexport const f = createFileHost;\n",
  ],
  [
    'the file host does not import the memory host',
    'src/xlsx/fileHost.ts',
    "import { createMemoryHost } from '../memory';\nexport const m = createMemoryHost;\n",
  ],
  [
    'the memory host does not import the Office.js host',
    'src/memory/memoryHost.ts',
    "import { createExcelHost } from '../excel';\nexport const e = createExcelHost;\n",
  ],
  [
    'the command line goes through the workflow, not the layout',
    'src/cli/initCommand.ts',
    "import { buildPlan } from '../layout/buildPlan';\nexport const b = buildPlan;\n",
  ],
  [
    'the command line does not rank by itself',
    'src/cli/rankCommand.ts',
    "import { rankCampaign } from '../domain/rank';\nexport const r = rankCampaign;\n",
  ],
  [
    'the ribbon does not validate by itself',
    'src/commands/checkWorkbook.ts',
    "import { validateAll } from '../domain/validate';\nexport const v = validateAll;\n",
  ],
  [
    'the task pane does not read tables by itself',
    'src/taskpane/Pane.tsx',
    "import { readCampaign } from '../domain/read';\nexport const r = readCampaign;\n",
  ],
  [
    'the task pane does not build plans',
    'src/taskpane/Pane.tsx',
    "import { buildPlan } from '../layout/buildPlan';\nexport const b = buildPlan;\n",
  ],
  [
    'the geometry imports no layout',
    'src/geometry/bounds.ts',
    "import type { TablePlan } from '../layout/plan';\nexport type T = TablePlan;\n",
  ],
  [
    'the geometry imports no host library',
    'src/geometry/bounds.ts',
    "import { Workbook } from '@cj-tech-master/excelts';\nexport const w = Workbook;\n",
  ],
  [
    'the domain imports no geometry',
    'src/domain/dates.ts',
    "import { rangeA1 } from '../geometry/bounds';\nexport const r = rangeA1;\n",
  ],
  [
    'the workflow does not import a host',
    'src/workflow/actions.ts',
    "import { createExcelHost } from '../excel';\nexport const e = createExcelHost;\n",
  ],
];

const allowed: [string, string, string][] = [
  [
    'the layout and the hosts build on the geometry, which builds on the domain',
    'src/xlsx/writeTable.ts',
    "import { bodyRows } from '../geometry/tableGeometry';\nimport { isoToSerial } from '../domain/dates';\nexport const g = [bodyRows, isoToSerial];\n",
  ],
  [
    'the geometry reads the domain',
    'src/geometry/bounds.ts',
    "import { parseA1 } from '../domain/workbook';\nexport const p = parseA1;\n",
  ],
  [
    'the command line uses the workflow and the file host',
    'src/cli/initCommand.ts',
    "import { setUpCampaign } from '../workflow';\nimport { createFileHost } from '../xlsx/fileHost';\nexport const s = [setUpCampaign, createFileHost];\n",
  ],
  [
    'a caller names the domain result types it shows',
    'src/cli/rankCommand.ts',
    "import type { ClusterRanking } from '../domain/rank';\nexport type R = ClusterRanking;\n",
  ],
  [
    'the workbench shows the task pane',
    'src/workbench/Workbench.tsx',
    "import { Root } from '../taskpane/Root';\nexport const r = Root;\n",
  ],
  [
    'the task pane entry creates the Office.js host',
    'src/taskpane/index.tsx',
    "import { createExcelHost } from '../excel';\nexport const e = createExcelHost;\n",
  ],
];

describe('lint enforces the layering', () => {
  let refused: string[][] = [];
  let passed: string[][] = [];
  beforeAll(() => {
    const all = layeringErrors([...violations, ...allowed]);
    refused = all.slice(0, violations.length);
    passed = all.slice(violations.length);
  }, 120_000);

  it.each(violations.map((v, i) => [v[0], i] as const))('refuses: %s', (_what, i) => {
    expect(refused[i]?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(allowed.map((v, i) => [v[0], i] as const))('allows: %s', (_what, i) => {
    expect(passed[i]).toEqual([]);
  });
});
