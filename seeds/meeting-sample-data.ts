import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../api/src/modules/account/user.entity.js';
import { MeetingLevel } from '../api/src/modules/community/index.js';
import { JointMeeting, MeetingAgendaItem, MeetingDecision } from '../api/src/modules/community/meeting.entity.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { COMMUNITY, MEETING, USER } from './ids.js';

/**
 * Sample joint meetings (区域化党建联席会议), marked 示例 / sample: the source document names the
 * mechanism (town Party secretary as convener, the deputy as deputy convener), not any meeting.
 * Decisions go to the coordinator and to 长春村's worker, so their home pages show them.
 */
export async function loadMeetingSampleData(em: EntityManager): Promise<void> {
  const coordinator = em.getReference(User, USER.coordinator);
  const changchunWorker = em.getReference(User, COMMUNITY.workers[1]);
  const town = em.create(JointMeeting, {
    id: MEETING.meetings[0], level: MeetingLevel.TOWN, title: '2026 年镇区域化党建联席会议（示例）', heldOn: '2026-11-20', location: '月浦镇政府会议室（示例）',
    convener: '镇党委书记', deputyConvener: '镇党委副书记',
    attendees: ['示例企业 1 党组织负责人', '示例银行支行 1 党组织负责人', '庆安四村 党总支书记', '长春村 党总支书记'],
    minutes: '围绕区域发展大事、社会治理要事、群众民生实事研究交流、议事协商，确定项目推进措施。（示例数据）',
    createdBy: coordinator,
  });
  const village = em.create(JointMeeting, {
    id: MEETING.meetings[1], level: MeetingLevel.VILLAGE, place: em.getReference(Organisation, COMMUNITY.villages[3]), title: '长春村党建联席会议（示例）', heldOn: '2026-11-27',
    convener: '长春村党总支书记', deputyConvener: '长春村党总支副书记', attendees: ['镇市场所党支部 联络人（示例）', '长春村 社区工作者'],
    createdBy: changchunWorker,
  });
  const items = [
    em.create(MeetingAgendaItem, { id: MEETING.agendaItems[0], meeting: town, position: 1, title: '年度结对共建项目推进', notes: '各成员单位通报认领项目进度。（示例）' }),
    em.create(MeetingAgendaItem, { id: MEETING.agendaItems[1], meeting: town, position: 2, title: '点亮“微心愿”年末集中认领' }),
    em.create(MeetingAgendaItem, { id: MEETING.agendaItems[2], meeting: village, position: 1, title: '困难家庭结对帮扶（米面粮油）' }),
  ];
  em.create(MeetingDecision, { id: MEETING.decisions[0], meeting: town, agendaItem: items[0], text: '12 月底前汇总各村居结对项目完成情况（示例）', owner: coordinator, dueOn: '2026-12-31', createdBy: coordinator });
  em.create(MeetingDecision, { id: MEETING.decisions[1], meeting: town, agendaItem: items[1], text: '长春村整理待认领的微心愿清单（示例）', owner: changchunWorker, dueOn: '2026-12-15', createdBy: coordinator });
  em.create(MeetingDecision, { id: MEETING.decisions[2], meeting: village, agendaItem: items[2], text: '春节前走访结对困难家庭（示例）', owner: changchunWorker, dueOn: '2027-01-25', createdBy: changchunWorker });
  await em.flush();
}
