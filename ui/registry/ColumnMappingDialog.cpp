#include "ColumnMappingDialog.h"

#include "MessageBox.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "TableHeader.h"
#include "TableText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// "C" for the third column, "AA" for the 27th: as Excel names it.
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const ImportPreview& preview, const ColumnMapping& offered, bool remembered,
                                         QWidget* parent)
    : QDialog(parent)
    , m_registry(preview.registry)
{
    setWindowTitle(tr("Choose the columns of %1").arg(preview.fileName));
    ScreenFit::resize(this, {760, 560}); // the fields scroll

    auto* intro = new PlainLabel(preview.error + QLatin1Char('\n')
                                     + tr("Choose the file's column for each field; fields marked * are required. "
                                          "The examples are the first rows of the file."),
                                 this);
    intro->setWordWrap(true);

    // The entries every drop-down offers: "not imported", then the named columns with examples.
    QStringList names;
    QStringList texts;
    for (int c = 0; c < preview.fileColumns.size(); ++c) {
        const QString name = preview.fileColumns.at(c);
        if (name.isEmpty())
            continue;
        QStringList examples;
        for (const QStringList& row : preview.examples)
            if (!row.value(c).isEmpty())
                examples << row.value(c).left(30);
        names << name;
        texts << (examples.isEmpty()
                      ? tr("Column %1: %2").arg(columnLetters(c), name)
                      : tr("Column %1: %2 (e.g. %3)").arg(columnLetters(c), name, examples.join(QStringLiteral("、"))));
    }

    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    for (const ColumnSpec& spec : RegistryImport::columns(m_registry)) {
        auto* box = new QComboBox(fields);
        box->setObjectName(QStringLiteral("column_") + spec.key);
        box->addItem(tr("(not imported)"), QString());
        for (int i = 0; i < names.size(); ++i)
            box->addItem(texts.at(i), names.at(i));
        // The offered column, matched as the header is (spacing, width).
        const QString wanted = TableText::headerKey(offered.value(spec.key));
        for (int i = 0; i < names.size() && !wanted.isEmpty(); ++i)
            if (TableText::headerKey(names.at(i)) == wanted)
                box->setCurrentIndex(i + 1);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        const QString label = RegistryImport::fieldLabel(m_registry, spec.key);
        form->addRow(new PlainLabel(spec.required ? label + QStringLiteral(" *") : label, fields), box);
        m_boxes.insert(spec.key, box);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check the file with these columns"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (remembered) {
        auto* note
            = new PlainLabel(tr("The columns chosen last time for a file with this header are filled in."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    m_offered = mapping();
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping chosen;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            chosen.insert(it.key(), column);
    }
    return chosen;
}

void ColumnMappingDialog::accept()
{
    if (const QString problem = RegistryImport::mappingProblem(m_registry, mapping()); !problem.isEmpty()) {
        MessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

void ColumnMappingDialog::reject()
{
    if (mapping() != m_offered
        && !MessageBox::confirm(this, windowTitle(), tr("Discard the columns you chose? The file is not imported."),
                                tr("Discard")))
        return;
    QDialog::reject();
}
