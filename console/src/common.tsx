import { ReactNode } from 'react';

export function ErrorText({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error}
    </p>
  );
}

export function Progress({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="progress-row">
      <progress value={max > 0 ? value : undefined} max={max > 0 ? max : undefined} aria-label={label} />
      <span>{max > 0 ? `${value} / ${max}` : '…'}</span>
    </div>
  );
}

/** Text with every case-insensitive occurrence of the given terms wrapped in <mark> (text nodes only). */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const words = terms.map((t) => t.trim()).filter((t) => t.length > 1);
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  const out: ReactNode[] = parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
  return <>{out}</>;
}

export function queryTerms(query: string): string[] {
  return query.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
