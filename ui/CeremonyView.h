// The ceremony view (投屏) for the witnesses and the room: the plan's title, the short request hash, the seed digits
// as they are typed, then the drawn visits revealed one by one. Large type, dark on light, no controls; Esc closes.
// The reveal is presentation only: the result was computed once, when the seed was complete.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

class CeremonyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CeremonyView)

public:
    explicit CeremonyView(QWidget* parent = nullptr);

    void setPlan(const QString& code, const QString& title, const QString& requestHash);
    // The seed so far, shown in groups of five digits.
    void setSeed(const QString& digits, int minimumDigits);
    // Reveals the lines ("第 1 家 …") one every interval; the first at once.
    void reveal(const QStringList& lines, int intervalMs = 1500);
    // Shows every line not yet revealed.
    void revealAll();

    QStringList revealedLines() const;
    bool isRevealing() const;
    QString seedText() const;

    // Full screen on the second screen when there is one, else on this one.
    void showOnBestScreen();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void revealNext();

    QLabel* m_title;
    QLabel* m_hash;
    QLabel* m_seed;
    QLabel* m_status;
    QListWidget* m_visits;
    QTimer* m_timer;
    QStringList m_pending;
};
