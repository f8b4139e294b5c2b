import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the document module says to people (uploads, downloads, checks), in both languages, in one
 * place: services and routes name a message instead of writing it inline (as account.messages.ts does).
 */
export const DOCUMENT_MESSAGES = {
  document: { zh: '材料', en: 'document' },

  // Checks of an upload's fields (document.service.ts).
  expiryNotADate: { zh: '有效期应为 YYYY-MM-DD 格式的日期。', en: 'The expiry must be a date like 2027-06-30.' },
  alreadyExpired: { zh: '该材料已过期，请上传有效的材料。', en: 'This document has already expired; please upload a valid one.' },
  kindMissing: { zh: '请选择材料类型。', en: 'Choose what the document is.' },
  kindUnknown: { zh: '材料类型无效。', en: 'That is not a known kind of document.' },

  // The upload and download routes (document.routes.ts).
  requestedWithMissing: { zh: '缺少 X-Requested-With 请求头。', en: 'The X-Requested-With header is required.' },
  notMultipart: { zh: '请以 multipart/form-data 上传文件。', en: 'Upload the file as multipart/form-data.' },
  malformedUpload: { zh: '上传的数据不完整或格式不正确。', en: 'The upload was incomplete or malformed.' },
  fileMissing: { zh: '请选择要上传的文件。', en: 'Choose a file to upload.' },
  fileTooLarge: (limitMb: number): LocalisedText => ({ zh: `文件超过 ${limitMb} MB，请压缩后再上传。`, en: `The file is over ${limitMb} MB; please make it smaller.` }),
  unsupportedType: { zh: '只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）。', en: 'Only PDF, JPEG or PNG files are accepted (judged by the content).' },
  storageUnavailable: { zh: '文件存储暂时无法使用，请稍后再试。', en: 'File storage is unavailable at the moment; please try again shortly.' },
  rangeOutsideFile: (size: number): LocalisedText => ({ zh: `请求的范围超出了文件大小（${size} 字节）。`, en: `The requested range is outside the file (${size} bytes).` }),
  storedFileGone: { zh: '该材料的文件已不在服务器上，请重新上传，或联系镇人才办。', en: 'The file of this document is no longer on the server; please upload it again or contact the town talent office.' },

  // The daily upload quota (upload-quota.ts), with the limits in numbers.
  dailyFilesReached: (files: number): LocalisedText => ({
    zh: `今天上传的文件已达 ${files} 个的上限，请明天再上传；如确有需要，请联系镇人才办。`,
    en: `You have reached today's limit of ${files} uploaded files; please upload again tomorrow, or contact the town talent office if you need more.`,
  }),
  dailyBytesReached: (size: string): LocalisedText => ({
    zh: `今天上传的文件总大小将超过 ${size} 的上限，请明天再上传或压缩文件；如确有需要，请联系镇人才办。`,
    en: `This upload would take you over today's limit of ${size}; please upload tomorrow or make the file smaller, or contact the town talent office if you need more.`,
  }),
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
