#pragma once
// While the program is locked, covers every other open window (a dialog the clerk left open with unsaved input):
// its contents and title are hidden but the dialog stays open, so nothing typed is lost. Destroying it uncovers.

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

class LockCurtain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockCurtain)

public:
    // Covers the visible top-level windows other than `except` (the main window, whose page is hidden apart).
    explicit LockCurtain(const QWidget* except);
    ~LockCurtain() override;

    int coveredCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> cover;
        QString title;
    };
    QList<Covered> m_covered;
};
