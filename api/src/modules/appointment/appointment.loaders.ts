import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { AppointmentService, OpeningHours, ServicePoint } from './appointment.entity.js';

export function appointmentLoaders(em: EntityManager) {
  return {
    appointmentServiceById: keyedLoader<string, AppointmentService>((ids) => em.find(AppointmentService, { id: { $in: [...ids] } }), (s) => s.id),
    servicePointById: keyedLoader<string, ServicePoint>((ids) => em.find(ServicePoint, { id: { $in: [...ids] } }), (p) => p.id),
    openingHoursByPointId: groupedLoader<OpeningHours>((ids) => em.find(OpeningHours, { point: { $in: [...ids] } }, { orderBy: { weekday: 'asc', opensAt: 'asc' } }), (h) => h.point.id),
  };
}
