#include "ImportDialog.h"

#include "ColumnMappingDialog.h"
#include "ElidedTextDelegate.h"
#include "FileDialog.h"
#include "ImportPreviewModel.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "RegistryOperations.h"
#include "ScreenFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A progress dialog for a task on this thread: the callback keeps the window alive and reports Cancel.
class Progress final
{
public:
    Progress(QWidget* parent, const QString& text)
        : m_dialog(text, ImportDialog::tr("Cancel"), 0, 1000, parent)
    {
        setPlainLabel(m_dialog);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    ImportProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

ImportDialog::ImportDialog(Database& db, Actor actor, Registry registry, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_registry(registry)
    , m_model(new ImportPreviewModel(this))
    , m_summary(new PlainLabel(this))
    , m_rejectedOnly(new QCheckBox(tr("Show only the rejected rows"), this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(this))
{
    setWindowTitle(tr("Import %1").arg(RegistryImport::registryLabel(registry)));
    ScreenFit::resize(this, {980, 620});
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    ElidedTextDelegate::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_rejectedOnly->setObjectName(QStringLiteral("rejectedOnly"));
    connect(m_rejectedOnly, &QCheckBox::toggled, m_model, &ImportPreviewModel::setRejectedOnly);

    auto* buttons = new QDialogButtonBox(this);
    m_import->setObjectName(QStringLiteral("importRows"));
    m_import->setDefault(true);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, [this] { importRows(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedOnly);
    layout->addWidget(m_table, 1);
    auto* note = new PlainLabel(tr("Nothing has been written yet. Rows that are rejected are left out; correct them in "
                                   "the file and import it again: rows already imported then show as unchanged."),
                                this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool ImportDialog::loadFile(const QString& path)
{
    // When a column is missing the clerk chooses the file's columns, and the file is checked again with them, until
    // they fit or the clerk gives up.
    ColumnMapping mapping;
    for (;;) {
        {
            Progress progress(parentWidget(), tr("Reading and checking %1 …").arg(QDir::toNativeSeparators(path)));
            m_preview = RegistryImport::preview(m_db, m_registry, path, progress.callback(), mapping);
        }
        if (m_preview.isUsable())
            break;
        if (!m_preview.needsMapping()) {
            MessageBox::warning(parentWidget(), tr("The file cannot be imported"), m_preview.error);
            return false;
        }
        if (!chooseColumns(mapping))
            return false;
    }
    m_model->setPreview(m_preview);
    const int created = m_preview.count(ImportRow::Verdict::New);
    const int updated = m_preview.count(ImportRow::Verdict::Update);
    const int unchanged = m_preview.count(ImportRow::Verdict::Unchanged);
    const int rejected = m_preview.count(ImportRow::Verdict::Rejected);
    QString text = tr("%1: %2 rows — %3 new, %4 to update, %5 unchanged, %6 rejected.")
                       .arg(m_preview.fileName)
                       .arg(m_preview.rows.size())
                       .arg(created)
                       .arg(updated)
                       .arg(unchanged)
                       .arg(rejected);
    if (!m_preview.ignoredColumns.isEmpty())
        text
            += QLatin1Char('\n') + tr("Columns not used: %1.").arg(m_preview.ignoredColumns.join(QStringLiteral("、")));
    m_summary->setText(text);
    m_rejectedOnly->setEnabled(rejected > 0);
    m_rejectedOnly->setChecked(rejected > 0);
    const int writes = created + updated;
    m_import->setEnabled(writes > 0);
    m_import->setText(writes == 0        ? tr("Nothing to import")
                          : rejected > 0 ? tr("Import the %1 valid rows (skip %2 rejected)").arg(writes).arg(rejected)
                                         : tr("Import %1 rows").arg(writes));
    m_table->resizeColumnsToContents();
    return true;
}

bool ImportDialog::chooseColumns(ColumnMapping& mapping)
{
    bool remembered = false;
    const ColumnMapping offered
        = mapping.isEmpty() ? RegistryImport::offeredMapping(m_db, m_registry, m_preview, &remembered) : mapping;
    ColumnMappingDialog chooser(m_preview, offered, remembered, parentWidget());
    chooser.setObjectName(QStringLiteral("columnMapping"));
    if (chooser.exec() != QDialog::Accepted)
        return false;
    mapping = chooser.mapping();
    return true;
}

bool ImportDialog::importRows()
{
    Outcome outcome;
    {
        Progress progress(this, tr("Importing …"));
        outcome = RegistryOperations(m_db, m_actor).importRows(m_preview, &m_result, progress.callback());
    }
    if (!outcome) {
        MessageBox::critical(this, tr("Nothing was imported"), outcome.message());
        return false;
    }
    MessageBox::information(this, tr("Import finished"),
                            tr("%1 new and %2 updated rows were saved; %3 rows were rejected and left out.")
                                .arg(m_result.created)
                                .arg(m_result.updated)
                                .arg(m_result.rejected));
    accept();
    return true;
}

bool ImportDialog::run(Database& db, const Actor& actor, Registry registry, QWidget* parent)
{
    if (const Outcome allowed = RegistryOperations(db, actor).check(); !allowed) {
        MessageBox::warning(parent, tr("Import %1").arg(RegistryImport::registryLabel(registry)), allowed.message());
        return false;
    }
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir"), QDir::homePath()).toString();
    const QString path
        = FileDialog::getOpenFileName(parent, tr("Import %1").arg(RegistryImport::registryLabel(registry)), dir,
                                      tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    ImportDialog dialog(db, actor, registry, parent);
    if (!dialog.loadFile(path))
        return false;
    return dialog.exec() == QDialog::Accepted;
}
