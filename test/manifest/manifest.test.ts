import { readFileSync, writeFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the validator is a plain Node script shared with npm run validate
const { validateManifest } = require('../../scripts/validate-manifest.js') as {
  validateManifest: (path: string) => { ok: boolean; output: string };
};

const manifestPath = join(__dirname, '..', '..', 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');

function variant(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-manifest-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('manifest.xml', () => {
  it('validates against the add-in manifest schema', () => {
    const result = validateManifest(manifestPath);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('rejects a manifest with an unknown permission', () => {
    const result = validateManifest(
      variant('bad-permission.xml', manifest.replace('ReadWriteDocument', 'Everything')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Permissions');
  });

  it('rejects a manifest that lost its required Id', () => {
    const result = validateManifest(variant('no-id.xml', manifest.replace(/<Id>[^<]*<\/Id>/, '')));
    expect(result.ok).toBe(false);
  });

  it('asks for ExcelApi 1.8 and offers Vietnamese and English names', () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
    expect(manifest).toContain('<DisplayName DefaultValue="Thi đua">');
    expect(manifest).toContain('Locale="en-US"');
    expect(manifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
  });

  it('points every icon at a PNG shipped in assets/', () => {
    const icons = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1] ?? '');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const png = readFileSync(join(__dirname, '..', '..', 'assets', icon));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)/.exec(icon)?.[1]);
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
});
