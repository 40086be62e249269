// The ceremony view (投屏) for the witnesses and the room: the plan's title, the full request hash, the seed digits
// as they are typed, then the drawn visits revealed one by one, each with its entity on one line and its team on the
// next, in the largest type in which every visit fits the screen whole. Dark on light, no controls; Esc closes (as the
// line at its foot says).
// The reveal is presentation only: the result was computed once, when the seed was complete.
#pragma once

#include <QWidget>

class QLabel;
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
    // Reveals the visits one every interval, the first at once. Each is "heading\nteam": the first line (第 1 号 and
    // the entity) is shown in bold, the rest on the line below it.
    void reveal(const QStringList& visits, int intervalMs = 1500);
    // Shows every visit not yet revealed.
    void revealAll();

    QStringList revealedLines() const;
    bool isRevealing() const;
    QString seedText() const;
    // The hash line as shown: the plan code and the whole request hash in groups of eight.
    QString hashText() const;
    // The labels of the revealed visits, two for each (heading, team): each is wide and tall enough for its text.
    QList<QLabel*> visitLabels() const;

    // Full screen on the second screen (the projector) when there is one. On a single screen a window over the upper
    // part of it, so that the wizard (and its 抽取 button) can still be reached; the clerk may move or maximise it.
    void showOnBestScreen();
    // The line at the foot that says how to close the view (Esc).
    QString closeHint() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void revealNext();
    // Places every visit (revealed or not) in columns filled top to bottom, in the largest font that fits them all.
    void arrange();

    QLabel* m_title;
    QLabel* m_hash;
    QLabel* m_seed;
    QLabel* m_status;
    QLabel* m_closeHint;
    QWidget* m_board;
    QTimer* m_timer;
    QStringList m_visits; // all of them, in order
    QList<QLabel*> m_headings; // one per visit, hidden until revealed
    QList<QLabel*> m_teams;
    int m_revealed = 0;
};
