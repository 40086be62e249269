#include "AboutDialog.h"

#include "Database.h"
#include "PlainText.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
// The draw specification this program implements (draw-spec.md); printed on every draw document.
const QString kDrawSpec = QStringLiteral("shuangsui-draw/1");
} // namespace

QString AboutDialog::buildDate()
{
    const QString compiled = QString::fromLatin1(__DATE__).simplified();
    const QDate date = QLocale::c().toDate(compiled, QStringLiteral("MMM d yyyy"));
    return date.isValid() ? date.toString(Qt::ISODate) : compiled;
}

AboutDialog::AboutDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About"));
    const QStringList lines {
        QStringLiteral("<p><b>%1</b></p>").arg(tr("Double-Random Inspection System").toHtmlEscaped()),
        QStringLiteral("<table cellspacing=4>"),
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Version"), QStringLiteral(SHUANGSUI_VERSION)),
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Built on"), buildDate()),
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Draw specification"), kDrawSpec),
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(tr("Data version"),
                 tr("%1 (this program reads up to %2)").arg(db.schemaVersion()).arg(Database::SchemaVersion)),
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(tr("Data file"), QDir::toNativeSeparators(db.path()).toHtmlEscaped()),
        QStringLiteral("</table>"),
    };
    m_text = lines.join(QString());
    auto* label = new PlainLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}
