import { describe, expect, it } from 'vitest';
import { changesFrom, shown, toText, versionOn, type RuleField } from './rule-form';

const wage: RuleField = { path: 'cityAverageMonthlyWage.yuan', kind: 'NUMBER', nullable: true, min: 1, max: 1_000_000, options: [], value: null };
const zones: RuleField = { path: 'remoteKeyAreas.zones', kind: 'TEXT_LIST', nullable: false, options: [], value: ['临港新片区', '五个新城'] };
const flag: RuleField = { path: 'remoteKeyAreas.yuepuInKeyArea', kind: 'BOOLEAN', nullable: true, options: [], value: null };

describe('the rule-set form', () => {
  it('sends only the values that changed, typed as the schema says', () => {
    const texts = { [wage.path]: '12,434', [zones.path]: '临港新片区\n五个新城\n', [flag.path]: 'false' };
    expect(changesFrom([wage, zones, flag], texts)).toEqual({
      changes: [
        { path: 'cityAverageMonthlyWage.yuan', value: 12_434 },
        { path: 'remoteKeyAreas.yuepuInKeyArea', value: false },
      ],
      problems: {},
    });
  });

  it('empties a nullable value to null (待配置) and names a box that holds no number', () => {
    const configured = { ...wage, value: 12_000 };
    expect(changesFrom([configured], { [wage.path]: '' }).changes).toEqual([{ path: wage.path, value: null }]);
    expect(changesFrom([wage], { [wage.path]: '一万二' }).problems).toEqual({ [wage.path]: 'number' });
    expect(toText(zones)).toBe('临港新片区\n五个新城');
  });

  it('starts from the version in force on the date: the latest by date, then by number', () => {
    const versions = [{ version: 1, effectiveFrom: '2023-01-01' }, { version: 2, effectiveFrom: '2027-01-01' }, { version: 3, effectiveFrom: '2027-01-01' }];
    expect(versionOn(versions, '2026-12-31')?.version).toBe(1);
    expect(versionOn(versions, '2027-01-01')?.version).toBe(3);
    expect(versionOn(versions, '2022-01-01')).toBeNull();
    expect([shown(null, '待配置'), shown(12_434, ''), shown(2026, '')]).toEqual(['待配置', '12,434', '2026']);
  });
});
