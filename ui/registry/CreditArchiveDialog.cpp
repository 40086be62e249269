#include "CreditArchiveDialog.h"

#include "CreditArchive.h"
#include "DocumentPrinter.h"
#include "ElidedTextDelegate.h"
#include "EntityRepository.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CreditArchiveDialog::CreditArchiveDialog(Database& db, qint64 entityId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_entityId(entityId)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("creditArchiveDialog"));
    const auto entity = EntityRepository(db).find(entityId);
    setWindowTitle(tr("Credit archive — %1").arg(entity ? entity->name : QString()));
    ScreenFit::resize(this, {900, 560});
    const QList<ArchiveEvent> events = CreditArchive(db).events(entityId);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    ElidedTextDelegate::install(m_table);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Details"), tr("Plan")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const ArchiveEvent& e = events.at(i);
        const QStringList cells {e.date.toString(Qt::ISODate), ArchiveEvent::kindLabel(e.kind), e.text, e.planCode};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();

    auto* count = new PlainLabel(events.isEmpty() ? tr("Nothing recorded for this entity yet.")
                                                  : tr("%n event(s), oldest first.", nullptr, int(events.size())),
                                 this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printArchiveButton"));
    auto* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportArchiveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &CreditArchiveDialog::print);
    connect(exportButton, &QPushButton::clicked, this, &CreditArchiveDialog::exportTable);
}

void CreditArchiveDialog::print()
{
    QString error;
    const auto document = CreditArchive(m_db).document(m_entityId, &error);
    if (!document) {
        MessageBox::warning(this, tr("Not printed"), error);
        return;
    }
    DocumentPrinter::preview(this, m_db, *document);
}

void CreditArchiveDialog::exportTable()
{
    const auto entity = EntityRepository(m_db).find(m_entityId);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the credit archive"),
        ExportFolder::proposed(m_db, QStringLiteral("诚信档案-%1.xlsx").arg(entity ? entity->name : QString())),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    QString error;
    if (!CreditArchive(m_db).exportTo(m_entityId, path, &error)) {
        MessageBox::warning(this, tr("Not exported"), error);
        return;
    }
    MessageBox::information(this, tr("Exported"), tr("The credit archive was written to %1.").arg(path));
}
