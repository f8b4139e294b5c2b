export { Notification } from './notification.entity.js';
export { NotificationResolver } from './notification.resolver.js';
export { NotificationService, type NotificationMessage } from './notification.service.js';
export { inQuietHours } from './reminders.js';
