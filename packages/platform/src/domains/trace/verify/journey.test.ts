import { describe, expect, it } from 'vitest';
import { distributors, manufacturers, pharmacies } from '../registry/actors';
import { coldLog, journey } from '../registry/journeys';
import { products } from '../registry/products';
import { journeyGaps, orderedJourney, temperatureExcursions } from './journey';

const start = '2026-01-01T00:00:00Z';

describe('journeyGaps', () => {
  it('finds nothing in a complete domestic journey', () => {
    const events = journey(start, [
      [0, 'manufactured', manufacturers.huakang],
      [1, 'shipped', manufacturers.huakang],
      [2, 'received', pharmacies.beijing],
      [2.1, 'stored', pharmacies.beijing],
      [9, 'dispensed', pharmacies.beijing],
    ]);
    expect(journeyGaps(events, products.atorvastatin)).toEqual([]);
  });

  it('flags a missing manufacture record and a dispense while still in transit', () => {
    const events = journey(start, [
      [1, 'shipped', distributors.northChina],
      [3, 'dispensed', pharmacies.beijing],
    ]);
    const gaps = journeyGaps(events, products.atorvastatin);
    expect(gaps.map((g) => g.code)).toEqual(['journey_gap', 'journey_gap']);
    expect(gaps[0]?.message.en).toContain('No manufacturing record');
    expect(gaps[1]?.message['zh-CN']).toContain('华北医药物流有限公司');
    expect(gaps[1]?.message.en).toContain('Kangmin Pharmacy');
  });

  it('requires customs clearance for imports only', () => {
    const events = journey(start, [
      [0, 'manufactured', manufacturers.rheinau],
      [1, 'shipped', manufacturers.rheinau],
      [3, 'received', distributors.importer],
    ]);
    expect(journeyGaps(events, products.rivaroxaban)).toHaveLength(1);
    expect(journeyGaps(events, products.atorvastatin)).toEqual([]);
  });
});

describe('temperatureExcursions', () => {
  it('raises one alert per log outside the allowed range', () => {
    const events = journey(start, [
      [0, 'manufactured', manufacturers.changbai],
      [1, 'shipped', manufacturers.changbai, coldLog(1.2, 6, 10)],
      [2, 'stored', pharmacies.beijing, coldLog(3, 7, 10)],
      [3, 'stored', pharmacies.beijing, { min_c: 3, max_c: 9, readings: 4 }],
    ]);
    const found = temperatureExcursions(events, products.insulinGlargine);
    expect(found.map((a) => a.severity)).toEqual(['critical', 'critical']);
    expect(found[0]?.message.en).toContain('1.2 °C');
    // The last log has no allowed range of its own: the product's 2–8 °C applies.
    expect(found[1]?.message.en).toContain('2–8 °C');
  });
});

describe('orderedJourney', () => {
  it('sorts by time and keeps the input order for equal times', () => {
    const [a, b, c] = journey(start, [
      [2, 'stored', pharmacies.beijing],
      [1, 'received', pharmacies.beijing],
      [1, 'shipped', pharmacies.beijing],
    ]);
    expect(orderedJourney([a!, b!, c!]).map((e) => e.type)).toEqual([
      'received',
      'shipped',
      'stored',
    ]);
  });
});
