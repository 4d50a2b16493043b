// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "exportdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <functional>
#include <memory>
#include <numeric>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

constexpr int kDpi = 300;
constexpr qreal kPoint = kDpi / 72.0; // device pixels per typographic point

// One piece of text laid out for a width, line by line, so that it can break across pages.
class Paragraph
{
public:
    Paragraph(const QString &text, const QFont &font, qreal width, QPaintDevice *device)
        : m_layout(QString(text).replace(u'\n', QChar::LineSeparator), font, device)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
    }

    int lineCount() const { return m_layout.lineCount(); }
    qreal lineHeight(int i) const { return m_layout.lineAt(i).height(); }
    qreal height() const
    {
        const int n = lineCount();
        return n == 0 ? 0 : m_layout.lineAt(n - 1).rect().bottom();
    }
    // Draws line i with its top at `top`.
    void drawLine(QPainter &painter, int i, qreal x, qreal top) const
    {
        const QTextLine line = m_layout.lineAt(i);
        line.draw(&painter, QPointF(x, top - line.y()));
    }

private:
    QTextLayout m_layout;
};

class PdfWriter
{
    // The context lupdate gives strings in this class, so that their translations are found.
    Q_DECLARE_TR_FUNCTIONS(muster::PdfWriter)

public:
    PdfWriter(QPdfWriter &writer, const QString &title)
        : m_writer(writer)
        , m_title(title)
    {
        m_page = writer.pageLayout().paintRectPixels(kDpi);
        m_page.moveTo(0, 0); // the painter's origin is the paint rectangle's corner
        m_body = QFont(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(10);
        // Letter spacing, here a tenth of a device pixel (invisible), turns ligatures off; Qt 6.4
        // has no font-feature API. Text copied or searched in the PDF then reads "traffic", not
        // "tra\uFB03c".
        m_body.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
        m_small = m_body;
        m_small.setPointSizeF(8.5);
    }

    bool begin() { return m_painter.begin(&m_writer); }
    void end()
    {
        footer();
        m_painter.end();
    }

    void title(const QString &text)
    {
        QFont font = m_body;
        font.setPointSizeF(18);
        font.setBold(true);
        text_(text, font, Qt::black, 0, 6);
    }

    void heading(int level, const QString &text)
    {
        // The incident record starts on a page of its own: the retrospective can be handed out
        // without it.
        if (level == 1 && m_y > 0)
            newPage();
        QFont font = m_body;
        font.setBold(true);
        font.setPointSizeF(level == 1 ? 15 : level == 2 ? 12 : 11);
        const qreal before = level == 1 ? 0 : 10 * kPoint;
        // A heading never ends a page: keep room for it and two lines of what follows.
        ensure(before + 3 * QFontMetricsF(font, &m_writer).height());
        m_y += m_y > 0 ? before : 0;
        text_(text, font, Qt::black, 0, 3);
        if (level == 1) {
            m_painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 1.5));
            m_painter.drawLine(QPointF(0, m_y), QPointF(m_page.width(), m_y));
            m_y += 4 * kPoint;
        }
    }

    void paragraph(const QString &text, bool placeholder)
    {
        QFont font = m_body;
        font.setItalic(placeholder);
        text_(text, font, placeholder ? QColor(0x66, 0x66, 0x66) : Qt::black, 0, 4);
    }

    // Rows of cells in columns of relative widths; a header row repeats on every page.
    void table(const QStringList &columns, const QList<int> &weights, const QList<QStringList> &rows,
               bool grid)
    {
        const qreal pad = 3 * kPoint;
        QList<qreal> widths;
        const qreal total = std::accumulate(weights.cbegin(), weights.cend(), 0);
        for (int w : weights)
            widths << m_page.width() * w / total;
        QFont headFont = m_small;
        headFont.setBold(true);
        QFont labelFont = m_body;
        labelFont.setBold(true);
        auto drawHeader = [&] {
            if (columns.isEmpty())
                return;
            rowOf(columns, widths, headFont, QColor(0xe8, 0xe8, 0xe8), pad, grid, nullptr);
        };
        ensure(4 * QFontMetricsF(m_small, &m_writer).height());
        drawHeader();
        for (const QStringList &row : rows) {
            // Facts (no header, no grid) set their label in bold at body size.
            rowOf(row, widths, grid ? m_small : m_body, Qt::transparent, pad, grid, drawHeader,
                  grid ? nullptr : &labelFont);
        }
        m_y += 6 * kPoint;
    }

