import { StaffTokens } from '../../devtools/server/staffTokens';

describe('staff tokens', () => {
  const tokens = new StaffTokens(Buffer.alloc(32, 9), () => 1_000_000);

  it('names the person it was issued to, until it expires', () => {
    const { token } = tokens.issue('t1', 60);
    expect(tokens.verify(token)).toBe('t1');
    expect(new StaffTokens(Buffer.alloc(32, 9), () => 1_000_000 + 61_000).verify(token)).toBeUndefined();
  });

  it('refuses every other spelling of its signature, even one that decodes to the same bytes', () => {
    const { token } = tokens.issue('t1', 60);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const others = [...alphabet].filter((char) => char !== token.slice(-1)).map((char) => token.slice(0, -1) + char);
    expect(others.filter((other) => tokens.verify(other) !== undefined)).toEqual([]);
    expect(tokens.verify(token.replace('staff.', 'staff.x'))).toBeUndefined();
    expect(tokens.verify('t1')).toBeUndefined();
  });
});
