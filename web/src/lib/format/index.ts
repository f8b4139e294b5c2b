/**
 * Money, rates, numbers and dates in the page's current language (see `./intl` for the rules).
 * Every page writes amounts through here, so they read the same everywhere and follow the
 * language switch.
 */
import { locale } from '$lib/i18n';
import * as intl from './intl';

const lang = (): intl.Lang => (locale.current === 'en' ? 'en' : 'zh-CN');

export const SHANGHAI = intl.SHANGHAI;
export const intlLocale = (): string => intl.intlLocale(lang());
export const money = (yuan: number): string => intl.formatMoney(yuan, lang());
export const moneyFen = (fen: number): string => intl.formatMoneyFen(fen, lang());
export const moneyExact = (fen: number): string => intl.formatMoneyFenExact(fen, lang());
export const rate = (percent: number): string => intl.formatRate(percent, lang());
export const number = (n: number, mostDecimals = 2): string => intl.formatNumber(n, lang(), mostDecimals);
export const date = (iso: string | Date): string => intl.formatDate(iso, lang());
export const dateTime = (iso: string | Date): string => intl.formatDateTime(iso, lang());
export const time = (iso: string | Date): string => intl.formatTime(iso, lang());
export const month = (ym: string): string => intl.formatMonth(ym, lang());
