#include "PublicPage.h"

#include "DrawDocuments.h"
#include "Settings.h"

QString PublicPage::style()
{
    return DrawDocuments::templateText(QStringLiteral("publish.css")).trimmed();
}

QString PublicPage::signatureBlock(const SettingsValues& s, QDate date)
{
    QString html = QStringLiteral("<div class=\"signature\">\n<p>%1</p>\n").arg(s.bureauName.toHtmlEscaped());
    if (!s.office.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(s.office.toHtmlEscaped());
    return html + QStringLiteral("<p>%1</p>\n</div>").arg(DrawDocuments::chineseDate(date).toHtmlEscaped());
}

QString PublicPage::leadershipBlock(const SettingsValues& s)
{
    if (s.leader.isEmpty() && s.deputies.isEmpty() && s.members.isEmpty())
        return {};
    QString html = QStringLiteral("<div class=\"leadership\">\n<p><strong>“双随机、一公开”工作领导小组</strong></p>\n");
    if (!s.leader.isEmpty())
        html += QStringLiteral("<p>组　长：%1</p>\n").arg(s.leader.toHtmlEscaped());
    if (!s.deputies.isEmpty())
        html += QStringLiteral("<p>副组长：%1</p>\n").arg(s.deputies.join(QStringLiteral("、")).toHtmlEscaped());
    if (!s.members.isEmpty())
        html += QStringLiteral("<p>成　员：%1</p>\n").arg(s.members.join(QStringLiteral("、")).toHtmlEscaped());
    return html + QStringLiteral("</div>");
}
