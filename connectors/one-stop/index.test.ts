// The sandbox wiring the lead uses: a simulator on a socket and settings a connector accepts as they are.
import { describe, expect, it } from 'vitest';
import { definition, sandbox } from './index.ts';

describe('one-stop sandbox', () => {
  it('should start a simulator whose settings instantiate a connector that passes check()', async () => {
    const sim = await sandbox.startSimulator({ seed: 3 });
    const made = definition.instantiate(sandbox.settings(sim.url));
    try {
      expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(made.ok).toBe(true);
      if (!made.ok) return;
      expect(await made.connector.check()).toMatchObject({ ok: true });
      const list = await made.connector.operations.listProcedures();
      expect(list.items.map((i) => i.MaTTHC)).toContain('3.000181');
      await made.connector.close();
    } finally {
      await sim.close();
    }
  });
});
