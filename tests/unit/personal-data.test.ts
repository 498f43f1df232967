import { describe, expect, it } from 'vitest';
import {
  findCardNumbers,
  findPhoneNumbers,
  findSsns,
  findStreetAddresses,
  passesLuhn,
} from '../../src/core/personal-data';

const values = (hits: { value: string }[]) => hits.map((h) => h.value);

describe('personal data', () => {
  it('finds phone numbers in common formats', () => {
    expect(values(findPhoneNumbers('+1 (415) 555-0199, 415.555.0199, +4930123456789, +91 98765 43210'))).toEqual([
      '+1 (415) 555-0199',
      '415.555.0199',
      '+4930123456789',
      '+91 98765 43210',
    ]);
  });

  it('does not take years, dates, prices, versions or toll-free lines for phone numbers', () => {
    const text =
      'In 2024 on 2024-05-14 for $1,299.00 we shipped v2.14.3 (order 123456789); call 1-800-555-0199. Growth +25%.';
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('checks card numbers with Luhn, issuer prefix and grouping', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(values(findCardNumbers('4111-1111-1111-1111 and 4111 1111 1111 1112 and 1234567812345670'))).toEqual([
      '4111-1111-1111-1111',
    ]);
    expect(findCardNumbers('411 11111 1111 1111')).toEqual([]);
  });

  it('finds SSNs but not impossible ones', () => {
    expect(values(findSsns('123-45-6789, 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567'))).toEqual([
      '123-45-6789',
    ]);
  });

  it('finds street addresses with offsets', () => {
    const text = 'Send to 42 Willow Lane please';
    const [hit] = findStreetAddresses(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('42 Willow Lane');
  });

  it('stays linear on long digit runs', () => {
    const text = `+${'1 '.repeat(50_000)}`;
    const t = performance.now();
    findPhoneNumbers(text);
    findCardNumbers('4'.repeat(200_000));
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
