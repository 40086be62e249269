// Notices when nobody has used the program for a while: watches the application's keyboard and mouse input and
// emits idle() after the interval without any (the idle lock, setting security/idleMinutes).
#pragma once

#include <QObject>

class QTimer;

class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // 0 switches the watch off.
    void setInterval(int msec);
    int interval() const;
    bool isActive() const;
    // Starts (or restarts) counting from now; stop() until start() again (while the lock is shown).
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    int m_interval = 0;
    bool m_running = false;
};
