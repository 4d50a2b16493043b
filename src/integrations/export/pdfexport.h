// SPDX-License-Identifier: GPL-3.0-or-later
// The retrospective and the full incident record as an A4 PDF (QPdfWriter): real tables whose
// rows break across pages with their header repeated, text that wraps and never gets cut, page
// numbers, and the document's title in the PDF's metadata. Needs a QGuiApplication (fonts);
// musterctl makes an offscreen one for this command alone.
#pragma once

#include "incidentrecord.h"

#include <QByteArray>

namespace muster {

// The PDF's bytes; empty with *error set when it cannot be made.
QByteArray exportPdf(const IncidentRecord &record, QString *error);

} // namespace muster
