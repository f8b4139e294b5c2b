import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppMeta } from '../api/src/core/db/app-meta.entity.js';
import { hashPassword } from '../api/src/core/auth/password.js';
import { Role } from '../api/src/core/auth/role.js';
import { User } from '../api/src/modules/account/user.entity.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { TalentProfile } from '../api/src/modules/talent/talent-profile.entity.js';
import { loadAllianceSampleData } from './alliance-sample-data.js';
import { loadBankSampleData } from './bank-sample-data.js';
import { SAMPLE_PASSWORD } from './ids.js';
import { loadPolicyCatalogue } from './policy-catalogue.js';
import { ORGANISATIONS, sampleResidentId, STAFF, TALENTS } from './sample-data.js';
import { applicationPoliciesExist, loadApplicationForms, loadFormQuestions, loadSampleCaps, markEmployerNominations } from './application-sample-data.js';
import { loadPreCheckForms, preCheckPoliciesExist } from './pre-check-forms.js';
import { apartmentPolicyExists, loadApartmentRules, loadApartmentSampleData } from './apartment-sample-data.js';
import { loadCommunityPlaces } from './community-sample-data.js';
import { loadFundSampleData } from './fund-sample-data.js';
import { loadMicroWishSampleData } from './microwish-sample-data.js';
import { loadMeetingSampleData } from './meeting-sample-data.js';
import { loadAppointmentSampleData, loadHolidayCalendar } from './appointment-sample-data.js';

/**
 * One step of seed data. Each step loads once: its marker row is written in the same
 * transaction, so a second run (or a second process racing this one) adds nothing. A module
 * that arrives later adds a step with its own key, and existing databases get just that step.
 */
export interface SeedStep {
  key: string;
  /** Reference data every installation needs (the policy catalogue), loaded even without samples. */
  reference?: boolean;
  load(em: EntityManager): Promise<void>;
  /** When this says no, the step waits for a later run (e.g. until the data it builds on exists). */
  ready?(em: EntityManager): Promise<boolean>;
}

const foundation: SeedStep = {
  key: 'foundation:v1',
  async load(em) {
    const passwordHash = await hashPassword(SAMPLE_PASSWORD);
    for (const org of ORGANISATIONS) em.create(Organisation, org);
    for (const s of STAFF) {
      em.create(User, {
        id: s.id,
        email: s.email,
        displayName: s.displayName,
        role: s.role,
        organisation: s.organisation ? em.getReference(Organisation, s.organisation) : null,
        passwordHash,
      });
    }
    TALENTS.forEach((t, i) => {
      const user = em.create(User, { id: t.id, email: t.email, displayName: t.displayName, role: Role.TALENT, passwordHash });
      em.create(TalentProfile, {
        user,
        legalName: t.legalName,
        residentIdNumber: sampleResidentId(t.birth, 101 + i * 2),
        phone: t.phone,
        dateOfBirth: t.birth,
        education: t.education,
        employer: em.getReference(Organisation, t.employer),
      });
    });
  },
};

/** The tech alliance: member profiles, conveners, sample events with registrations, a cadre cohort. */
const alliance: SeedStep = {
  key: 'alliance:v1',
  load: (em) => loadAllianceSampleData(em),
};

/** What applying takes for the policies that can be applied for online (needs the policy catalogue). */
const applicationForms: SeedStep = {
  key: 'application-forms:v1',
  reference: true,
  load: (em) => loadApplicationForms(em),
  ready: (em) => applicationPoliciesExist(em),
};

/** Which forms employers nominate for, on databases whose forms predate the flag. */
const employerNominations: SeedStep = {
  key: 'application-forms-nominations:v1',
  reference: true,
  load: (em) => markEmployerNominations(em),
  ready: (em) => applicationPoliciesExist(em),
};

/** The questions of the forms, on databases whose forms predate questions as data (issue 17). */
const formQuestions: SeedStep = {
  key: 'application-form-questions:v1',
  reference: true,
  load: (em) => loadFormQuestions(em),
  ready: (em) => applicationPoliciesExist(em),
};

