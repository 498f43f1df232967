import { render } from 'preact';
import { browser } from '../platform/browser';

function Popup() {
  return (
    <main>
      <h1>Preflight</h1>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
