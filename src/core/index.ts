// The pure checker core: text in, findings and edits out. No vscode, LSP or fs imports here.
export * from './types';
export * from './draft';
export * from './line-index';
export * from './engine';
export * from './messages';
export * from './docs';
export * from './directives';
export * from './suppressions';
