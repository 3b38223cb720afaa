#pragma once

#include <QString>
#include <span>

namespace sc::models {

// Every setting the app reads, workspace-wide (the settings table) or the rep's own (QSettings).
enum class Setting {
    WorkspaceName,
    IdealCustomer,
    InboxPollMinutes,
    OutboxMinIntervalSeconds,
    MailUnsubscribeUrl,
    MailSignature,
    MailFooter,
    PrivacyRetentionMonths,
    CalendarReminderMinutes,
    ResearchDelayMs,
    ResearchTimeoutMs,
    ResearchConnectTo,
    ResearchDns,
    ResearchAllowLocalNetwork,
    FormsSender,
    FormsSubject,
    FormsMessage,
    FormsTickConsent,
    FormsSiteIntervalMin,
    FormsResendDays,
    FormsConnectTo,
    ApiEnabled,
    ApiBind,
    ApiPort,
    ApiRate,
    ApiBurst,
    ConversationProvider,
    ConversationMonthlyBudget,
    ConversationGrounded,
    ConversationLanguage,
    ConversationSuggestReplies,
    UiLanguage,
    WorkspaceDirectory,
};

// The one table of setting keys and their defaults (like KeePassXC's core/Config.cpp), so a key or a
// default is written once: the UI, the agents, the API and the CLI all read it from here.
class SettingKeys
{
public:
    enum class Scope {
        Workspace, // the workspace's settings table (WorkspaceSettings)
        User, // the rep's QSettings (app/AppSettings), not shared with the workspace
    };
    enum class Kind { Text, Flag, Integer, Number };
    struct Entry
    {
        Setting setting;
        const char* key;
        Scope scope;
        Kind kind;
        const char* defaultValue; // as stored: "1"/"0" for a flag, a decimal number for a number
        double minimum; // Integer and Number: a stored value below it reads as the default
        bool translated; // the default is English text the rep reads: translated when read
    };

    static std::span<const Entry> all();
    static const Entry& entry(Setting setting);
    static QString key(Setting setting);
    // The default as stored (translated where it is text for the rep).
    static QString defaultValue(Setting setting);
    static int defaultInt(Setting setting);
    static double defaultNumber(Setting setting);
};

} // namespace sc::models
