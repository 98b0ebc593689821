// The console's stylesheet and its one small script, served from the gateway (no CDN, no inline code).

export const CONSOLE_CSS = `
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#f5f6f8;--card:#fff;--brand:#9f1d20;
  --ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--info:#0969da;--idle:#6e7781}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--info)}
header.top{display:flex;align-items:center;gap:1.2rem;flex-wrap:wrap;background:var(--brand);color:#fff;padding:.55rem 1.2rem}
header.top .brand{font-weight:700;font-size:1.05rem;color:#fff;text-decoration:none;margin-right:.5rem}
header.top nav{display:flex;gap:.2rem;flex-wrap:wrap;flex:1}
header.top nav a{color:#fff;text-decoration:none;padding:.3rem .6rem;border-radius:4px}
header.top nav a[aria-current=page],header.top nav a:hover{background:rgba(255,255,255,.18)}
header.top .who{display:flex;align-items:center;gap:.6rem;font-size:.9rem}
header.top .who a{color:#fff}
header.top .who button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.6);border-radius:4px;padding:.2rem .6rem;cursor:pointer;font:inherit}
main{max-width:1280px;margin:0 auto;padding:1rem 1.2rem 3rem}
h1{font-size:1.35rem;margin:.4rem 0 1rem}
h2{font-size:1.08rem;margin:1.6rem 0 .6rem}
.muted{color:var(--muted)}
.flash{padding:.6rem .9rem;border-radius:6px;margin:0 0 1rem;border:1px solid}
.flash.ok{background:#dafbe1;border-color:#aceebb}
.flash.bad{background:#ffebe9;border-color:#ffcecb}
.flash.info{background:#ddf4ff;border-color:#b6e3ff}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1rem}
.tile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;border-top:4px solid var(--idle)}
.tile.s-ok{border-top-color:var(--ok)}.tile.s-degraded{border-top-color:var(--warn)}
.tile.s-failing,.tile.s-circuit_open{border-top-color:var(--bad)}.tile.s-paused{border-top-color:var(--info)}
.tile h2{margin:0 0 .4rem;font-size:1.05rem;display:flex;justify-content:space-between;align-items:center;gap:.5rem}
.tile h2 a{text-decoration:none;color:var(--ink)}
.stats{display:grid;grid-template-columns:1fr auto;gap:.15rem .8rem;margin:.5rem 0}
.stats dt{color:var(--muted)}.stats dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.tile .chart,.detail .chart{width:100%;height:auto}
.detail{display:grid;grid-template-columns:minmax(260px,360px) 1fr;gap:1.5rem;align-items:start}
@media (max-width:800px){.detail{grid-template-columns:1fr}}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.8rem;font-weight:600;background:#eaeef2;color:var(--ink);white-space:nowrap}
.badge.s-ok,.badge.d-delivered,.badge.k-pass{background:#dafbe1;color:var(--ok)}
.badge.s-degraded,.badge.d-pending,.badge.d-parked{background:#fff8c5;color:var(--warn)}
.badge.s-failing,.badge.s-circuit_open,.badge.d-failed,.badge.k-fail{background:#ffebe9;color:var(--bad)}
.badge.s-paused,.badge.d-skipped{background:#ddf4ff;color:var(--info)}
.chart{display:block;max-width:100%;height:auto}
.chart .bar-bg{fill:#f0f2f4}.chart .bar-ok{fill:#2da44e}.chart .bar-fail{fill:#cf222e}
.chart .axis{fill:#57606a;font-size:9px}
.legend{font-size:.8rem;color:var(--muted);display:flex;gap:.8rem;align-items:center}
.legend i{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.25rem;vertical-align:-1px}
.legend .l-ok{background:#2da44e}.legend .l-fail{background:#cf222e}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);border-radius:6px}
th,td{padding:.35rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#f0f2f4;font-weight:600;font-size:.85rem}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;background:#f6f8fa}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
pre{background:#0d1117;color:#e6edf3;padding:.8rem;border-radius:6px;overflow:auto;max-height:32rem;font-size:.82rem}
form.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:flex-end;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.7rem;margin-bottom:1rem}
form.filters label,.actions label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted);gap:.15rem}
input,select,button{font:inherit}
input[type=text],input[type=password],input[type=datetime-local],input[type=month],select{padding:.3rem .45rem;border:1px solid var(--line);border-radius:4px;background:#fff;min-width:9rem}
button{padding:.35rem .9rem;border-radius:4px;border:1px solid var(--line);background:#f6f8fa;cursor:pointer}
button.primary{background:var(--brand);border-color:var(--brand);color:#fff}
button.danger{background:#fff;border-color:var(--bad);color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.8rem;align-items:flex-end;margin:.8rem 0;padding:.7rem;background:var(--card);border:1px solid var(--line);border-radius:6px}
.actions fieldset{border:0;padding:0;margin:0;display:flex;gap:.5rem;align-items:flex-end}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin-bottom:1rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.login{max-width:360px;margin:8vh auto;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1.4rem}
.login h1{margin-top:0}.login label{display:flex;flex-direction:column;gap:.2rem;margin-bottom:.8rem}
.login input{width:100%}.login button{width:100%}
.login .lang{text-align:right;font-size:.85rem;margin:0 0 .5rem}
.kpi td:first-child{white-space:nowrap}
.kpi td .pct{font-weight:600}.kpi td .of{color:var(--muted);font-size:.8rem;display:block}
.bar{display:block;margin-top:.15rem}.bar .track{fill:#eaeef2}.bar .fill{fill:#2da44e}.bar .fill.below{fill:#cf222e}.bar .goal{stroke:#1b1f24;stroke-width:1.5}
.scroll{overflow-x:auto}
.big{font-size:1.6rem;font-weight:700;margin:.2rem 0}
`;

/** Select-all checkboxes and a polite auto-refresh; the console works without it. */
export const CONSOLE_JS = `
(() => {
  'use strict';
  const boxes = (form) => Array.from(form.querySelectorAll('input[type=checkbox][name=ids]'));
  for (const all of document.querySelectorAll('input[data-select-all]')) {
    const form = all.form;
    if (!form) continue;
    all.addEventListener('change', () => {
      for (const box of boxes(form)) box.checked = all.checked;
    });
    form.addEventListener('change', (event) => {
      if (event.target === all) return;
      const list = boxes(form);
      const checked = list.filter((b) => b.checked).length;
      all.checked = list.length > 0 && checked === list.length;
      all.indeterminate = checked > 0 && checked < list.length;
    });
  }
  const seconds = Number(document.body.dataset.refresh || 0);
  if (seconds > 0) {
    let touched = 0;
    document.addEventListener('input', () => { touched = Date.now(); });
    setInterval(() => {
      const active = document.activeElement;
      const editing = active && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName);
      if (document.hidden || editing || Date.now() - touched < seconds * 1000) return;
      location.reload();
    }, seconds * 1000);
  }
})();
`;
