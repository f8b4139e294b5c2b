export { Notification } from './notification.entity.js';
export { NotificationResolver } from './notification.resolver.js';
export { NotificationService, type NotificationMessage } from './notification.service.js';
export { inQuietHours } from './reminders.js';

// What other modules use.
export { NotificationSettingsResolver } from './notification-settings.resolver.js';
export { NotificationSettingsService } from './notification-settings.service.js';
export { NotificationPreference, ReminderSent } from './notification-tables.entity.js';
export { notificationRoutes } from './notification.http.js';
export { NotificationSubscriptionResolver } from './notification.subscription.js';
export { outboxJobs } from './outbox.dispatcher.js';
export { OutboxChannel, OutboxMessage } from './outbox.entity.js';
export { OutboxResolver } from './outbox.resolver.js';
export { reminderJobs } from './reminders.js';
