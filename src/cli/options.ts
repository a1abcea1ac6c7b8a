import { InvalidArgumentError } from '@commander-js/extra-typings';

/** Option parsers for commander: each throws InvalidArgumentError, which commander reports as a usage error. */

export function int(opts: { min?: number; max?: number } = {}): (value: string) => number {
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = opts;
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`expected a number from ${min} to ${max}`);
    return n;
  };
}

/** One of the given words; `what` names the option in the message ("--format must be json or text"). */
export function oneOf<const T extends string>(what: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(
      `${what} must be ${values.length === 2 ? values.join(' or ') : `one of ${values.join(', ')}`}, not "${value}"`,
    );
  };
}

/** A comma-separated list of the given words, each at most once. */
export function listOf<const T extends string>(what: string, values: readonly T[]): (value: string) => T[] {
  const one = oneOf(what, values);
  return (value) => {
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length === 0) throw new InvalidArgumentError(`${what} needs at least one of ${values.join(', ')}`);
    return [...new Set(items.map(one))];
  };
}

/** Repeatable option: each use adds a value. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
