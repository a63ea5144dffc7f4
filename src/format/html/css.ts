// The page's one inline stylesheet, built from the colour schemes in palette.ts: light by
// default, dark under prefers-color-scheme, and a print stylesheet (one column, no navigation,
// highlights kept, every article on a new page).
import { DARK, LIGHT, type Scheme } from './palette.js';

function vars(s: Scheme): string {
  const out = [
    `--page:${s.page}`, `--text:${s.text}`, `--muted:${s.muted}`, `--link:${s.link}`, `--panel:${s.panel}`,
    `--unknown-bg:${s.unknown.bg}`, `--unknown-line:${s.unknown.line}`,
  ];
  s.speakers.forEach((t, i) => out.push(`--sp${i}-bg:${t.bg}`, `--sp${i}-line:${t.line}`));
  for (const [k, v] of Object.entries(s.badges)) out.push(`--b-${k}-bg:${v.bg}`, `--b-${k}-fg:${v.fg}`);
  for (const [k, v] of Object.entries(s.bars)) out.push(`--bar-${k}:${v}`);
  return out.join(';');
}

/** number of distinct speaker colours */
export const SPEAKER_COLOURS = LIGHT.speakers.length;

export function stylesheet(): string {
  const speakers = LIGHT.speakers
    .map((_, i) => `.sp${i}{--bg:var(--sp${i}-bg);--line:var(--sp${i}-line)}`)
    .join('\n');
  const badges = Object.keys(LIGHT.badges)
    .map((k) => `.badge.${k}{background:var(--b-${k}-bg);color:var(--b-${k}-fg)}`)
    .join('\n');
  const bars = Object.keys(LIGHT.bars).map((k) => `.bar-${k}{fill:var(--bar-${k})}`).join('\n');
  return `
:root{${vars(LIGHT)};color-scheme:light dark}
@media (prefers-color-scheme: dark){:root{${vars(DARK)}}}
@media print{:root{${vars(LIGHT)}}}
*{box-sizing:border-box}
html{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:var(--page);color:var(--text)}
body{margin:0}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--page);padding:.5rem 1rem;z-index:9}
.skip:focus{left:0}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
header.page,main,footer.page{max-width:78rem;margin:0 auto;padding:0 1.25rem}
header.page{padding-top:1.5rem}
header.page h1{margin:.2rem 0;font-size:1.8rem}
.muted,.meta{color:var(--muted)}
nav.toc ol{columns:2 22rem;padding-left:1.5rem}
h2{font-size:1.45rem;margin:2.2rem 0 .4rem}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{padding:.3rem .6rem;border-bottom:1px solid color-mix(in srgb,var(--muted) 35%,transparent);text-align:left;vertical-align:top}
.nowrap{white-space:nowrap}
th .muted,th details{font-weight:400}
details summary{cursor:pointer;color:var(--muted)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot th,tfoot td{font-weight:600;border-top:2px solid var(--muted)}
.table-wrap{overflow-x:auto}
figure{margin:1rem 0}
figure svg{max-width:100%;height:auto}
svg text{fill:var(--text);font:12px system-ui,sans-serif}
svg .axis{stroke:var(--muted)}
${bars}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;padding:0;margin:.3rem 0;list-style:none;font-size:.9rem}
.swatch{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em;border-radius:2px;border:2px solid var(--line,currentColor);background:var(--bg,currentColor)}
.swatch.bar-strong{background:var(--bar-strong);border-color:var(--bar-strong)}
.swatch.bar-moderate{background:var(--bar-moderate);border-color:var(--bar-moderate)}
.swatch.bar-weak{background:var(--bar-weak);border-color:var(--bar-weak)}
.swatch.bar-unattributed{background:var(--bar-unattributed);border-color:var(--bar-unattributed)}
article.doc{border-top:3px solid var(--text);margin-top:2.5rem}
.doc-body{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:2rem;align-items:start}
@media (max-width:60rem){.doc-body{grid-template-columns:minmax(0,1fr)}}
.text{max-width:46rem;font-size:1.05rem;line-height:1.9}
.text p{white-space:pre-line;margin:0 0 1rem}
aside.side{background:var(--panel);padding:.2rem 1rem 1rem;border-radius:6px;position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
${speakers}
.sp-unknown{--bg:var(--unknown-bg);--line:var(--unknown-line)}
mark.q{background:var(--bg);color:var(--text);border-bottom:3px solid var(--line);padding:.1em 0;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.q.sp-unknown{border-bottom-style:dashed}
mark.q mark.q{border-bottom-width:2px;padding:0;box-shadow:inset 0 -2px 0 var(--line)}
mark.q:hover,mark.q:focus{outline:2px solid var(--line);outline-offset:1px}
mark.q:focus-visible{outline:3px solid var(--link)}
.ev{text-decoration:underline dotted var(--muted) 1px;text-underline-offset:.3em}
.ev:target{outline:3px solid var(--b-denies-bg);outline-offset:3px;border-radius:2px}
.who{display:inline-block;font-size:.72rem;line-height:1.2;white-space:nowrap;margin:0 .25em;padding:.05em .35em;border-left:3px solid var(--line);background:var(--page);color:var(--text);vertical-align:.15em;border-radius:2px}
.who.sp-unknown{border-left-style:dashed}
.who .name{font-weight:600}
.badge{display:inline-block;font-size:.72rem;line-height:1.3;padding:.02em .4em;border-radius:.7em;font-weight:600;white-space:nowrap}
${badges}
.claims{padding-left:1.2rem}
.claims>li{margin-bottom:1rem}
.claim-text{font-weight:600;margin:.2rem 0}
dl.sides{margin:.2rem 0;display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;font-size:.9rem}
dl.sides dt{color:var(--muted)}
dl.sides dd{margin:0}
.speakers-list{list-style:none;padding:0;font-size:.9rem}
.speakers-list li{margin:.15rem 0}
td .speakers-list{margin:0}
.unlocated li{margin:.4rem 0}
.errors{border-left:4px solid var(--b-denies-bg);padding-left:1rem}
footer.page{margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
@media print{
  html{font-size:11pt;background:#fff;color:#000}
  .skip,nav.toc{display:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .doc-body{display:block}
  aside.side{position:static;max-height:none;overflow:visible;break-inside:avoid-page;margin-top:1rem}
  article.doc{break-before:page;border-top:none}
  h2,h3{break-after:avoid}
  .text p{orphans:3;widows:3}
  a{color:inherit;text-decoration:none}
  mark.q:focus,mark.q:hover{outline:none}
}
`.trim();
}
