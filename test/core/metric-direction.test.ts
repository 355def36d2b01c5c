import { describe, expect, it } from 'vitest';
import { catalogueDirection, compileDirections, directionOf } from '../../src/core/metrics/direction.js';
import { loadInventory } from '../../src/core/inventory/load.js';
import { catalogueDirections, defaultMethod } from '../helpers/method.js';

describe('metric direction from the catalogue', () => {
  const directions = catalogueDirections();

  it('knows the catalogue names and their other spellings, whatever the case and hyphens', () => {
    expect(catalogueDirection('turnaround', directions)).toBe('lower');
    expect(catalogueDirection('Cost per unit', directions)).toBe('lower');
    expect(catalogueDirection('rework rate', directions)).toBe('lower');
    expect(catalogueDirection('on time delivery', directions)).toBe('higher');
    expect(catalogueDirection('First-Time-Right rate', directions)).toBe('higher');
    expect(catalogueDirection('response time', directions)).toBe('lower');
  });

  it('reads plain patterns, and refuses to guess an unknown name', () => {
    expect(catalogueDirection('cost per adaptation', directions)).toBe('lower');
    expect(catalogueDirection('fixes delivered on time', directions)).toBe('higher');
    expect(catalogueDirection('posts per week', directions)).toBeUndefined();
  });

  it('does not guess when patterns of both directions match', () => {
    const both = compileDirections({ metrics: {}, patterns: { lower: ['cost per *'], higher: ['* per month'] } });
    expect(catalogueDirection('cost per client per month', both)).toBeUndefined();
    expect(catalogueDirection('cost per client', both)).toBe('lower');
  });

  it('a metric that states its direction wins over the catalogue', () => {
    expect(directionOf({ name: 'turnaround', better: 'higher' }, directions)).toBe('higher');
  });
});

describe('an inventory metric the catalogue does not know must state its direction', () => {
  const method = { ...defaultMethod(), metricDirections: catalogueDirections() };
  const text = (metric: string) => `processes:\n  - id: a\n    name: A\n    metrics:\n      - ${metric}\n`;

  it('is refused with the line and column of its name', () => {
    const r = loadInventory(text('{ name: posts per week, unit: count, baseline: 35 }'), 'inv.yaml', method);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ file: 'inv.yaml', line: 5, column: 17 });
    expect(r.errors[0]!.message).toContain('add better: lower or better: higher');
  });

  it('loads once it states it, or when the catalogue knows the name', () => {
    expect(loadInventory(text('{ name: posts per week, unit: count, baseline: 35, better: higher }'), 'inv.yaml', method).ok).toBe(true);
    expect(loadInventory(text('{ name: turnaround, unit: hours, baseline: 35 }'), 'inv.yaml', method).ok).toBe(true);
  });

  it('a direction that is neither lower nor higher is a schema error', () => {
    const r = loadInventory(text('{ name: turnaround, unit: hours, better: up }'), 'inv.yaml', method);
    expect(r.ok).toBe(false);
  });
});
