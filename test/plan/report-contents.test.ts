/** The HTML report's contents link to every section it has, the business case included, and to none it lacks. */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const nav = (html: string) => /<nav aria-label="Contents">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
const links = (html: string) => [...nav(html).matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);

describe('the report contents', () => {
  it('link to the business case when the inventory gives money, and every link has its section', async () => {
    const r = await runInProcess(['report', 'examples/agency.yaml', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const targets = links(r.stdout);
    expect(targets).toContain('business-case');
    expect(targets.indexOf('business-case')).toBe(targets.indexOf('shortlist') + 1);
    for (const id of targets) expect(r.stdout, id).toContain(`<section id="${id}"`);
  });

  it('leave it out when there is no business case section', async () => {
    const r = await runInProcess(['report', 'examples/it-services.yaml', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('<section id="business-case"');
    expect(links(r.stdout)).not.toContain('business-case');
  });
});
