import { describe, expect, it } from 'vitest';
import { describeUserAgent, formatMoment } from './format';

describe('how a session is shown', () => {
  it('names the browser and the system of common user agents', () => {
    expect(
      describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'),
    ).toEqual({ browser: 'Chrome', system: 'Linux' });
    expect(
      describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'),
    ).toEqual({ browser: 'Safari', system: 'iOS' });
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0')).toEqual({
      browser: 'Edge',
      system: 'Windows',
    });
  });

  it('says nothing it does not know', () => {
    expect(describeUserAgent(null)).toBeNull();
    expect(describeUserAgent('curl/8.0')).toBeNull();
  });

  it('gives times in Norwegian time', () => {
    expect(formatMoment('2026-11-23T08:05:00.000Z', 'nb')).toBe('23.11.2026, 09:05');
  });
});
