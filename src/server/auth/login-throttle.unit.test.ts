import { describe, expect, it } from 'vitest';
import { loginSource, secondsToWait } from './login-throttle.js';

const settings = { loginFailureWindowSeconds: 900, loginFirstDelaySeconds: 30 };
const now = new Date('2026-12-04T12:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('secondsToWait', () => {
  it('lets the free failures through with no wait', () => {
    expect(secondsToWait({ count: 0, lastAt: null }, 5, settings, now)).toBe(0);
    expect(secondsToWait({ count: 4, lastAt: now }, 5, settings, now)).toBe(0);
  });

  it('doubles the wait with every failure past the free ones, up to the window', () => {
    expect(secondsToWait({ count: 5, lastAt: now }, 5, settings, now)).toBe(30);
    expect(secondsToWait({ count: 6, lastAt: now }, 5, settings, now)).toBe(60);
    expect(secondsToWait({ count: 7, lastAt: now }, 5, settings, now)).toBe(120);
    expect(secondsToWait({ count: 20, lastAt: now }, 5, settings, now)).toBe(900);
  });

  it('counts the wait from the last failure, and ends it', () => {
    expect(secondsToWait({ count: 6, lastAt: secondsAgo(45) }, 5, settings, now)).toBe(15);
    expect(secondsToWait({ count: 6, lastAt: secondsAgo(60) }, 5, settings, now)).toBe(0);
  });
});

describe('loginSource', () => {
  it('throttles a known browser apart from its address', () => {
    expect(loginSource('10.0.0.1', undefined)).toBe('ip:10.0.0.1');
    expect(loginSource('10.0.0.1', 'abcdefabcdefabcdef')).toBe('device:abcdefabcdefabcdef');
    expect(loginSource(null, undefined)).toBe('ip:unknown');
  });
});
