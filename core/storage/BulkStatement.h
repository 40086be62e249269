// A prepared statement for the writes an import runs once per record (the entity INSERT, the audit entry). On the
// SQLite connection it runs through SQLite's C API, because QSqlQuery costs several times what SQLite itself does.
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

class BulkStatement final
{
    Q_DISABLE_COPY_MOVE(BulkStatement)

public:
    enum class Backend {
        Automatic, // SQLite's C API when the connection is SQLite's and its library is the one we link
        Portable // QSqlQuery: other drivers; tests run both
    };

    BulkStatement(const QSqlDatabase& db, const QString& sql, Backend backend = Backend::Automatic);
    ~BulkStatement();

    bool isPrepared() const { return m_prepared; }
    bool usesSqliteApi() const { return m_stmt != nullptr; }

    // Parameters count from 0, as with QSqlQuery::bindValue. Values stay bound until the next exec().
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, QStringView text); // a null or empty view binds the empty text, not NULL
    // Text already in UTF-8; the bytes must stay valid and unchanged until exec().
    void bindUtf8(int index, QByteArrayView utf8);

    // Runs the statement once; on failure lastError() says why. The bindings are cleared either way.
    bool exec();
    qint64 lastInsertId() const;
    QString lastError() const { return m_error; }

    // True when the C API works on this connection: SQLite's driver, and the library it uses is the one linked
    // here (same source id), not a second copy built into Qt's plugin.
    static bool sqliteApiUsable(const QSqlDatabase& db);

private:
    static sqlite3* handleOf(const QSqlDatabase& db);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<QByteArray> m_text; // UTF-8 of the bound texts, kept until the statement has run
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_error;
};
