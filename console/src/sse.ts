// Reads a chat turn's Server-Sent Events (contract §11.1) from a fetch() body as they arrive.

export interface ChatEvent {
  type: string;
  content?: string;
  call_id?: string;
  name?: string;
  arguments?: unknown;
  result?: unknown;
  image_attachment?: { attachment_name: string; source_id: string } | null;
  is_error?: boolean;
  error?: string | null;
  usage?: { duration_ms: number; total_input_tokens: number | null; total_output_tokens: number | null; turns: number };
  skipped_index_ids?: string[];
}

export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: ChatEvent) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of block.split('\n')) {
        if (line.startsWith('data: ')) onEvent(JSON.parse(line.slice(6)) as ChatEvent);
      }
    }
  }
}
