// Small files of each accepted kind, built byte by byte, for unit and API tests. They carry only
// what type detection reads (signatures, a ZIP directory, OLE2 directory entries).

export function samplePdf(text = "Biên bản"): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export function samplePng(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
}

export function sampleJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.alloc(64, 3),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A stored (uncompressed) ZIP with these entries; CRCs are left at zero. */
export function sampleZip(entries: Record<string, string>, comment = ""): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const commentBytes = Buffer.from(comment, "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([...locals, directory, end, commentBytes]);
}

export const sampleDocx = () =>
  sampleZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
export const sampleXlsx = () =>
  sampleZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });

/** An OLE2 compound file whose directory (from sector 0) lists a root and these streams. */
export function sampleOle2(streams: string[], padding = 0): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeInt32LE(padding, 0x30); // first directory sector
  const entry = (name: string, type: number) => {
    const e = Buffer.alloc(128);
    e.write(name, 0, "utf16le");
    e.writeUInt16LE((name.length + 1) * 2, 0x40);
    e[0x42] = type;
    return e;
  };
  const entries = [entry("Root Entry", 5), ...streams.map((s) => entry(s, 2))];
  const directory = Buffer.concat(entries);
  const sectors = Buffer.alloc(Math.ceil(directory.length / 512) * 512);
  directory.copy(sectors);
  return Buffer.concat([header, Buffer.alloc(padding * 512, 0x20), sectors]);
}
