import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { MeetingLevel } from './community.enums.js';
import { canEditMeeting } from './meeting.service.js';

const viewer = (role: Role, organisationId: string | null = null): Viewer => ({ userId: 'u', role, organisationId, sessionId: 's' });
const place = (id: string) => ({ id });

describe('who edits a joint meeting', () => {
  it('town staff edit every level; a community worker only their own place\'s village meeting', () => {
    for (const role of [Role.COORDINATOR, Role.ADMIN]) {
      for (const level of Object.values(MeetingLevel)) expect(canEditMeeting(viewer(role), { level, place: level === MeetingLevel.VILLAGE ? place('p1') : null })).toBe(true);
    }
    const worker = viewer(Role.COMMUNITY_WORKER, 'p1');
    expect(canEditMeeting(worker, { level: MeetingLevel.VILLAGE, place: place('p1') })).toBe(true);
    expect(canEditMeeting(worker, { level: MeetingLevel.VILLAGE, place: place('p2') })).toBe(false);
    expect(canEditMeeting(worker, { level: MeetingLevel.TOWN, place: null })).toBe(false);
    expect(canEditMeeting(worker, { level: MeetingLevel.AREA, place: null })).toBe(false);
    for (const role of [Role.ENTERPRISE_HR, Role.BANK_LIAISON, Role.TALENT, Role.REVIEWER]) {
      expect(canEditMeeting(viewer(role, 'p1'), { level: MeetingLevel.VILLAGE, place: place('p1') })).toBe(false);
    }
    expect(canEditMeeting(null, { level: MeetingLevel.TOWN, place: null })).toBe(false);
  });
});
