import { useEffect, useState } from 'react';
import { Api } from './api';

/** A page screenshot fetched through the attachments API (a presigned link on this origin). */
export function Screenshot({ api, sourceId, name, alt }: { api: Api; sourceId: string; name: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setSrc(null);
    api
      .attachmentUrl(sourceId, name)
      .then((url) => live && setSrc(url))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [api, sourceId, name]);
  if (failed) return <p className="muted small-text">Page image unavailable.</p>;
  if (!src) return <div className="shot placeholder" aria-hidden="true" />;
  return <img className="shot" src={src} alt={alt} loading="lazy" />;
}

export interface Attachment {
  attachment_name: string;
  source_id: string;
  type?: string;
}

/** The screenshot of the first page a result covers, if the index stored screenshots. */
export function firstScreenshot(attachments: Attachment[] | undefined, page: number | null | undefined): Attachment | null {
  const shots = (attachments ?? []).filter((a) => a.attachment_name.startsWith('screenshots/'));
  if (page) {
    const exact = shots.find((a) => a.attachment_name === `screenshots/page_${page}.jpg`);
    if (exact) return exact;
  }
  return shots[0] ?? null;
}
