import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { ACTION_NAMES, ApplicationAction as A, ApplicationStatus as S, STATUS_NAMES } from './application-status.js';
import type { Application } from './application.entity.js';

/** Tells the people concerned, in the same transaction as the step. */
export async function notifyStep(notifications: NotificationService, tx: EntityManager, app: Application, action: A, reason: string | null): Promise<void> {
  const within = notifications.within(tx);
  const link = `/applications/${app.id}`;
  const status = STATUS_NAMES[app.status];
  const step = ACTION_NAMES[action];
  const why = reason ? { zh: `理由：${reason}`, en: `Reason: ${reason}` } : { zh: '', en: '' };
  within.notify([app.applicant.id], {
    kind: `application.${action.toLowerCase()}`,
    title: { zh: `申请 ${app.reference}：${step.zh}`, en: `Application ${app.reference}: ${step.en}` },
    body: { zh: `当前状态：${status.zh}。${why.zh}`, en: `Now: ${status.en}. ${why.en}`.trim() },
    link,
  });
  if (app.status === S.SUBMITTED && app.enterprise) {
    const hr = await tx.find(User, { role: Role.ENTERPRISE_HR, organisation: app.enterprise.id }, { fields: ['id'] });
    within.notify(hr.map((u) => u.id), {
      kind: 'application.awaiting_employer',
      title: { zh: `待确认：申请 ${app.reference}`, en: `To confirm: application ${app.reference}` },
      body: { zh: '本单位员工提交了申请，请确认其在职情况。', en: 'A member of your staff applied; please confirm their employment.' },
      link,
    });
  }
  if (app.status === S.EMPLOYER_CONFIRMED) {
    const reviewers = await tx.find(User, { role: Role.REVIEWER }, { fields: ['id'] });
    within.notify(reviewers.map((u) => u.id).filter((id) => id !== app.applicant.id), {
      kind: 'application.awaiting_review',
      title: { zh: `待审核：申请 ${app.reference}`, en: `To review: application ${app.reference}` },
      body: { zh: '单位已确认在职，申请进入审核队列。', en: 'The employer confirmed employment; the application is in the review queue.' },
      link,
    });
  }
}

