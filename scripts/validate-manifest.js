#!/usr/bin/env node
// Validates an add-in manifest offline with xmllint against the XSD schemas of the manifest (the online
// validator posts the manifest to a web service and fails without a network).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const schemaDir = path.resolve(
  process.env.THIDUA_MANIFEST_SCHEMA || path.join(__dirname, '..', '..', 'shared', 'manifest-schema'),
);

/**
 * Runs xmllint and returns { ok, output }.
 * @param {string} manifestPath
 */
function validateManifest(manifestPath) {
  const schema = path.join(schemaDir, 'OfficeAppManifestV1_1.xsd');
  if (!fs.existsSync(schema)) {
    return {
      ok: false,
      output: `Không thấy lược đồ manifest ${schema}. Đặt biến THIDUA_MANIFEST_SCHEMA trỏ tới thư mục manifest-schema.`,
    };
  }
  const absolute = path.resolve(manifestPath);
  // xmllint resolves the schema's includes relative to its working directory.
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, absolute], {
    cwd: schemaDir,
    encoding: 'utf8',
  });
  if (run.error) {
    return {
      ok: false,
      output: `Không chạy được xmllint (${run.error.message}). Cài đặt: sudo apt-get install -y libxml2-utils`,
    };
  }
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

module.exports = { validateManifest };

if (require.main === module) {
  const target = process.argv[2] || 'manifest.xml';
  const result = validateManifest(target);
  console.log(result.output);
  process.exit(result.ok ? 0 : 1);
}
