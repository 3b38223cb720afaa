#include "SettingKeys.h"

#include <QCoreApplication>
#include <array>
#include <limits>

namespace sc::models {

namespace {

constexpr const char* TranslationContext = "sc::models::SettingKeys";
constexpr double NoMinimum = std::numeric_limits<double>::lowest();

using Scope = SettingKeys::Scope;
using Kind = SettingKeys::Kind;

// In the order of the Setting enum (entry() indexes it; test_store checks the order).
constexpr std::array Table {
    SettingKeys::Entry {Setting::WorkspaceName, "workspace.name", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    // JSON of IdealCustomerProfile; empty: its defaults().
    SettingKeys::Entry {Setting::IdealCustomer, "icp", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    SettingKeys::Entry {Setting::InboxPollMinutes, "inbox.poll_minutes", Scope::Workspace, Kind::Integer, "5", 1,
                        false},
    SettingKeys::Entry {Setting::OutboxMinIntervalSeconds, "outbox.min_interval_seconds", Scope::Workspace,
                        Kind::Integer, "20", 0, false},
    // The one-click unsubscribe page (RFC 8058), https only; empty: unsubscribe by email.
    SettingKeys::Entry {Setting::MailUnsubscribeUrl, "mail.unsubscribe_url", Scope::Workspace, Kind::Text, "",
                        NoMinimum, false},
    // How the rep signs drafts (several lines); empty: the name of the mailbox a draft goes from (Signature).
    SettingKeys::Entry {Setting::MailSignature, "mail.signature", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    // The sender identity footer every email ends with (who sends it, a postal address: CAN-SPAM), with a
    // line saying how to unsubscribe; empty: no footer.
    SettingKeys::Entry {Setting::MailFooter, "mail.footer", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    // Prospects with no activity for this many months are erased by housekeeping; 0: kept for ever.
    SettingKeys::Entry {Setting::PrivacyRetentionMonths, "privacy.retention_months", Scope::Workspace, Kind::Integer,
                        "0", 0, false},
    // A tray reminder this many minutes before each meeting; 0: none.
    SettingKeys::Entry {Setting::CalendarReminderMinutes, "calendar.reminder_minutes", Scope::Workspace, Kind::Integer,
                        "15", 0, false},
    SettingKeys::Entry {Setting::ResearchDelayMs, "research.delay_ms", Scope::Workspace, Kind::Integer, "1000", 0,
                        false},
    SettingKeys::Entry {Setting::ResearchTimeoutMs, "research.timeout_ms", Scope::Workspace, Kind::Integer, "15000",
                        100, false},
    // Tests and proxies: HOST:PORT:CONNECT-HOST:CONNECT-PORT, comma-separated.
    SettingKeys::Entry {Setting::ResearchConnectTo, "research.connect_to", Scope::Workspace, Kind::Text, "", NoMinimum,
                        false},
    // The DNS server for MX checks; empty: the system's.
    SettingKeys::Entry {Setting::ResearchDns, "research.dns", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    // Research and the Form Filler may read sites on this computer or the local network (an intranet, the
    // tests' fixture servers); link-local addresses never.
    SettingKeys::Entry {Setting::ResearchAllowLocalNetwork, "research.allow_local_network", Scope::Workspace,
                        Kind::Flag, "0", NoMinimum, false},
    // JSON of the Form Filler's SenderProfile.
    SettingKeys::Entry {Setting::FormsSender, "forms.sender", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    SettingKeys::Entry {Setting::FormsSubject, "forms.subject", Scope::Workspace, Kind::Text,
                        QT_TRANSLATE_NOOP("sc::models::SettingKeys", "A question for {company}"), NoMinimum, true},
    SettingKeys::Entry {Setting::FormsMessage, "forms.message", Scope::Workspace, Kind::Text, "", NoMinimum, false},
    SettingKeys::Entry {Setting::FormsTickConsent, "forms.tick_consent", Scope::Workspace, Kind::Flag, "0", NoMinimum,
                        false},
    SettingKeys::Entry {Setting::FormsSiteIntervalMin, "forms.site_interval_min", Scope::Workspace, Kind::Integer, "10",
                        0, false},
    SettingKeys::Entry {Setting::FormsResendDays, "forms.resend_days", Scope::Workspace, Kind::Integer, "90", 0, false},
    SettingKeys::Entry {Setting::FormsConnectTo, "forms.connect_to", Scope::Workspace, Kind::Text, "", NoMinimum,
                        false},
    SettingKeys::Entry {Setting::ApiEnabled, "api.enabled", Scope::Workspace, Kind::Flag, "0", NoMinimum, false},
    SettingKeys::Entry {Setting::ApiBind, "api.bind", Scope::Workspace, Kind::Text, "127.0.0.1", NoMinimum, false},
    // 0: any free port (serve --port 0).
    SettingKeys::Entry {Setting::ApiPort, "api.port", Scope::Workspace, Kind::Integer, "8765", 0, false},
    // Requests per second per key; 0: no limit.
    SettingKeys::Entry {Setting::ApiRate, "api.rate", Scope::Workspace, Kind::Number, "20", 0, false},
    SettingKeys::Entry {Setting::ApiBurst, "api.burst", Scope::Workspace, Kind::Number, "40", 1, false},
    // The model provider drafts use (its name in llm_providers); empty: the only one, else templates alone.
    SettingKeys::Entry {Setting::ConversationProvider, "conversation.provider", Scope::Workspace, Kind::Text, "",
                        NoMinimum, false},
    // US dollars a calendar month; past it AI drafting stops (templates still work). 0: no limit.
    SettingKeys::Entry {Setting::ConversationMonthlyBudget, "conversation.monthly_budget", Scope::Workspace,
                        Kind::Number, "20", 0, false},
    // Figures and names in an AI draft that no used source holds are highlighted before approval.
    SettingKeys::Entry {Setting::ConversationGrounded, "conversation.grounded", Scope::Workspace, Kind::Flag, "1",
                        NoMinimum, false},
    // The language of a draft when neither the thread, the prospect nor the site says: "en" or "fr".
    SettingKeys::Entry {Setting::ConversationLanguage, "conversation.language", Scope::Workspace, Kind::Text, "en",
                        NoMinimum, false},
    // A reply classified interested, question or meeting_time gets a reply drafted in Approvals.
    SettingKeys::Entry {Setting::ConversationSuggestReplies, "conversation.suggest_replies", Scope::Workspace,
                        Kind::Flag, "1", NoMinimum, false},
    // "system" (follow the OS), "en" or "fr".
    SettingKeys::Entry {Setting::UiLanguage, "ui/language", Scope::User, Kind::Text, "system", NoMinimum, false},
    // Empty: the default workspace.
    SettingKeys::Entry {Setting::WorkspaceDirectory, "workspace/directory", Scope::User, Kind::Text, "", NoMinimum,
                        false},
};

static_assert(Table.size() == std::size_t(Setting::WorkspaceDirectory) + 1, "one entry per Setting");

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < Table.size(); ++i) {
        if (std::size_t(Table[i].setting) != i) {
            return false;
        }
    }
    return true;
}
static_assert(inEnumOrder(), "the table is in the order of the Setting enum");

} // namespace

std::span<const SettingKeys::Entry> SettingKeys::all()
{
    return Table;
}

const SettingKeys::Entry& SettingKeys::entry(Setting setting)
{
    return Table[std::size_t(setting)];
}

QString SettingKeys::key(Setting setting)
{
    return QLatin1String(entry(setting).key);
}

QString SettingKeys::defaultValue(Setting setting)
{
    const Entry& e = entry(setting);
    return e.translated ? QCoreApplication::translate(TranslationContext, e.defaultValue)
                        : QString::fromUtf8(e.defaultValue);
}

int SettingKeys::defaultInt(Setting setting)
{
    return QLatin1String(entry(setting).defaultValue).toInt();
}

double SettingKeys::defaultNumber(Setting setting)
{
    return QLatin1String(entry(setting).defaultValue).toDouble();
}

} // namespace sc::models
