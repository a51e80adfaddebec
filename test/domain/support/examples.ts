// Runs the @example of every exported function of a domain folder, and type-checks it, so the
// documentation cannot drift. `//=> value` after a statement asserts that the statement's value equals `value`.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { campaignWith, cluster, criterion, score, unit } from '../rank/rankBuilders';

interface Example {
  file: string;
  fn: string;
  code: string;
}

function examplesOf(sourceDir: string, file: string): { examples: Example[]; undocumented: string[] } {
  const text = fs.readFileSync(path.join(sourceDir, file), 'utf8');
  const examples: Example[] = [];
  const undocumented: string[] = [];
  const exported = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export function (\w+)/g;
  for (const match of text.matchAll(exported)) {
    const [, doc = '', fn = ''] = match;
    const block = /@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/.exec(doc);
    const hasParts = doc.includes('@param') && doc.includes('@returns');
    if (block?.[1] === undefined || !hasParts) {
      undocumented.push(`${file}: ${fn}`);
      continue;
    }
    const code = block[1]
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    examples.push({ file, fn, code });
  }
  return { examples, undocumented };
}

/** Turns `expr; //=> v` (same line, or `//=>` on the next line) into `expect(expr).toEqual(v);`. */
function withAssertions(code: string): string {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    const inline = /^(.*?);\s*\/\/=> (.*)$/.exec(line);
    const below = /^\/\/=> (.*)$/.exec(line);
    if (inline?.[1] !== undefined && inline[2] !== undefined) {
      out.push(`expect(${inline[1]}).toEqual(${inline[2]});`);
    } else if (below?.[1] !== undefined) {
      // The statement asserted on starts at the last line without indentation.
      let start = out.length - 1;
      while (start > 0 && /^[\s})\]]/.test(out[start] ?? '')) start -= 1;
      const statement = out.splice(start).join('\n').replace(/;\s*$/, '');
      out.push(`expect(${statement}).toEqual(${below[1]});`);
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** A campaign for examples to spread: one cluster of three scored units, so `summarise(campaign)` has content. */
const campaign = campaignWith({
  clusters: [cluster('C1', 'Cụm 1')],
  units: [unit('U1', 'C1'), unit('U2', 'C1'), unit('U3', 'C1')],
  criteria: [criterion('P', 'I')],
  scores: [score('U1', { P: 80 }), score('U2', { P: 90 })],
});

/**
 * Declares the tests of a folder's examples.
 * @param folder - the folder under src/domain (`rank`, `scoring`)
 * @param api - the folder's index module: every name it exports is in scope of the examples
 * @param least - how many examples the folder has at least (a folder of one function has one)
 */
export function describeExamples(folder: string, api: Record<string, unknown>, least = 11): void {
  const sourceDir = path.resolve(__dirname, '../../../src/domain', folder);
  const files = fs.readdirSync(sourceDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const all = files.map((file) => examplesOf(sourceDir, file));
  const examples = all.flatMap((f) => f.examples);
  describe(`documentation examples of domain/${folder}`, () => {
    it('document every exported function with @param, @returns and an @example', () => {
      expect(all.flatMap((f) => f.undocumented)).toEqual([]);
      expect(examples.length).toBeGreaterThanOrEqual(least);
    });

    it.each(examples.map((e) => [`${e.file} › ${e.fn}`, e] as const))(
      'runs the example of %s',
      (_name, example) => {
        const js = ts.transpileModule(withAssertions(example.code), {
          compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS },
        }).outputText;
        const names = Object.keys(api);
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running documented code is the point of this test
        const run = new Function('campaign', 'expect', ...names, js) as (...args: unknown[]) => void;
        run(campaign, expect, ...names.map((n) => api[n]));
      },
    );

    it('type-checks every example against the real signatures', () => {
      const virtualDir = path.join(__dirname, '..', folder, '__examples__');
      const header = [
        "import type { Campaign, Registration, ScoreRow, Title } from '../../../../src/domain/model';",
        `import { ${Object.keys(api).join(', ')} } from '../../../../src/domain/${folder}';`,
        'declare const campaign: Campaign;',
      ].join('\n');
      const virtual = new Map(
        examples.map((e, i) => [
          path.join(virtualDir, `example${i}.ts`),
          `${header}\nexport {};\n// ${e.file} › ${e.fn}\n${withAssertions(e.code)}\n`,
        ]),
      );
      const config = ts.getParsedCommandLineOfConfigFile(
        path.resolve(__dirname, '../../../tsconfig.json'),
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: () => undefined,
        },
      );
      const options = { ...(config?.options ?? {}), noUnusedLocals: false, noEmit: true };
      const host = ts.createCompilerHost(options);
      const { getSourceFile, fileExists, readFile } = host;
      host.fileExists = (f) => virtual.has(f) || fileExists(f);
      host.readFile = (f) => virtual.get(f) ?? readFile(f);
      host.getSourceFile = (f, lang, ...rest) => {
        const text = virtual.get(f);
        return text === undefined ? getSourceFile(f, lang, ...rest) : ts.createSourceFile(f, text, lang);
      };
      const program = ts.createProgram([...virtual.keys()], options, host);
      const messages = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file !== undefined && virtual.has(d.file.fileName))
        .map(
          (d) =>
            `${d.file?.text.split('\n')[4] ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
        );
      expect(messages).toEqual([]);
    }, 60_000);
  });
}
