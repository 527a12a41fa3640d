// The report formats. Each formatter module is required when its format is used, not at start-up, so
// `redaksi check` evaluates only the one it prints (issue 11: load only what `check` needs).
import type { FormatName } from '../args';
import type { Formatter } from './types';

export type { FormatContext, Formatter } from './types';

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: (ctx) => (require('./stylish') as typeof import('./stylish')).formatStylish(ctx),
  json: (ctx) => (require('./json') as typeof import('./json')).formatJson(ctx),
  sarif: (ctx) => (require('./sarif') as typeof import('./sarif')).formatSarif(ctx),
  github: (ctx) => (require('./github') as typeof import('./github')).formatGithub(ctx),
  junit: (ctx) => (require('./junit') as typeof import('./junit')).formatJunit(ctx),
  html: (ctx) => (require('./html') as typeof import('./html')).formatHtml(ctx),
};
