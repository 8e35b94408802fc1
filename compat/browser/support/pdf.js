'use strict';
// A minimal valid PDF (Helvetica text, one entry per page) written by hand, with a correct xref
// table, so tests need no PDF library. A page is a string (one line) or an array of lines.

/** Returns a Buffer holding a PDF whose page i shows pages[i]. */
function minimalPdf(pages) {
  const escape = (text) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects = []; // object number i + 1 -> body
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[2] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((page, i) => {
    const content = Array.isArray(page)
      ? `BT /F1 12 Tf 16 TL 72 720 Td ${page.map((line) => `(${escape(line)}) Tj T*`).join(' ')} ET`
      : `BT /F1 18 Tf 72 720 Td (${escape(page)}) Tj ET`;
    objects[pageIds[i] - 1] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ' +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i]] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });

  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

module.exports = { minimalPdf };
