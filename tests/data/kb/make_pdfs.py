#!/usr/bin/env python3
"""Writes the PDF documents of the knowledge-base corpus: pdf-src/NAME.txt -> docs/NAME.pdf.

A tiny hand-written PDF writer (no PDF library is needed on the machine): Helvetica with
WinAnsiEncoding, one content stream a page, text wrapped at 95 columns, 60 lines a page. A form feed
in the source starts a new page. Same format as tests/unit/PdfFixture.cpp. Run it again after
editing a source; the output is deterministic.
"""
import pathlib
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
LINES_PER_PAGE = 60


def pages_of(text):
    pages = []
    for block in text.split("\f"):
        lines = []
        for line in block.strip("\n").split("\n"):
            lines.extend(textwrap.wrap(line, 95) or [""])
        while lines:
            pages.append(lines[:LINES_PER_PAGE])
            lines = lines[LINES_PER_PAGE:]
    return pages


def escape(line):
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []

    def obj(number, body):
        offsets.append(len(out))
        out.extend(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(2, b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    obj(3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        page = 4 + 2 * i
        obj(page, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page + 1))
        stream = b"BT /F1 10 Tf 13 TL 50 800 Td\n"
        stream += b"".join(b"(" + escape(line) + b") Tj T*\n" for line in lines) + b"ET"
        obj(page + 1, b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    xref = len(out)
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.extend(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.extend(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    return bytes(out)


def main():
    for source in sorted((HERE / "pdf-src").glob("*.txt")):
        target = HERE / "docs" / (source.stem + ".pdf")
        target.write_bytes(make_pdf(pages_of(source.read_text(encoding="utf-8"))))
        print(target.relative_to(HERE))


if __name__ == "__main__":
    main()
