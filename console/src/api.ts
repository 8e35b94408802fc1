// The console's only way to the server: the public API with the key as a bearer token. The key
// lives in memory and sessionStorage (gone when the tab closes), never in a URL or localStorage.

const KEY_STORAGE = 'quire.console.key';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The message of an API error body: `detail` as a string, or the first validation entry. */
export function errorMessage(status: number, body: unknown): string {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string') return `${status}: ${detail}`;
  if (Array.isArray(detail) && detail.length > 0) {
    const first = detail[0] as { msg?: string; loc?: unknown[] };
    return `${status}: ${first.msg ?? 'invalid'} (${(first.loc ?? []).join('.')})`;
  }
  return `${status}: request failed`;
}

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE);
}

export function storeKey(key: string | null): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

export interface Page<T> {
  items: T[];
  next_page_token?: string | null;
}

export class Api {
  /** Called once when the server says the key is no longer valid (401). */
  onUnauthorized: () => void = () => {};

  constructor(readonly key: string, public projectId: string | null = null) {}

  url(path: string, query: Record<string, string | number | boolean | undefined | null> = {}): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
    }
    if (this.projectId && !path.startsWith('/api/v1/projects')) params.set('project_id', this.projectId);
    const q = params.toString();
    return q ? `${path}?${q}` : path;
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Bearer ${this.key}`, ...extra };
  }

  async raw(method: string, path: string, init: { query?: Record<string, string | number | boolean | undefined | null>; body?: unknown; signal?: AbortSignal } = {}): Promise<Response> {
    const headers = this.headers(init.body !== undefined ? { 'Content-Type': 'application/json' } : {});
    const response = await fetch(this.url(path, init.query), {
      method,
      headers,
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: init.signal,
      cache: 'no-store',
    });
    if (!response.ok) {
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        // not JSON: keep the status only
      }
      if (response.status === 401) this.onUnauthorized();
      throw new ApiError(response.status, errorMessage(response.status, body));
    }
    return response;
  }

  async json<T>(method: string, path: string, init: { query?: Record<string, string | number | boolean | undefined | null>; body?: unknown } = {}): Promise<T> {
    const response = await this.raw(method, path, init);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  get<T>(path: string, query?: Record<string, string | number | boolean | undefined | null>): Promise<T> {
    return this.json<T>('GET', path, { query });
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.json<T>('POST', path, { body });
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.json<T>('PATCH', path, { body });
  }

  delete(path: string): Promise<void> {
    return this.json<void>('DELETE', path);
  }

  /** Every page of a GET list (small lists such as directories and indexes). */
  async all<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
    const out: T[] = [];
    let token: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await this.get<Page<T>>(path, { ...query, page_size: 100, page_token: token });
      out.push(...page.items);
      if (!page.next_page_token || page.items.length === 0) break;
      token = page.next_page_token;
    }
    return out;
  }

  /**
   * Multipart upload with progress: fetch() cannot report upload progress, XMLHttpRequest can.
   */
  upload<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.url(path));
      xhr.setRequestHeader('Authorization', `Bearer ${this.key}`);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // not JSON
        }
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress(1);
          resolve(body as T);
        } else {
          if (xhr.status === 401) this.onUnauthorized();
          reject(new ApiError(xhr.status, errorMessage(xhr.status, body)));
        }
      };
      xhr.onerror = () => reject(new ApiError(0, 'network error'));
      xhr.send(form);
    });
  }

  /**
   * A presigned link's path. The server builds links from QUIRE_PUBLIC_URL, which may name
   * another host than the one the browser reached; the path works on the console's own origin,
   * which the Content-Security-Policy allows.
   */
  async attachmentUrl(sourceId: string, name: string): Promise<string> {
    const link = await this.get<{ url: string }>(`/api/v1/beta/attachments/${encodeURIComponent(name)}`, { source_id: sourceId });
    const u = new URL(link.url, window.location.origin);
    return u.pathname + u.search;
  }
}
