/** The report's only stylesheet, inline: no network, no external assets. Narrow screens scroll the matrix sideways. */
export const HTML_STYLE = `
:root { color-scheme: light; --pass: #d5f0da; --fail: #f7cfcb; --skip: #ececec; --known: #fbe7b5; --ink: #1d2327; --muted: #5f6b73; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafbfc; }
main { max-width: 1200px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.4rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; border-bottom: 1px solid #dde2e6; padding-bottom: 4px; }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 4px; font-weight: 700; color: #fff; }
.verdict.PASSED { background: #1e7b34; } .verdict.FAILED, .verdict.ERROR { background: #b3261e; } .verdict.INCOMPLETE, .verdict.NOT-TESTED { background: #9a6700; }
.summary { color: var(--muted); margin: 6px 0 0; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid #dde2e6; border-radius: 4px; background: #fff; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { padding: 4px 8px; border-bottom: 1px solid #eef0f2; text-align: left; white-space: nowrap; }
thead th { background: #f3f5f7; position: sticky; top: 0; }
.matrix th[scope=row] { position: sticky; left: 0; background: #fff; z-index: 1; }
.matrix thead th.check { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; padding: 6px 4px; }
.matrix thead th:first-child { vertical-align: bottom; }
.matrix th .spec { display: block; font-weight: 400; font-size: 0.75rem; color: var(--muted); }
.matrix td { text-align: center; font-weight: 600; }
td.passed { background: var(--pass); color: #14532d; } td.failed { background: var(--fail); color: #7f1d1d; }
td.skipped { background: var(--skip); color: var(--muted); } td.known { background: var(--known); color: #6b4e00; } td.na { color: #b8c0c6; }
td.failed a, td.known a { color: inherit; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 6px; border-radius: 3px; }
.failure { overflow-wrap: anywhere; background: #fff; border: 1px solid #dde2e6; border-left: 4px solid #b3261e; border-radius: 4px; padding: 8px 12px; margin: 12px 0; }
.failure.known { border-left-color: #d4a72c; }
.failure h3 { font-size: 1rem; margin: 0 0 4px; overflow-wrap: anywhere; }
.failure .message { margin: 4px 0; overflow-wrap: anywhere; }
pre { background: #f3f5f7; padding: 8px; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8rem; margin: 4px 0; max-height: 24em; overflow-y: auto; }
dl.settings { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.settings dt { color: var(--muted); } dl.settings dd { margin: 0; overflow-wrap: anywhere; }
.error { background: var(--fail); padding: 8px 12px; border-radius: 4px; }
.only-failing tr.clean { display: none; }
@media (max-width: 600px) { main { padding: 10px; } body { font-size: 14px; }
  .matrix th[scope=row] { white-space: normal; overflow-wrap: break-word; min-width: 7em; max-width: 40vw; } dl.settings { grid-template-columns: 1fr; } dl.settings dd { margin-bottom: 6px; } }
`;
