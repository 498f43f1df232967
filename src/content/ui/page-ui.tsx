/**
 * Everything Preflight shows on the page: the inline panel, the submit and acknowledgement
 * dialogs, and short notices. Preact renders into our own open shadow roots; nothing here
 * touches the site's DOM beyond appending our hosts.
 */
import { render } from 'preact';
import type { Finding } from '../../core/types';
import { AcknowledgeDialog, type Choice, SubmitDialog } from './dialog';
import { ensureHost, type Host, mountPoint, pageIsDark, removeHost } from './host';
import { Panel } from './panel';
import { DIALOG_CSS, NOTICE_CSS, PANEL_CSS } from './styles';

const GAP = 6;
const NOTICE_MS = 8_000;

export class PageUi {
  private panel: Host | null = null;
  private anchor: HTMLElement | null = null;
  private dialogOpen = false;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  get hasDialog(): boolean {
    return this.dialogOpen;
  }

  /** Is this event inside one of our own hosts? */
  owns(event: Event): boolean {
    return event
      .composedPath()
      .some((t) => t instanceof HTMLElement && t.dataset.preflight !== undefined && t.localName === 'preflight-ui');
  }

  showPanel(
    anchor: HTMLElement,
    findings: Finding[],
    onFix: (f: Finding) => void,
    onOpenLink?: (url: string) => void,
  ): void {
    this.anchor = anchor;
    const host = ensureHost(this.doc, 'panel', anchor, PANEL_CSS);
    this.panel = host;
    this.theme(host);
    render(<Panel findings={findings} onFix={onFix} {...(onOpenLink && { onOpenLink })} />, mountPoint(host));
    host.host.style.display = findings.length > 0 ? 'block' : 'none';
    this.reposition();
  }

  hidePanel(): void {
    this.anchor = null;
    if (this.panel) {
      render(null, mountPoint(this.panel));
      this.panel.host.remove();
      this.panel = null;
    }
  }

  /** Below the composer (its buttons stay visible), or above it when there is no room below. */
  reposition(): void {
    const host = this.panel?.host;
    const anchor = this.anchor;
    if (!host || !anchor) return;
    if (!anchor.isConnected) {
      this.hidePanel();
      return;
    }
    const box = anchor.getBoundingClientRect();
    const view = this.doc.defaultView;
    const height = host.getBoundingClientRect().height;
    const below = box.bottom + GAP;
    const fitsBelow = !view || below + height <= view.innerHeight || box.top - GAP - height < 0;
    host.style.top = `${Math.round(fitsBelow ? below : box.top - GAP - height)}px`;
    host.style.left = `${Math.round(box.left)}px`;
    host.style.width = `${Math.round(Math.max(240, box.width))}px`;
  }

  private theme(host: Host): void {
    host.host.dataset.theme = pageIsDark(this.doc) ? 'dark' : 'light';
  }

  private modal<T>(anchor: HTMLElement | null, view: (done: (value: T) => void) => preact.JSX.Element): Promise<T> {
    const host = ensureHost(this.doc, 'dialog', anchor, DIALOG_CSS);
    this.theme(host);
    this.dialogOpen = true;
    return new Promise<T>((resolve) => {
      const done = (value: T) => {
        render(null, mountPoint(host));
        removeHost(this.doc, 'dialog');
        this.dialogOpen = false;
        resolve(value);
      };
      render(view(done), mountPoint(host));
    });
  }

  ask(findings: Finding[], blocked: boolean, anchor: HTMLElement | null, note?: string): Promise<Choice> {
    return this.modal<Choice>(anchor, (done) => (
      <SubmitDialog findings={findings} blocked={blocked} {...(note ? { note } : {})} onChoice={done} />
    ));
  }

  askAcknowledge(policyUrl: string, anchor: HTMLElement | null): Promise<boolean> {
    return this.modal<boolean>(anchor, (done) => <AcknowledgeDialog policyUrl={policyUrl} onChoice={done} />);
  }

  /** A short visible message (role=status), e.g. "posted without a check". */
  notice(text: string, anchor: HTMLElement | null): void {
    const host = ensureHost(this.doc, 'notice', anchor, NOTICE_CSS);
    this.theme(host);
    host.host.style.top = 'auto';
    host.host.style.bottom = '16px';
    host.host.style.left = '16px';
    render(
      <div class="box notice" role="status">
        {text}
      </div>,
      mountPoint(host),
    );
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => removeHost(this.doc, 'notice'), NOTICE_MS);
  }

  destroy(): void {
    clearTimeout(this.noticeTimer);
    this.hidePanel();
    for (const kind of ['dialog', 'notice'] as const) removeHost(this.doc, kind);
    this.dialogOpen = false;
  }
}
