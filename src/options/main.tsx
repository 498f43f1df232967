import { render } from 'preact';
import { RULES } from '../core/rules';

function Options() {
  return (
    <main>
      <h1>Preflight settings</h1>
      {RULES.map((rule) => (
        <section key={rule.id} data-rule={rule.id}>
          <h2>{rule.meta.title}</h2>
          <p>{rule.meta.description}</p>
        </section>
      ))}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
