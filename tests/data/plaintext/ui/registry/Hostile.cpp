// A fixture for the test plain_text_refuse: every way cmake/CheckPlainText.cmake refuses, once.
void show(const Entity& e, QWidget* parent)
{
    auto* name = new QLabel(e.name, parent);
    QMessageBox::warning(parent, QString(), e.name);
    name->setTextFormat(Qt::AutoText);
    name->setTextFormat(Qt::RichText);
    name->setToolTip(e.name);
}
QVariant data(int role) { return role == Qt::ToolTipRole ? QVariant(m_name) : QVariant(); }
QProgressDialog progress(name, cancel, 0, 1);
