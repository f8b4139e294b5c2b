/** Appointment times are shown in Shanghai time, whatever the device's zone. */
import { intlLocale as intl, time } from '$lib/format';

export const slotTime = time;

export function slotDay(iso: string): string {
  return new Date(iso).toLocaleDateString(intl(), { timeZone: 'Asia/Shanghai', weekday: 'short', month: 'short', day: 'numeric' });
}

export function slotDateTime(iso: string): string {
  return `${new Date(iso).toLocaleDateString(intl(), { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' })} ${slotTime(iso)}`;
}

/** YYYY-MM-DD in Shanghai, `days` from now. */
export function shanghaiDay(days = 0): string {
  return new Date(Date.now() + days * 86400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

export function dayOf(iso: string): string {
  return new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}
