import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { ACTION_NAMES, ApplicationAction as A, ApplicationStatus as S, STATUS_NAMES } from './application-status.js';
import type { Application } from './application.entity.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/** Tells the people concerned, in the same transaction as the step. */
export async function notifyStep(notifications: NotificationService, tx: EntityManager, app: Application, action: A, reason: string | null): Promise<void> {
  const within = notifications.within(tx);
  const link = `/applications/${app.id}`;
  const status = STATUS_NAMES[app.status];
  const step = ACTION_NAMES[action];
  within.notify([app.applicant.id], {
    kind: `application.${action.toLowerCase()}`,
    title: M.stepTitle(app.reference, step),
    body: M.stepBody(status, reason),
    link,
  });
  if (app.status === S.SUBMITTED && app.enterprise) {
    const hr = await tx.find(User, { role: Role.ENTERPRISE_HR, organisation: app.enterprise.id }, { fields: ['id'] });
    within.notify(hr.map((u) => u.id), {
      kind: 'application.awaiting_employer',
      title: M.awaitingEmployerTitle(app.reference),
      body: M.awaitingEmployerBody,
      link,
    });
  }
  if (app.status === S.EMPLOYER_CONFIRMED) {
    const reviewers = await tx.find(User, { role: Role.REVIEWER }, { fields: ['id'] });
    within.notify(reviewers.map((u) => u.id).filter((id) => id !== app.applicant.id), {
      kind: 'application.awaiting_review',
      title: M.awaitingReviewTitle(app.reference),
      body: M.awaitingReviewBody,
      link,
    });
  }
}

