// The sandbox hooks: a started simulator plus settings() give a working connector.
import { describe, expect, it } from 'vitest';
import { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
import { definition, sandbox } from './index.ts';

describe('health sandbox', () => {
  it('should start a simulator that a connector built from settings() can reach', async () => {
    const sim = await sandbox.startSimulator({ seed: 3 });
    const result = definition.instantiate(sandbox.settings(sim.url));
    try {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect((await result.connector.check()).ok).toBe(true);
      const { maGCS } = SEED_BIRTH_CERTIFICATES[3]!;
      const found = await result.connector.operations.lookupBirthCertificate({ maGCS });
      expect(found.outcome).toBe('found');
      await result.connector.close();
    } finally {
      await sim.close();
    }
  });
});
