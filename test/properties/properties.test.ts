import { PROPERTIES } from './properties';

/** The property suite at its everyday size: 10,000 generated cases in all (npm run fuzz runs ten times as many). */
describe('properties', () => {
  it('runs at least 10,000 cases in all, and 10,000 of the convergence property alone', () => {
    expect(PROPERTIES.reduce((total, { runs }) => total + runs, 0)).toBeGreaterThanOrEqual(10_000);
    expect(PROPERTIES.find(({ name }) => name.includes('converges'))?.runs).toBe(10_000);
  });

  it.each(PROPERTIES.map((entry) => [entry.name, entry] as const))(
    '%s',
    async (_, { check, runs }) => {
      await check(runs);
    },
    400_000,
  );
});
