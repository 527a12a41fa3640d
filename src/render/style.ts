// The article's stylesheet, shared by the preview panel (written to media/preview/dist/article.css by
// esbuild.js) and the HTML report (inlined). Colours come from the VS Code theme when there is one
// (`var(--vscode-…)`), with light defaults for the report in a plain browser.

export const ARTICLE_CSS = `
.rk-article, .rk-vars {
  --rk-fg: var(--vscode-editor-foreground, #1f2328);
  --rk-bg: var(--vscode-editor-background, #ffffff);
  --rk-muted: var(--vscode-descriptionForeground, #59636e);
  --rk-focus: var(--vscode-focusBorder, #0969da);
  --rk-artifact: var(--vscode-charts-purple, #8250df);
  --rk-quote: var(--vscode-charts-blue, #0969da);
  --rk-name: var(--vscode-charts-green, #1a7f37);
  --rk-spelling: var(--vscode-charts-red, #cf222e);
  --rk-usage: var(--vscode-charts-orange, #bc4c00);
  --rk-typography: var(--vscode-charts-yellow, #9a6700);
  --rk-structure: var(--vscode-charts-foreground, #59636e);
}
.rk-article {
  color: var(--rk-fg);
  font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif;
  font-size: 1.05rem;
  line-height: 1.65;
  max-width: 42em;
  margin: 0 auto;
  padding: 0 1rem 4rem;
}
.rk-block { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 0.9em; content-visibility: auto; contain-intrinsic-size: auto 3em; }
.rk-headline { font-size: 1.7em; line-height: 1.25; margin: 0.6em 0 0.7em; font-weight: 700; }
.rk-heading { font-size: 1.3em; line-height: 1.3; margin: 1em 0 0.5em; }
.rk-quote { margin-left: 0; padding-left: 1em; border-left: 3px solid var(--rk-quote); font-style: italic; }
.rk-dateline { font-weight: 700; letter-spacing: 0.02em; }
mark.rk-hl {
  --rk-c: var(--rk-structure);
  color: inherit;
  background: transparent;
  text-decoration: underline wavy var(--rk-c);
  text-decoration-skip-ink: none;
  text-underline-offset: 0.2em;
  border-radius: 2px;
  cursor: pointer;
}
mark.rk-multi { text-decoration-style: double; }
mark.rk-cat-artifact { --rk-c: var(--rk-artifact); }
mark.rk-cat-quote { --rk-c: var(--rk-quote); }
mark.rk-cat-name { --rk-c: var(--rk-name); }
mark.rk-cat-spelling { --rk-c: var(--rk-spelling); }
mark.rk-cat-usage { --rk-c: var(--rk-usage); }
mark.rk-cat-typography { --rk-c: var(--rk-typography); }
mark.rk-cat-structure { --rk-c: var(--rk-structure); }
mark.rk-artifact { text-decoration: line-through 2px var(--rk-c); color: var(--rk-muted); }
mark.rk-point::before { content: '\\2038'; color: var(--rk-c); font-weight: 700; }
mark.rk-hl:focus, mark.rk-hl.rk-current { outline: 2px solid var(--rk-focus); outline-offset: 1px; }
.rk-hide-artifacts .rk-artifact, .rk-hide-artifacts .rk-artifact-block { display: none; }
.rk-legend { display: flex; flex-wrap: wrap; gap: 0.4em 1em; font-family: system-ui, sans-serif; font-size: 0.85rem; }
.rk-swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.3em; vertical-align: -0.05em; background: var(--rk-c); }
.rk-swatch.rk-cat-artifact { --rk-c: var(--rk-artifact); }
.rk-swatch.rk-cat-quote { --rk-c: var(--rk-quote); }
.rk-swatch.rk-cat-name { --rk-c: var(--rk-name); }
.rk-swatch.rk-cat-spelling { --rk-c: var(--rk-spelling); }
.rk-swatch.rk-cat-usage { --rk-c: var(--rk-usage); }
.rk-swatch.rk-cat-typography { --rk-c: var(--rk-typography); }
.rk-swatch.rk-cat-structure { --rk-c: var(--rk-structure); }
.rk-diff { white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.9rem; line-height: 1.5; }
.rk-del { text-decoration: line-through; background: var(--vscode-diffEditor-removedTextBackground, #ffebe9); color: inherit; }
.rk-ins { text-decoration: underline; background: var(--vscode-diffEditor-insertedTextBackground, #dafbe1); color: inherit; }
.rk-fold { color: var(--rk-muted); padding: 0 0.5em; }
.rk-eol { color: var(--rk-muted); }
body.vscode-high-contrast mark.rk-hl, body.vscode-high-contrast-light mark.rk-hl { outline: 1px dashed var(--vscode-contrastBorder, currentColor); }
@media (forced-colors: active) { mark.rk-hl { outline: 1px dashed CanvasText; } }
`;