/** The town's pre-check for the procedures the city decides: forms, checklists and city procedures (issue 17 item 7). */
const preCheckForms: SeedStep = {
  key: 'pre-check-forms:v1',
  reference: true,
  load: (em) => loadPreCheckForms(em),
  ready: (em) => preCheckPoliciesExist(em),
};

/** Illustrative caps per application for the money policies (sample, marked so); without samples they stay 待配置. */
const sampleCaps: SeedStep = {
  key: 'sample-caps:v1',
  load: (em) => loadSampleCaps(em),
  ready: (em) => applicationPoliciesExist(em),
};

/** The policy catalogue of POLICY.md: policies, their texts and sources, versioned rule data. */
const policyCatalogue: SeedStep = {
  key: 'policy-catalogue:v1',
  reference: true,
  load: (em) => loadPolicyCatalogue(em),
};

/** The 11-bank partnership: liaisons of every branch, contacts, products, sample requests and answers. */
const bank: SeedStep = {
  key: 'bank:v1',
  load: (em) => loadBankSampleData(em),
};

/** Talent apartments: the rule data of POLICY.md §3.1 (needs the policy catalogue). */
const apartmentRules: SeedStep = {
  key: 'apartment-rules:v1',
  reference: true,
  load: (em) => loadApartmentRules(em),
  ready: (em) => apartmentPolicyExists(em),
};

/** Talent apartments: sample operators, projects and units (all marked sample). */
const apartments: SeedStep = {
  key: 'apartments-sample:v1',
  load: (em) => loadApartmentSampleData(em),
};

/** Community work: the 14 villages and 27 residential areas (real names where the source gives them) and community workers. */
const communityPlaces: SeedStep = {
  key: 'community-places:v1',
  load: (em) => loadCommunityPlaces(em),
};

/** Micro-wishes: sample wishes at 庆安四村 and 长春村 (open, claimed, fulfilled) and a volunteer (needs the community places). */
const microWishes: SeedStep = {
  key: 'micro-wishes-sample:v1',
  load: (em) => loadMicroWishSampleData(em),
};

/** The community charity fund: sample donations from nine sample enterprises and one person (all marked sample). */
const fund: SeedStep = {
  key: 'fund-sample:v1',
  load: (em) => loadFundSampleData(em),
};

/** Joint meetings: a sample town meeting and one at 长春村, with decisions for the coordinator and 长春村's worker (needs the community places). */
const meetings: SeedStep = {
  key: 'joint-meetings-sample:v1',
  load: (em) => loadMeetingSampleData(em),
};

/** Official holidays and adjusted working days (2026 from the State Council notice; 2027 sample until loaded). */
const holidayCalendar: SeedStep = {
  key: 'holiday-calendar:v1',
  reference: true,
  load: (em) => loadHolidayCalendar(em),
};

/** Appointments: the town's talent service window and two bank branches with hours and services (sample). */
const appointments: SeedStep = {
  key: 'appointments-sample:v1',
  load: (em) => loadAppointmentSampleData(em),
};

/** In order: later steps may refer to what earlier ones loaded. */
export const SEED_STEPS: SeedStep[] = [foundation, alliance, policyCatalogue, applicationForms, employerNominations, formQuestions, preCheckForms, sampleCaps, bank, apartmentRules, apartments, communityPlaces, microWishes, fund, meetings, holidayCalendar, appointments];

/**
 * Loads every step this database has not had yet (sample steps only when `samples`); returns
 * the keys loaded now.
 */
export async function seedDatabase(orm: MikroORM, { samples }: { samples: boolean }): Promise<string[]> {
  const loaded: string[] = [];
  for (const step of SEED_STEPS) {
    if (!step.reference && !samples) continue;
    const marker = `sample_data:${step.key}`;
    if (await orm.em.fork().findOne(AppMeta, { key: marker })) continue;
    if (step.ready && !(await step.ready(orm.em.fork()))) continue;
    await orm.em.fork().transactional(async (em) => {
      // Takes the marker's key first: a concurrent seeder blocks here, then fails on the key.
      await em.insert(AppMeta, { key: marker, value: new Date().toISOString() });
      await step.load(em);
    });
    loaded.push(step.key);
  }
  return loaded;
}
