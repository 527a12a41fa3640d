// The pure checker core: text in, findings and edits out. No vscode, LSP or fs imports here.
export * from './types';
export * from './draft';
export * from './line-index';
export * from './search';
export { isAbbreviation, isPrefixAbbreviation, isTrailingAbbreviation } from './sentences';
export { isLineSpaceCode, isSpaceCode } from './tokenize-chars';
export * from './engine';
export * from './messages';
export * from './docs';
export * from './directives';
export * from './suppressions';
export * from './stacking';
export * from './page-junk';
