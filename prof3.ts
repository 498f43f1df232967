import { sampleText } from './bench/support/sample-text';
import { normalizeText } from './src/core/text/normalize';
import { tokenize } from './src/core/text/analyze';
const text = sampleText(3000);
const n = normalizeText(text).norm;
const time = (f: () => unknown) => { for (let i=0;i<50;i++) f(); const s=performance.now(); for (let i=0;i<1000;i++) f(); return ((performance.now()-s)/1000*1000).toFixed(1)+'us'; };
const A = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const B = /[a-z0-9\u00c0-\uffff]+/g;
const WORDISH = /[\p{L}\p{N}]/u;
function manual(s: string) { const out: [number,number][] = []; let i = 0; const L = s.length;
  while (i < L) { let c = s.charCodeAt(i);
    const isW = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && WORDISH.test(s[i]!));
    if (!isW) { i++; continue; }
    const st = i; i++;
    while (i < L) { c = s.charCodeAt(i); if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && WORDISH.test(s[i]!))) i++; else if (c === 39 && i+1 < L) { const d = s.charCodeAt(i+1); if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) i++; else break; } else break; }
    out.push([st, i]); }
  return out; }
console.log('tokenize', time(() => tokenize(n)));
console.log('regexA', time(() => { A.lastIndex=0; let k=0; for (let m=A.exec(n); m; m=A.exec(n)) k++; return k; }));
console.log('regexB', time(() => { B.lastIndex=0; let k=0; for (let m=B.exec(n); m; m=B.exec(n)) k++; return k; }));
console.log('manual', time(() => manual(n)));
console.log('manual+slice', time(() => manual(n).map(([a,b]) => n.slice(a,b))));
console.log(tokenize(n).length, manual(n).length);
