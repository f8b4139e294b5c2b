import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../core/graphql/loader.js';
import { TalentProfile } from './talent-profile.entity.js';

export function talentLoaders(em: EntityManager) {
  return {
    talentProfileByUserId: keyedLoader<string, TalentProfile>(
      (userIds) => em.find(TalentProfile, { user: { $in: [...userIds] } }),
      (profile) => profile.user.id,
    ),
  };
}
