/**
 * Article body styles, shared by the site (inlined once by the root layout) and the
 * mobile edition (inlined in every page, which ships no other stylesheet).
 */
export const BLOCKS_CSS = `
.article-body { font-size: 1.0625rem; line-height: 1.7; color: #1f2937; }
.article-body > * + * { margin-top: 1rem; }
.article-body h2 { font-size: 1.25rem; font-weight: 700; margin-top: 1.5rem; }
.article-body h3 { font-size: 1.125rem; font-weight: 700; margin-top: 1.25rem; }
.article-body a { color: #b91c1c; text-decoration: underline; }
.turn-question { color: #111827; }
.turn-answer .turn-label { color: #1e3a8a; }
.figure { margin: 1.5rem 0; }
.figure img { width: 100%; height: auto; display: block; background: #e5e7eb; }
.figure figcaption { font-size: 0.9375rem; line-height: 1.5; color: #4b5563; font-style: italic; text-align: center; padding: 0.5rem 0.25rem 0; }
.quote { border-left: 4px solid #b91c1c; padding: 0.25rem 0 0.25rem 1rem; font-style: italic; }
.quote footer { font-style: normal; font-size: 0.9375rem; color: #4b5563; margin-top: 0.25rem; }
.related-box { border-left: 3px solid #b91c1c; background: #f9fafb; padding: 0.75rem 1rem; }
.related-box-title { font-weight: 700; text-transform: uppercase; font-size: 0.875rem; color: #b91c1c; margin-bottom: 0.25rem; }
.related-box ul { list-style: disc; padding-left: 1.25rem; }
.related-box li { padding: 0.25rem 0; }
.related-box a { color: #1f2937; text-decoration: none; font-weight: 600; }
.related-box a:hover { text-decoration: underline; }
`;
