// Builds the task pane and the ribbon commands for the add-in; in development (and with --env workbench)
// also the browser workbench, which carries HyperFormula and must never ship in the add-in.
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { optimize } = require('webpack');
const pkg = require('./package.json');

const DEV_ORIGIN = 'https://localhost:3000';
const PORT = Number(process.env.THIDUA_PORT || pkg.config.dev_server_port || 3000);

/** The production origin the manifest points to: THIDUA_URL, else package.json config.production_url. */
function productionUrl() {
  const url = process.env.THIDUA_URL || pkg.config.production_url;
  return url.replace(/\/+$/, '');
}

/** The task pane loads nothing from third parties but Microsoft's office.js. */
function contentSecurityPolicy(dev) {
  const officeOrigins = 'https://appsforoffice.microsoft.com';
  return [
    "default-src 'self'",
    `script-src 'self' ${officeOrigins}`,
    // Fluent UI injects its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ` ws://localhost:${PORT} wss://localhost:${PORT}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** HTTPS with the Office dev certificates where they are installed; plain HTTP otherwise (Linux, CI). */
async function serverOptions() {
  if (process.env.THIDUA_HTTP === '1') return { type: 'http' };
  try {
    const devCerts = require('office-addin-dev-certs');
    const verified = await Promise.race([
      devCerts.verifyCertificates ? Promise.resolve(devCerts.verifyCertificates()) : Promise.resolve(false),
      new Promise((resolve) => setTimeout(() => resolve(false), 3000)),
    ]);
    if (!verified) return { type: 'http' };
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`Không dùng được chứng chỉ HTTPS phát triển (${error.message}); máy chủ chạy HTTP.`);
    return { type: 'http' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const withWorkbench = dev || Boolean(env.workbench);
  const server = argv.$0 || process.env.WEBPACK_SERVE ? await serverOptions() : { type: 'http' };

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    notice: './src/commands/noticePage.ts',
  };
  if (withWorkbench) entry.workbench = './src/workbench/index.tsx';

  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      templateParameters: { csp: contentSecurityPolicy(dev) },
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
      templateParameters: { csp: contentSecurityPolicy(dev) },
    }),
    new HtmlWebpackPlugin({
      filename: 'notice.html',
      template: './src/commands/notice.html',
      chunks: ['notice'],
      templateParameters: { csp: contentSecurityPolicy(dev) },
    }),
    new HtmlWebpackPlugin({
      filename: 'help.html',
      template: './src/taskpane/help.html',
      chunks: [],
      templateParameters: { csp: contentSecurityPolicy(dev) },
    }),
  ];
  if (withWorkbench) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'workbench.html',
        template: './src/workbench/workbench.html',
        chunks: ['workbench'],
      }),
    );
  }

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform(content) {
        return dev ? content : content.toString().split(DEV_ORIGIN).join(productionUrl());
      },
    },
  ];
  if (withWorkbench) {
    // A local office.js lets the workbench load outside Office with no network; marked minimized so
    // terser leaves these large files alone.
    for (const file of ['office.js', 'o15apptofilemappingtable.js']) {
      copies.push({
        from: `node_modules/@microsoft/office-js/dist/${file}`,
        to: `vendor/office-js/${file}`,
        info: { minimized: true },
      });
    }
  }

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: path.resolve(process.env.THIDUA_OUT || path.join(__dirname, 'dist')),
      filename: '[name].js',
      // The pane's steps and its workbook code are chunks of their own, fetched when needed; a new
      // build must not be mixed with a cached chunk of the last one.
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The workbench saves .xlsx files with the command line's own writer (src/xlsx): its Node imports
      // are never called there (the file system is not used). The add-in imports none of them.
      ...(withWorkbench ? { fallback: { fs: false, path: false } } : {}),
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: 'esnext', sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      // THIDUA_ONE_CHUNK=1: every entry as one file, as before the pane was split; the bench's baseline.
      ...(process.env.THIDUA_ONE_CHUNK === '1' ? [new optimize.LimitChunkCountPlugin({ maxChunks: 1 })] : []),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The spreadsheet library, fetched only when the pane reads an earlier year's workbook (or the
          // workbench exports one): named, so the benchmark can tell it from what the first screen needs.
          xlsxLibrary: {
            test: /[\\/]node_modules[\\/]@cj-tech-master[\\/]/,
            name: 'xlsx-library',
            chunks: 'async',
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: PORT,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
