/**
 * Document upload over plain HTTP (`POST /files`, multipart), with progress: fetch cannot
 * report upload progress, XMLHttpRequest can. The answer is the new wallet document, or the
 * server's errors (`{ errors: [{ field, code, message }] }`, worded by Accept-Language) sorted
 * into form errors by the one funnel.
 */
import { formErrorsFrom, problemFromHttpStatus, type FormErrors, type Problem } from '$lib/errors';
import type { DocumentKind } from '$lib/graphql/generated/graphql';
import { locale } from '$lib/i18n';

export interface UploadedDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly expiresOn: string | null;
}

export type UploadOutcome =
  | { readonly ok: true; readonly document: UploadedDocument }
  | { readonly ok: false; readonly errors: FormErrors };

/** Fields of the upload form that show their own errors. */
export const UPLOAD_FIELDS = ['file', 'kind', 'expiresOn'] as const;

/** What the browser says about a file, checked before sending; the server decides by content. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const ACCEPT_ATTRIBUTE = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function failed(problem: Problem): UploadOutcome {
  return { ok: false, errors: { form: [problem], fields: {} } };
}

export function uploadDocument(
  file: File,
  kind: DocumentKind,
  expiresOn: string | null,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    // The fields come before the file: the server reads the stream in order.
    form.append('kind', kind);
    if (expiresOn) form.append('expiresOn', expiresOn);
    form.append('file', file, file.name);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    // A cross-site form cannot set this header: the server requires it against CSRF.
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept-Language', locale.current);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { document?: UploadedDocument; errors?: { field?: string | null; code: string; message: string }[] } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body?.document) {
        onProgress(1);
        resolve({ ok: true, document: body.document });
      } else if (body?.errors?.length) {
        resolve({ ok: false, errors: formErrorsFrom(body.errors, UPLOAD_FIELDS) });
      } else {
        resolve(failed(problemFromHttpStatus(xhr.status)));
      }
    };
    xhr.onerror = () => resolve(failed({ code: 'NETWORK', key: 'error.network' }));
    xhr.ontimeout = () => resolve(failed({ code: 'NETWORK', key: 'error.network' }));
    xhr.send(form);
  });
}
