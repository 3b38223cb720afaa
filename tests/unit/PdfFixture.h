#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sc::tests {

// Writes a small valid PDF by hand (Helvetica, WinAnsi text, one content stream a page) so tests
// can make PDFs of any size without a PDF library. Same format as tests/data/kb/make_pdfs.py.
// pages: the lines of each page (Latin-1 characters; others become '?').
QByteArray makePdf(const QList<QStringList>& pages);

} // namespace sc::tests
