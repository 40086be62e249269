// The look every published page shares (resources/templates/publish.css) and its closing lines: the bureau's
// signature and its 领导小组. Used by the plan's pages (Publication) and the statistics page (Statistics).
#pragma once

#include <QDate>
#include <QString>

struct SettingsValues;

class PublicPage final
{
public:
    static QString style();
    // The bureau, its office and the date, as the signature under a page.
    static QString signatureBlock(const SettingsValues& settings, QDate date);
    // The 领导小组 of the settings (组长, 副组长, 成员), empty when none is set.
    static QString leadershipBlock(const SettingsValues& settings);
};