private:
    // One table row; cells whose text runs past the page continue on the next, under the header.
    void rowOf(const QStringList &cells, const QList<qreal> &widths, const QFont &font, const QColor &fill,
               qreal pad, bool grid, const std::function<void()> &header, const QFont *firstColumn = nullptr)
    {
        std::vector<std::unique_ptr<Paragraph>> laid;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            laid.push_back(std::make_unique<Paragraph>(cells.value(c),
                                                       c == 0 && firstColumn ? *firstColumn : font,
                                                       widths.at(c) - 2 * pad, &m_writer));
        }
        std::vector<int> next(laid.size(), 0);
        bool freshPage = false;
        if (m_y + QFontMetricsF(font, &m_writer).height() + 2 * pad > bottom()) {
            newPage();
            if (header)
                header();
            freshPage = true;
        }
        for (;;) {
            // How much of every cell fits on this page.
            const qreal top = m_y;
            qreal bandHeight = 0;
            std::vector<int> until(laid.size());
            for (size_t c = 0; c < laid.size(); ++c) {
                qreal h = 0;
                int i = next[c];
                while (i < laid[c]->lineCount() && top + pad + h + laid[c]->lineHeight(i) + pad <= bottom()) {
                    h += laid[c]->lineHeight(i);
                    ++i;
                }
                // A line taller than a whole page still goes out, one a page, instead of never.
                if (i == next[c] && i < laid[c]->lineCount() && freshPage) {
                    h = laid[c]->lineHeight(i);
                    ++i;
                }
                until[c] = i;
                bandHeight = std::max(bandHeight, h);
            }
            const qreal height = bandHeight + 2 * pad;
            if (fill.alpha() > 0)
                m_painter.fillRect(QRectF(0, top, m_page.width(), height), fill);
            m_painter.setPen(Qt::black);
            qreal x = 0;
            for (size_t c = 0; c < laid.size(); ++c) {
                qreal y = top + pad;
                for (int i = next[c]; i < until[c]; ++i) {
                    laid[c]->drawLine(m_painter, i, x + pad, y);
                    y += laid[c]->lineHeight(i);
                }
                next[c] = until[c];
                x += widths.at(int(c));
            }
            if (grid) {
                m_painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
                m_painter.drawLine(QPointF(0, top + height), QPointF(m_page.width(), top + height));
            }
            m_y = top + height;
            bool more = false;
            for (size_t c = 0; c < laid.size(); ++c)
                more = more || next[c] < laid[c]->lineCount();
            if (!more)
                return;
            newPage();
            if (header)
                header();
            freshPage = true;
        }
    }

    void text_(const QString &text, const QFont &font, const QColor &color, qreal indent, qreal afterPoints)
    {
        const Paragraph laid(text, font, m_page.width() - indent, &m_writer);
        m_painter.setPen(color);
        for (int i = 0; i < laid.lineCount(); ++i) {
            if (m_y + laid.lineHeight(i) > bottom())
                newPage();
            laid.drawLine(m_painter, i, indent, m_y);
            m_y += laid.lineHeight(i);
        }
        m_y += afterPoints * kPoint;
    }

    qreal bottom() const { return m_page.height() - footerHeight(); }
    qreal footerHeight() const { return 2.2 * QFontMetricsF(m_small, &m_writer).height(); }

    void ensure(qreal height)
    {
        if (m_y + height > bottom())
            newPage();
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_pageNumber;
        m_y = 0;
    }

    void footer()
    {
        m_painter.setFont(m_small);
        m_painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF area(0, m_page.height() - QFontMetricsF(m_small, &m_writer).height(), m_page.width(),
                          QFontMetricsF(m_small, &m_writer).height());
        const QString left
            = QFontMetricsF(m_small, &m_writer).elidedText(m_title, Qt::ElideRight, area.width() * 0.8);
        m_painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, left);
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_pageNumber));
    }

    QPdfWriter &m_writer;
    QString m_title;
    QPainter m_painter;
    QRectF m_page;
    QFont m_body;
    QFont m_small;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

} // namespace

QByteArray exportPdf(const IncidentRecord &record, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("a PDF needs fonts: make it from the desktop app or musterctl");
        return {};
    }
    const ExportDocument doc = buildExportDocument(record);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Muster"));
        PdfWriter pdf(writer, doc.title);
        if (!pdf.begin()) {
            if (error)
                *error = tr("the PDF could not be started");
            return {};
        }
        pdf.title(doc.title);
        for (const ExportBlock &block : doc.blocks) {
            switch (block.kind) {
            case ExportBlock::Kind::Heading:
                pdf.heading(block.level, block.text);
                break;
            case ExportBlock::Kind::Paragraph:
            case ExportBlock::Kind::Placeholder:
                pdf.paragraph(block.text, block.kind == ExportBlock::Kind::Placeholder);
                break;
            case ExportBlock::Kind::Facts: {
                QList<QStringList> rows;
                for (const auto &[label, value] : block.facts)
                    rows.append({label, value});
                pdf.table({}, {28, 72}, rows, false);
                break;
            }
            case ExportBlock::Kind::Table:
                pdf.table(block.columns, block.widths, block.rows, true);
                break;
            }
        }
        pdf.end();
    }
    return bytes;
}

} // namespace muster
