import { describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../../src/core/index.js';
import { parseEllipsis } from '../../../src/extractors/common/doses/index.js';
import idEllipsis from '../../../src/extractors/id/doses/ellipsis.json' with { type: 'json' };

describe('ellipsis vocabulary files', () => {
  it('reads a language file as it is shipped', () => {
    const v = parseEllipsis(idEllipsis, 'id/doses/ellipsis.json');
    expect(v.leads).toContain('di antaranya');
    expect(v.quantity).toContain('sebanyak');
  });

  it('names the file and the field of a bad file, and says not to retry', () => {
    const bad = { ...idEllipsis, leads: 'di antaranya', typo: [] };
    let err: unknown;
    try {
      parseEllipsis(bad, 'broken/ellipsis.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NewsfactsError);
    const e = err as NewsfactsError;
    expect(e.input).toBe('broken/ellipsis.json');
    expect(e.message).toMatch(/leads/);
    expect(e.retryable).toBe(false);
  });
});
