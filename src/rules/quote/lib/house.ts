// The house quote style (`houseStyle.quoteStyle` in .redaksi.json): straight by default.
import type { RuleContext } from '../../../core/types';

export type HouseQuoteStyle = 'straight' | 'curly';

export function houseQuoteStyle(ctx: RuleContext<unknown>): HouseQuoteStyle {
  return ctx.env.config.houseStyle?.quoteStyle === 'curly' ? 'curly' : 'straight';
}
