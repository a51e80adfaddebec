/**
 * Printing a workbook to PDF with headless LibreOffice: the sheets' page setup and print areas apply.
 *
 * LibreOffice keeps the cached results of an .xlsx unless told otherwise, and a workbook written by the
 * command line carries formulas without results; a profile of our own sets `OOXMLRecalcMode` to 0
 * ("always recalculate") so every figure on paper is computed. The profile lives in a temporary folder,
 * so the officer's own LibreOffice settings are neither read nor changed.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
`;

/** How long one conversion may take: a first start of LibreOffice builds its profile. */
const CONVERT_TIMEOUT_MS = 180_000;

/**
 * The LibreOffice executable on a search path (`soffice`, or `libreoffice` as some distributions name
 * it), or null when none is installed.
 * @param searchPath - a PATH value
 * @returns the executable's path, or null
 * @example
 * await findSoffice(process.env.PATH) // '/usr/bin/soffice'
 */
export async function findSoffice(searchPath: string | undefined): Promise<string | null> {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const folder of (searchPath ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    for (const name of names) {
      const candidate = path.join(folder, name);
      try {
        await fs.access(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

/**
 * Makes a LibreOffice user profile that recalculates .xlsx formulas on load and formats numbers as a
 * Vietnamese reader writes them (vi-VN: 94,25, not 94.25), whatever the machine's own locale: the
 * papers printed are the council's. Formulas in the file are not affected (they are stored in one form).
 * @param folder - an empty folder of ours
 * @returns the folder
 * @example
 * await makeRecalculatingProfile('/tmp/thidua-print/profile')
 */
export async function makeRecalculatingProfile(folder: string): Promise<string> {
  await fs.mkdir(path.join(folder, 'user'), { recursive: true });
  await fs.writeFile(path.join(folder, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  return folder;
}

/**
 * Converts a workbook to PDF with LibreOffice, after recalculating it, in a temporary folder.
 * @param soffice - the executable
 * @param workbook - the .xlsx file
 * @returns the PDF's bytes
 * @throws an Error with LibreOffice's own words when it fails or writes nothing
 * @example
 * const pdf = await workbookToPdf('/usr/bin/soffice', 'so-thi-dua.xlsx');
 */
export async function workbookToPdf(soffice: string, workbook: string): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-print-'));
  try {
    const profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
    const outDir = path.join(dir, 'out');
    await fs.mkdir(outDir);
    const stderr = await new Promise<string>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          workbook,
        ],
        { timeout: CONVERT_TIMEOUT_MS },
        (error, _stdout, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(err)),
      );
    });
    const written = (await fs.readdir(outDir)).find((name) => name.toLowerCase().endsWith('.pdf'));
    if (written === undefined) throw new Error(`LibreOffice wrote no PDF. ${stderr.trim()}`);
    return await fs.readFile(path.join(outDir, written));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
