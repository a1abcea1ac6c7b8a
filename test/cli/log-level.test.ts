import { afterEach, describe, expect, it } from 'vitest';
import { logLevel, setLogLevel } from '../../src/cli/log-level.js';
import { logger } from '../../src/cli/log.js';

describe('log level', () => {
  afterEach(() => setLogLevel('info'));

  it('is set without the logger, and the logger made later starts at it and follows later changes', () => {
    setLogLevel('error');
    expect(logLevel()).toBe('error');
    const log = logger();
    expect(log.level).toBe('error');
    setLogLevel('debug');
    expect(log.level).toBe('debug');
  });
});
