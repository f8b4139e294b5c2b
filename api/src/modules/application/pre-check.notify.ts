import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { ApplicationStatus as S } from './application-status.js';
import { BenefitKind } from './application-form.entity.js';
import type { StepListener } from './application.types.js';
import { CityProcedure, Recommender } from './city-procedure.entity.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/**
 * Who a pre-check waits on hears of it, in the step's transaction (notifyStep already tells the
 * applicant of every step): reviewers when it is submitted, the recommender once it has passed.
 */
export function preCheckNotifications(notifications: NotificationService): StepListener {
  return async (tx, { app, form, to }) => {
    if (form.benefit !== BenefitKind.PRE_CHECK) return;
    const link = `/applications/${app.id}`;
    const within = notifications.within(tx);
    if (to === S.UNDER_REVIEW) {
      within.notify(await reviewers(tx, app.applicant.id), {
        kind: 'application.awaiting_pre_check',
        title: M.awaitingPreCheckTitle(app.reference),
        body: M.awaitingPreCheckBody,
        link,
      });
    }
    if (to === S.AWAITING_RECOMMENDATION) {
      const procedure = await tx.findOne(CityProcedure, { policy: app.policy.id });
      const recipients = procedure?.recommendation === Recommender.EMPLOYER && app.enterprise
        ? (await tx.find(User, { role: Role.ENTERPRISE_HR, organisation: app.enterprise.id, disabledAt: null }, { fields: ['id'] })).map((u) => u.id)
        : await reviewers(tx, app.applicant.id);
      within.notify(recipients, {
        kind: 'application.awaiting_recommendation',
        title: M.awaitingRecommendationTitle(app.reference),
        body: M.awaitingRecommendationBody,
        link,
      });
    }
  };
}

async function reviewers(tx: EntityManager, applicantId: string): Promise<string[]> {
  const rows = await tx.find(User, { role: Role.REVIEWER, disabledAt: null }, { fields: ['id'] });
  return rows.map((u) => u.id).filter((id) => id !== applicantId);
}
