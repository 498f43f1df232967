/** Styles inside Preflight's shadow roots. Colours meet WCAG AA on both themes. */

const THEME = `
:host { color-scheme: light; --bg: #ffffff; --fg: #0f1419; --muted: #536471; --border: #cfd9de;
  --info: #1d6fb8; --warn: #a35200; --block: #c81e1e; --accent: #0f1419; --accent-fg: #ffffff; }
:host([data-theme='dark']) { color-scheme: dark; --bg: #16181c; --fg: #e7e9ea; --muted: #a8b3bd; --border: #3e4144;
  --info: #6cb6ff; --warn: #ffb45e; --block: #ff7b7b; --accent: #eff3f4; --accent-fg: #0f1419; }
* { box-sizing: border-box; }
.box { font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--border); border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 8px 12px; border-top: 1px solid var(--border); }
li:first-child { border-top: 0; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; margin-right: 6px; }
[data-severity='info'] .sev { color: var(--info); }
[data-severity='warn'] .sev { color: var(--warn); }
[data-severity='block'] .sev { color: var(--block); }
.msg { margin: 2px 0; }
.suggestion { margin: 4px 0 0; color: var(--muted); }
button { font: inherit; cursor: pointer; border-radius: 999px; padding: 4px 12px; border: 1px solid var(--border);
  background: transparent; color: var(--fg); }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 700; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
a { color: var(--info); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export const PANEL_CSS = `${THEME}
.panel { max-height: 40vh; overflow: auto; }
.head { display: flex; justify-content: space-between; align-items: center; padding: 6px 12px; font-weight: 700; }
.fix { margin-top: 6px; }
`;

export const DIALOG_CSS = `${THEME}
dialog { padding: 0; max-width: min(520px, 92vw); border: 0; background: transparent; }
dialog::backdrop { background: rgba(0,0,0,.45); }
.dlg { padding: 16px; }
h2 { margin: 0 0 8px; font-size: 18px; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.note { color: var(--muted); margin: 8px 0 0; }
`;

export const NOTICE_CSS = `${THEME}
.notice { padding: 10px 14px; max-width: 420px; }
`;
