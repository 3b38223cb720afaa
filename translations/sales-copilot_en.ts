<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Sales Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::AgentHost</name>
    <message>
        <source>Another Sales Copilot (process %1) is already running the agents of this workspace. Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent runs jobs of kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prospect&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of their website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of their country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your default language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::ConversationAgent</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 drafted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::Drafter</name>
    <message>
        <source>%1 has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list: no draft was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked not to be contacted: no draft was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not written to you: there is nothing to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest message from %1 is a &quot;%2&quot;: it is never answered with a sales reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s AI budget ($%1) is spent: drafts come from your templates until next month, or raise the budget in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped before the end: read the end of this draft closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: first_touch, follow_up or reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prospect %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI provider is set up: written from your template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 template in this language: add one in Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template for this kind of email either: add one in Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, in %3 (%4), written by %5 from %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, in %3 (%4), from the template &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft of this kind for this prospect already waits in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was decided meanwhile: it was not written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting needs an AI provider: add one in Settings › AI providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from your template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::Embedder</name>
    <message>
        <source>Anthropic has no embeddings API: the knowledge base is searched by keywords alone (BM25). Set an embedding model on an OpenAI or local (Ollama) provider for hybrid search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::Guardrails</name>
    <message>
        <source>Removed a line with %1: it is in neither the conversation nor your documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::LlmProvider</name>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model server at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::conversation::retry</name>
    <message>
        <source>Writing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection, or that the local model server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again, or draft from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set for %1. Add it in Settings, AI providers, or draft from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key for this provider in Settings, AI providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the request (%2). Check the model name in Settings, AI providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting how many requests this account may send. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account has no credit left. Add credit or raise the spending limit on the provider&apos;s website; templates still work meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overloaded right now. Try again in a few minutes, or draft from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem on its side (error %2). Try again later, or draft from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before the end. What arrived is kept: check it, or regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer the app could not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::decision::DecisionAgent</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the predictive score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::decision::PredictiveScore</name>
    <message numerus="yes">
        <source>trained on %n outcome(s)</source>
        <translation>
            <numerusform>trained on %n outcome</numerusform>
            <numerusform>trained on %n outcomes</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough outcomes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough replies, meetings or wins: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough prospects contacted without a reply: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::decision::ScoreTraits</name>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: no seniority word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology: %1, Country: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence with a %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::formfiller::FormFiller</name>
    <message>
        <source>Reading %1/robots.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robots.txt of %1 does not allow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robots.txt of %1 could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not load within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no contact form on the %n page(s) read</source>
        <translation>
            <numerusform>no contact form on the %n page read</numerusform>
            <numerusform>no contact form on the %n pages read</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling the form on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form is protected by %1: it is filled and waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required fields we cannot answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has more than %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form&apos;s next step did not appear (a field may be refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer after sending the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site did not answer the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign that the site received the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form refused these fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the page says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::formfiller::FormFillerAgent</name>
    <message>
        <source>%1 is on the do-not-contact list: no form sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form Filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact forms are filled by the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no company website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A contact form already went to %1 for this prospect in the last %n day(s), or waits for approval.</source>
        <translation>
            <numerusform>A contact form already went to %1 for this prospect in the last %n day, or waits for approval.</numerusform>
            <numerusform>A contact form already went to %1 for this prospect in the last %n days, or waits for approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the contact form on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s record disappeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form at %1. Filled: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a CAPTCHA (%1): after approval it opens for you to solve and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact form was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting: one form every %n minute(s) on %1.</source>
        <translation>
            <numerusform>Waiting: one form every %n minute on %1.</numerusform>
            <numerusform>Waiting: one form every %n minutes on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the contact form on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your details for contact forms in Settings › Contact forms (missing: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you: solve the CAPTCHA on %1 and send the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while this form was being sent: it may have reached %1. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::housekeeping::HousekeepingAgent</name>
    <message>
        <source>Housekeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy up the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting old finished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing search statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash of prospects deleted over 30 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erasing prospects with no activity for %n month(s)</source>
        <translation>
            <numerusform>Erasing prospects with no activity for %n month</numerusform>
            <numerusform>Erasing prospects with no activity for %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::agents::importer::ImportAgent</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prospects from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The first %2 rows of %3 are in the workspace; Retry continues with row %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::ImapClient</name>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: check the server name and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::InboxAgent</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mailbox was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::OutboxSender</name>
    <message>
        <source>The app stopped while the server was taking this message, and it is not in the Sent folder: it may or may not have gone. Check with the recipient or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the server was taking this message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent: an email leaves only once its record can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop receiving these emails, reply &quot;unsubscribe&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop receiving these emails: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::inbox::SmtpClient</name>
    <message>
        <source>%1 refused the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::agents::research::ResearchAgent</name>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research a company&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring the prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect has no company website to research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No website to research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::CaptchaWindow</name>
    <message>
        <source>Contact form on %1 — your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales Copilot filled this form and stopped at the CAPTCHA.&lt;/b&gt; Check the fields, solve the CAPTCHA, then press the site&apos;s own Send button. Sales Copilot never solves a CAPTCHA for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::Cli</name>
    <message>
        <source>Run &apos;sales-copilot-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder (default: the one chosen in the app, else its default workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happens on standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the commands, or with a command its options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::DesktopApp</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted job(s) were resumed.</source>
        <translation>
            <numerusform>%n interrupted job was resumed.</numerusform>
            <numerusform>%n interrupted jobs were resumed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be canceled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, that is on every network address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved for it: choose Edit… and paste its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from %1 is paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::SecretStore</name>
    <message>
        <source>Nothing is saved under this name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so passwords and API keys cannot be saved. Sales Copilot never stores them in plain text. Start or unlock your keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and allow Sales Copilot, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked or was never created. Unlock it, or create it, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not save or read a secret just now. Press Retry; if it keeps failing, restart your computer&apos;s keyring (or log out and back in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::api::SigningKey</name>
    <message>
        <source>%1 must hold at least 32 bytes, base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API&apos;s signing key lives in the keychain: %1 (or set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the API&apos;s signing key in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::AccountSecrets</name>
    <message>
        <source>there is no account named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail account yet: add one with `accounts add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the password of %1 from %2 for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no password: %2 (or set %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::AccountsCommand</name>
    <message>
        <source>accounts test needs the account&apos;s NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP %1:%2: connected and logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP %1:%2: connected and logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the password of %1 from %2 for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no password: %2 (or set %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail accounts agents read and send with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a mail account (its password goes in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password or oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N emails in any 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to its IMAP and SMTP servers, say what fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the mail accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts add needs NAME, --imap URL, --smtp URL and --user USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap must look like imaps://HOST:PORT or imap://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp must look like smtps://HOST:PORT or smtp://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls must be implicit, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls none is only allowed for a server on this computer (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be password or oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cap must be a number of emails, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1. Its password comes from the keychain (Settings, or `secrets set %2`) or, on a machine without one, from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is warmed: sequences send at its full cap from the first day (else 20 a day, +20% a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is warmed (full cap from the first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is new: sequences ramp its sending up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts set NAME needs --warmed or --not-warmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is warmed: sequences send at its full cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new: sequences ramp its sending up (20 a day, +20% a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sending paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop sending from a mail account until it is resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send again from a mail account paused by you, its bounces or a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1 needs the account&apos;s NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by the rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending is paused; queued emails wait until `accounts resume %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts needs a subcommand: add NAME ..., set NAME ..., pause NAME, resume NAME, test NAME, list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ApiKeysCommand</name>
    <message>
        <source>the clients allowed to use the local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new client id and secret (the secret is shown once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, write and/or approve, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show every key, revoked ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke a key: its tokens stop working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-keys create NAME --scopes read,write,approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is shown once: keep it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-keys revoke ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 revoked: its tokens stop working now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-keys create NAME --scopes LIST | api-keys list | api-keys revoke ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::BenchCommand</name>
    <message>
        <source>measure import and the Prospects view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the generated CSV for the import benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prospects must be a number of at least 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-rows must be a number of at least 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating the demo workspace failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring benchmark changed no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sqlite3 shell could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sqlite3 shell could not copy the rows into a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the import benchmark, the search index finds %1 rows for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import benchmark imported %1 of %2 rows: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ClassifyCommand</name>
    <message>
        <source>what each message is: bounce, auto-reply, interested...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classify needs one or more .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::Command</name>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a page after this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach HOST:PORT at CONNECT-HOST:CONNECT-PORT instead (a test server, a proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read sites on this computer or the local network (never link-local addresses)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::DemoCommand</name>
    <message>
        <source>fill a new workspace with invented demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prospects must be a number from 1 to 5000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1 already has prospects; demo data goes into a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace ready in %1: %2 companies, %3 prospects, %4 drafts waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::DncCommand</name>
    <message>
        <source>the do-not-contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the do-not-contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never contact this address, or anyone at this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take an address or a domain off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add every address or domain of a file (one a line, or a CSV column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whether an address may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnc needs: list, add VALUE, remove VALUE, import FILE or check EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the do-not-contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the do-not-contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::DraftCommand</name>
    <message>
        <source>write a draft for a prospect and put it in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_touch, follow_up or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this template (default: the language&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the draft should do or say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message a reply answers (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the template alone, even with a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no provider (or with --no-ai, or past the monthly budget) the draft comes from a template. Exits with 1 when no draft was written (do-not-contact, unsubscribed, nothing to reply to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft needs --prospect ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is first_touch, follow_up or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-to needs a message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 for %2 &lt;%3&gt; is in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: %3 tokens in, %4 out, $%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1, chunk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::EmailCommand</name>
    <message>
        <source>find and verify business email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate addresses and how sure (MX, the domain&apos;s pattern; no SMTP probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how sure an address is (MX, the domain&apos;s pattern; no SMTP probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns must be an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email verify needs one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email needs: find --first NAME [--last NAME] --domain DOMAIN, or verify ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::EnrichCommand</name>
    <message>
        <source>what the company&apos;s own website says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what was found in the workspace (the company&apos;s facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at least this long between two requests to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrich needs one domain or web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds, 100 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ExportCommand</name>
    <message>
        <source>export prospects (columns that import back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) exported to %1</source>
        <translation>
            <numerusform>%n prospect exported to %1</numerusform>
            <numerusform>%n prospects exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::app::cli::FillFormCommand</name>
    <message>
        <source>find the site&apos;s contact form, fill it and send it (never past a CAPTCHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep&apos;s details (JSON: first_name, last_name, email, phone, company, job_title, website, country, subject, message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, instead of the profile&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and fill the form, but do not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the page as it ends (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the consent boxes the form requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 sent or dry run, 3 CAPTCHA, 4 no form, 5 robots.txt, 1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill-form needs one web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill-form needs --sender PROFILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender profile lacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds, 500 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screenshot could not be saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::HelpCommand</name>
    <message>
        <source>list the commands, or show one command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sales-copilot-cli help COMMAND&apos; (or COMMAND --help) for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes a command, and perhaps one of its subcommands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ImportCommand</name>
    <message>
        <source>import prospects (HubSpot, Salesforce, Apollo, Excel... exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::InitCommand</name>
    <message>
        <source>create (or upgrade) the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; ready in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::JobsCommand</name>
    <message>
        <source>--state must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs enqueue needs one job kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payload must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent runs jobs of kind &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 waiting to retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered %1 interrupted job(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs %1 needs one job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has not failed or been canceled, so it cannot be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is running; it will stop at its next checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown jobs subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job queue the agents work through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show queued, running and recent jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue a job for the agent that runs its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object for the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher runs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after N attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run every due job headless, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a queued job, or stop a running one at its next checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue a failed or canceled job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs needs a subcommand: list, enqueue, run, cancel, retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs run takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::KbCommand</name>
    <message>
        <source>the knowledge base drafts are grounded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passages that best answer a question, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a document out of the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb add exits with 1 when any file was refused (the others are added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb needs: add FILE..., list, search QUERY or remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 added (%2, %n chunk(s))</source>
        <translation>
            <numerusform>%1 added (%2, %n chunk)</numerusform>
            <numerusform>%1 added (%2, %n chunks)</numerusform>
        </translation>
    </message>
    <message>
        <source>no passage of the knowledge base matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chunk %2, page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chunk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in the knowledge base (see kb list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword search only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add documents (text, Markdown, HTML, PDF, Word .docx); each one wholly or not at all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::MeetingsCommand</name>
    <message>
        <source>the rep&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings from --from to --to (default: the next 30 days), with each attendee&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book a meeting with a prospect; prints it with its uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long, in minutes (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone its invitation shows (IANA; default this machine&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox that organizes it (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a meeting (its length kept unless --duration); raises its sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts now (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings needs: list, create, move ID or cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration is a number of minutes from 1 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are ISO 8601 times, e.g. 2027-01-12T14:00:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings create needs --prospect ID, --start TIME (ISO 8601) and --title TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time zone (an IANA name such as Europe/Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no mailbox &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 booked (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings move needs --start TIME (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 moved (sequence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::OutboxCommand</name>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 failed, %4 blocked, %5 found in Sent after a crash, %6 uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the daily sending cap is reached; the rest waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 needs a message ID (see `outbox list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is %2: nothing to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no message %1 in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email waiting to go, and what went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what waits, went, failed or needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send what is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a failed or uncertain message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an uncertain message as sent (it is in the Sent folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never send a queued, failed or uncertain message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox needs a subcommand: list, flush, retry ID, confirm ID, cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending is paused: %2 (`accounts resume %1` resumes it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ProspectsCommand</name>
    <message>
        <source>the workspace&apos;s prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list prospects, as the Prospects view finds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase people everywhere; a hash of their address keeps them from ever being contacted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase prospects with no activity for N months now (0 turns retention off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of inactivity; saved as the workspace&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects forget needs prospect ids, e.g. 12 or 12,13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be a whole number of months, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention is off: prospects are kept until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) erased, with %1 message(s), %2 outbox email(s) and %3 draft(s).</source>
        <translation>
            <numerusform>%n prospect erased, with %1 message(s), %2 outbox email(s) and %3 draft(s).</numerusform>
            <numerusform>%n prospects erased, with %1 message(s), %2 outbox email(s) and %3 draft(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>prospects needs a subcommand: list, forget ID..., retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ProviderKey</name>
    <message>
        <source>no key for %1: %2 (save it with: secrets set %3, or set %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ProvidersCommand</name>
    <message>
        <source>the AI model providers drafts are written with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a provider (or change the one of that name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anthropic, openai or openai-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model drafts are written with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (required for openai-compatible, e.g. http://localhost:11434/v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of the knowledge base&apos;s embeddings (none: keyword search alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write drafts with this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a one-line request and say whether the provider answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a provider (its key stays in the keychain until secrets delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the prices per million tokens, or set one model&apos;s (US dollars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are never stored in the workspace: save one with `secrets set llm-NAME` (read from standard input), or set SALES_COPILOT_SECRET_NAME where no keychain is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers needs: add NAME, use NAME, list, test NAME, remove NAME or price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; (providers list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts are now written with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1 saved (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save its key with: sales-copilot-cli secrets set %1 (or set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(public API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider yet: drafts come from templates (providers add NAME --kind … --model …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers (%2, %3 ms): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers price MODEL INPUT OUTPUT: dollars per million tokens, e.g. 3 15</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ScoreCommand</name>
    <message>
        <source>score every prospect against the ideal-customer profile now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) changed in %1 ms</source>
        <translation>
            <numerusform>%n score changed in %1 ms</numerusform>
            <numerusform>%n scores changed in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Train the predictive score on the workspace&apos;s outcomes now and report it (held-out AUC of the rule score and of the model, the strongest traits); the rule score stays until 50 outcomes exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictive score yet (%1): the rule score is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Predictive score trained on %1 outcomes (%2 positive); %n prospect(s) scored.</source>
        <translation>
            <numerusform>Predictive score trained on %1 outcomes (%2 positive); %n prospect scored.</numerusform>
            <numerusform>Predictive score trained on %1 outcomes (%2 positive); %n prospects scored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out AUC on %1 prospects: rule score %2, model %3; predicted rate %4, observed %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SecretsCommand</name>
    <message>
        <source>secrets (passwords, keys) in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can secrets be saved on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the value read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a secret from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets needs a subcommand: status, set NAME, delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets %1 needs one name made of letters, digits and . _ @ / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is available: secrets can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets set reads the value from standard input, and it was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SendCommand</name>
    <message>
        <source>queue an email and send it (outbox rules apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text body (UTF-8 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body (UTF-8 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID this answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue it; it goes with the next outbox flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs --account NAME, --to ADDRESS, --subject TEXT and --text FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued message %1 to %2 (Message-ID &lt;%3&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 (Message-ID &lt;%2&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it goes when the sending rules allow (daily cap, spacing between messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SendTimesJson</name>
    <message>
        <source>Not enough replies yet: %1 of %2 — sending at the first business hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replies in this scope (%2 in the workspace). Best hours, local to the prospect: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SequencesCommand</name>
    <message>
        <source>multi-step outreach the Decision engine runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every sequence with its live counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a sequence from its file (README, &quot;Sequence files&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence&apos;s file, counts and results per step and variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll prospects: those a search finds, or by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search, as in the Prospects view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause a sequence, or one prospect in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume a sequence, or one prospect in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run every step due up to --until (ISO 8601; without an offset: UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as if the clock read TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan up to TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plan: change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences needs a subcommand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences %1 needs a sequence name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 time, e.g. 2027-01-04T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences run needs --until TIME (ISO 8601, e.g. 2027-01-11T00:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2%3: %4 steps, %5 enrolled, %6 running, %7 paused, %8 finished, %9 replied, %10 bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence yet: `sequences create --file SEQUENCE.json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the sequence %1 (%2 steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sequence &quot;%1&quot; (see `sequences list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids must be prospect ids separated by commas, e.g. 1,2,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences enroll NAME needs --query TEXT or --ids 1,2,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled, %2 already, %3 on the do-not-contact list, %4 without an address, %5 who replied or whose deal is decided (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect %1 is not running in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect %1 is not paused in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned, %2 waiting for a slot after %3, %4 stopped (do-not-contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekday and hour replies arrive at, learned per country and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern of this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern of this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--company must be a company id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no step %2: its steps are 0 to %3 (waits counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of &quot;%2&quot; is not an A/B test (an email step with two versions or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of &quot;%2&quot; has no winner: the difference is not significant at 95% confidence (p = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of &quot;%2&quot; has no winner yet: it needs %3 sends per version at 95% confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of step %2 now goes to everyone who has not reached it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 already sends version %2 to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send an A/B step&apos;s declared winner to everyone who has not reached the step yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s index in the file&apos;s steps (waits counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences send-winner needs --step I, the step&apos;s index in `steps` (waits counted, as in `sequences show --json`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::ServeCommand</name>
    <message>
        <source>the local REST API until SIGTERM/SIGINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second per client (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve takes options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port, --rate and --burst take numbers (port 0-65535, rate &gt;= 0, burst &gt;= 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (Ctrl+C to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256 (pin it in your client): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::SyncCommand</name>
    <message>
        <source>fetch new mail (INBOX and Sent), classify, thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 new, %4 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::TemplatesCommand</name>
    <message>
        <source>the email template library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the templates, every language variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a template, or another language variant of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_touch, follow_up, reply_question, meeting_confirmation or break_up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject (Mustache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the body (Mustache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (plain-text email) or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render a template for a prospect: subject, body, unresolved variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant (default: the prospect&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render exits 0 even when variables are unresolved (they are listed); such a draft cannot be approved until they are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates needs: list, add NAME or render NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates %1 takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates add needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 (%2) added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates render needs --prospect ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot; (templates list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 (%2) does not parse: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} (unknown variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved: %1 — this draft cannot be approved until they are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name comes from your mailbox (accounts add) or the Form Filler&apos;s sender profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::app::cli::VersionCommand</name>
    <message>
        <source>print the version (also --version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::AgentStatusModel</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox — add one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::DiskSpace</name>
    <message>
        <source>The disk holding your workspace (%1) is full. Free at least %2 on it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding your workspace (%1) is full: %2 free there. Free at least %3 on it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::DraftListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::FormSubmissionRepository</name>
    <message>
        <source>Contact form sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form on %1 filled; a CAPTCHA waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form on %1 sent by you after the CAPTCHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form on %1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact form found on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks robots not to open its contact page: not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::JobListModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::LeadScorer</name>
    <message>
        <source>title matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior title (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared role address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::LlmRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: anthropic, openai or openai-compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider needs a model (for example claude-sonnet-4-5, gpt-4.1-mini or llama3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs its base URL (Ollama: http://localhost:11434/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of Sales Copilot (schema %1; this version knows up to %2). Update Sales Copilot to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::ProspectTableModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::SettingKeys</name>
    <message>
        <source>A question for {company}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::models::Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a prospect, in the trash: restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a prospect: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add this person: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::AgentsView</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents work in the background. Nothing leaves your computer without your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the agents take on appears here, with its progress and any error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::AiComposer</name>
    <message>
        <source>Write with AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate to French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing; what is written so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your text back as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing with AI is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to a prospect (choose one in the To field) to draft with AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft this email with AI, from what you know about the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI provider: the email is written from your template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite your text: shorter, more formal, friendlier, translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an AI provider in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first, or use Write with AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewrite came back empty: your text is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewrite was cut short: check the end of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: what was written so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sending: %1 — not in your documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::AiPricesEditor</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, US$ per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output, US$ per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the budget, drafts are written from your templates until next month. 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent this month: US$ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price needs the model&apos;s name, as the provider spells it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::AiProvidersPage</name>
    <message>
        <source>AI providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model marked “Drafts” writes your emails. Without one, drafts come from your templates. Keys are kept in your system keychain, never in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one short request to the model and says how long the answer took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What models cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag figures and names my documents don&apos;t contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when neither the conversation, the prospect nor their website tells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider named %1 exists already: pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts will no longer be written with %1. Its key is removed from the keychain. The drafts it wrote stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ApiKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses it: “CRM sync”, “my script”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write (change prospects, the do-not-contact list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve (approve or reject drafts in your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ApprovalsView</name>
    <message>
        <source>Not approved: this draft still holds template variables with no value (%1). Edit them into words, then approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re all caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your approval. Emails the agents write will wait here until you approve, edit or reject them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting for you</source>
        <translation>
            <numerusform>%n draft waiting for you</numerusform>
            <numerusform>%n drafts waiting for you</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not sent yet: add a mailbox in Settings to send approved emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, but not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox yet — add one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>QDateTime formats: ddd the day&apos;s short name, MMM the month&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject, saying why if you like (Ctrl+Delete rejects at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this draft again, with what should change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing this draft again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (optional: it helps the agents write the next ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too pushy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the right moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written again without the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change? (optional, for example: shorter, mention the webinar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their time %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing planned in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing planned in the next day.</numerusform>
            <numerusform>Nothing planned in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ui::ComposeDialog</name>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mailbox in Settings to send email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email needs a subject and a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, company or name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ContactFormsPage</name>
    <message>
        <source>Contact forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every form waits in Approvals before it is sent. A CAPTCHA always comes back to you; it is never solved for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {company} team, … — {my_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company}, {first_name}, {last_name}, {my_name} and {my_company} are replaced for each prospect; you can edit each message in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min between two forms to one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before the same prospect on the same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never twice within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact-form settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the consent boxes a form requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agree to the site&apos;s terms in your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ConversationsView</name>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier learns from your correction at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reply is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2
%3 · %4 · %n message(s)</source>
        <translation>
            <numerusform>%1 — %2
%3 · %4 · %n message</numerusform>
            <numerusform>%1 — %2
%3 · %4 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies appear here once a mailbox is added in Settings and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not correct the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has remote images, which can tell the sender you opened it. They stay blocked unless you choose to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect, address or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox (%n need(s) you)</source>
        <translation>
            <numerusform>Outbox (%n needs you)</numerusform>
            <numerusform>Outbox (%n need you)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search or the filters to see every conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Inbox agent is not sure this is “%1” — confirm or correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this category: the classifier learns from it at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reply from a prospect can be answered with a drafted reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an answer to the latest message; it waits in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message like this one is never answered with a sales reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest message is “%1”: it is never answered with a sales reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::DoNotContactPage</name>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address or whole domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this list is ever contacted, by any agent or channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::DraftDetails</name>
    <message>
        <source>%1 (%2)</source>
        <comment>model (provider)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 in / %3 out · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written again as you asked: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template value with nothing in it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before approving: %1 — not in your documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::DraftEmailsDialog</name>
    <message>
        <source>Draft emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An email is drafted for each of the %n selected prospect(s). The drafts wait in Approvals: nothing is sent before you approve it.</source>
        <translation>
            <numerusform>An email is drafted for each of the %n selected prospect. The drafts wait in Approvals: nothing is sent before you approve it.</numerusform>
            <numerusform>An email is drafted for each of the %n selected prospects. The drafts wait in Approvals: nothing is sent before you approve it.</numerusform>
        </translation>
    </message>
    <message>
        <source>First email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “mention our webinar on 12 March”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft %n email(s)</source>
        <translation>
            <numerusform>Draft %n email</numerusform>
            <numerusform>Draft %n emails</numerusform>
        </translation>
    </message>
    <message>
        <source>Default for the prospect&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::DraftService</name>
    <message>
        <source>No key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::EditDraftDialog</name>
    <message>
        <source>Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ForgetDialog</name>
    <message numerus="yes">
        <source>Forget %n person(s)</source>
        <translation>
            <numerusform>Forget %n person</numerusform>
            <numerusform>Forget %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) everywhere?</source>
        <translation>
            <numerusform>Erase %n person everywhere?</numerusform>
            <numerusform>Erase %n people everywhere?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their details, emails, drafts, queued emails, tasks, sequences and timeline are erased for good; this cannot be undone. Only a one-way hash of their address is kept, so Sales Copilot never contacts them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::IdealCustomerPage</name>
    <message>
        <source>Ideal customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists are comma-separated. Scores update in the background when this changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics, Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of Sales, Directeur commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head, director, vp, directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the ideal customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the prospects of %1 to your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the import keeps running, and you can follow it in Agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import. Prospects saved so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling… prospects saved so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the import to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file and saving prospects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was paused; it will resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the import could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospects saved before you canceled are kept. Import the file again to add the rest: no one is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospects saved before it stopped are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file and import it again: no one is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>These rows were skipped. Fix them in the file and import it again: no one is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ImportPreview</name>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names as written in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line numbers in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark opens a cell but never closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has too many columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet app, choose File › Save As, pick “CSV UTF-8”, then import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, with columns separated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as CSV. %1 Fix it in your spreadsheet app, save it again as CSV, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 columns can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file exported from Excel, HubSpot, Salesforce, Apollo, Pipedrive or LinkedIn Sales Navigator. You can also drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file, or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email found in column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n column will be ignored.</numerusform>
            <numerusform>%n columns will be ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows; the whole file will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the column that holds email addresses to “%1”: each prospect is recognised by their email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are set to “%1”. Set one of them to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::KeychainNotice</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::KnowledgeBasePage</name>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Add your price list, a product sheet or your FAQ to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question a prospect might ask, e.g. How fast do you answer urgent tickets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents about your offer — prices, product sheets, FAQs, case studies. Drafts quote only what they say. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1… You can go on working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 added: %2, %n passage(s).</source>
        <translation>
            <numerusform>%1 added: %2, %n passage.</numerusform>
            <numerusform>%1 added: %2, %n passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the knowledge base?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts will no longer quote it. The file itself stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage answers this. A draft would have nothing to quote on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 documents… You can go on working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Copilot uses the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::LocalApiPage</name>
    <message>
        <source>Local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and tools reach the workspace with a key made here: at 127.0.0.1 on this computer, or over HTTPS from the network if you allow it. Approvals through the API carry the key&apos;s name in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the API on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other devices on the network too (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s per key (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this fingerprint to the devices that connect: they check it to know they reach this computer and nothing in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the API settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret now: it is shown only once.

client_id: %1
client_secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — made %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet: make one for each script or tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::MailAccountDialog</name>
    <message>
        <source>Add a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> emails a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (IMAP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (SMTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the incoming and the outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password (it is kept in your system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS: without encryption the password would cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail: connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail: connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Workspace and Microsoft 365 accounts that refuse passwords accept an OAuth2 access token (SASL XOAUTH2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token (it is kept in your system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mailbox is already warmed up (send at the full daily cap from the first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new mailbox that suddenly sends a lot looks like spam to mail providers. Unless it is already warmed up, sequences send 20 emails on its first day, then 20% more each day until the sending limit. Tick this for a mailbox that has been sending for weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail sent in bursts looks like spam to mail providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-site.example/unsubscribe?t={token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your page for one-click unsubscription (RFC 8058). Without it, recipients unsubscribe by email, which the Inbox agent applies at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new mail every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait between two emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe page must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox yet. Add the one you prospect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dana Reyes
Account Executive, Kestrel Labs
+1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every draft ends with it. Left empty, drafts are signed with the name of the mailbox they go from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from this mailbox is paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel Labs, 12 Harbour Street, Portland, OR 97201, USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Your company and postal address, under every email with a line on how to unsubscribe (the law in the US and elsewhere asks for both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (sending paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::MainWindow</name>
    <message>
        <source>Sales Copilot — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Demo for Heron Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address, or paste a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the invitation says (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for them (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::OutboxPanel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient got it (or you checked your Sent folder): record it as sent, send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails you send or approve wait here until they go, within your sending limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record it as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox yet — add one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::PipelineStagesEditor</name>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages a prospect goes through, in order. New stages come before the closed ones (won, lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln prospect(s)</source>
        <translation>
            <numerusform>%1 — %Ln prospect</numerusform>
            <numerusform>%1 — %Ln prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospects in this stage count as won deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects in this stage count as lost deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stage “%1”? No prospect is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln prospect(s). Before the stage goes, move them to:</source>
        <translation>
            <numerusform>“%1” holds %Ln prospect. Before the stage goes, move them to:</numerusform>
            <numerusform>“%1” holds %Ln prospects. Before the stage goes, move them to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectDetailPanel</name>
    <message>
        <source>Notes about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospect selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened with this prospect yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task, e.g. Call back about pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Trade show, Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, and what comes next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not researched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research queued: see Agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in common with the ideal customer (Settings) yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Type one below — a call to make, a document to send — and give it a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact: its name and its value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a form field: its label and the value sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectPrediction</name>
    <message>
        <source>Predictive score: learning — not trained yet (it needs %1 outcomes: replies, meetings, wins and silences); the rule score is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 outcomes so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 replies, meetings or wins so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 prospects contacted without a reply so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive score: learning — %1; the rule score is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive score: not scored yet — the next training scores this prospect; the rule score is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted reply chance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(learned from %1 outcomes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectSequencesTab</name>
    <message>
        <source>AI-written email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email (A/B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From their country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone this person&apos;s sequence steps run in (business hours are theirs). Empty: their country&apos;s zone, or the sequence&apos;s when the country has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposing a time to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointing to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: a colleague at their company replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: they replied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: they replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: they unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: they reported it as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: marked won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: marked lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: marked do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1 (out of office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: every step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, before step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their country has several time zones (or none is known): the sequence&apos;s is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From their country: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any sequence. Right-click them in the list and choose Enroll in a sequence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ProspectsView</name>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, company, title or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%n match for &quot;%1&quot;</numerusform>
            <numerusform>%n matches for &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>No prospects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects appear here when you import them or when the Research agent finds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospect matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling or search for less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n prospect(s) to</source>
        <translation>
            <numerusform>Move %n prospect to</numerusform>
            <numerusform>Move %n prospects to</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag for the selected prospects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prospects from a CSV file (HubSpot, Salesforce, Apollo, Pipedrive, Excel…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) deleted.</source>
        <translation>
            <numerusform>%n prospect deleted.</numerusform>
            <numerusform>%n prospects deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prospect(s)</source>
        <translation>
            <numerusform>Delete %n prospect</numerusform>
            <numerusform>Delete %n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) match the filters</source>
        <translation>
            <numerusform>%n prospect match the filters</numerusform>
            <numerusform>%n prospects match the filters</numerusform>
        </translation>
    </message>
    <message>
        <source>No prospect matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a filter or two to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prospects shown, with the current search and filters, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prospects in one stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the prospects of one owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prospects with one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prospects whose company is in one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prospects with at least this lead score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prospects contacted recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting prospects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) exported to %1</source>
        <translation>
            <numerusform>%n prospect exported to %1</numerusform>
            <numerusform>%n prospects exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) enrolled in “%1”.</source>
        <translation>
            <numerusform>%n prospect enrolled in “%1”.</numerusform>
            <numerusform>%n prospects enrolled in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in it.</source>
        <translation>
            <numerusform>%n already in it.</numerusform>
            <numerusform>%n already in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: on the do-not-contact list.</source>
        <translation>
            <numerusform>%n skipped: on the do-not-contact list.</numerusform>
            <numerusform>%n skipped: on the do-not-contact list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no email address.</source>
        <translation>
            <numerusform>%n skipped: no email address.</numerusform>
            <numerusform>%n skipped: no email address.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research a company from its website: name, description, address, phones, public emails, profiles, technologies, size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s website or domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the research</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Researching %n company website(s): follow it in Agents.</source>
        <translation>
            <numerusform>Researching %n company website: follow it in Agents.</numerusform>
            <numerusform>Researching %n company websites: follow it in Agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a website or a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researching %1: the company appears when its website has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research the company website(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the contact forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n contact form(s): each waits in Approvals before it is sent.</source>
        <translation>
            <numerusform>Preparing %n contact form: each waits in Approvals before it is sent.</numerusform>
            <numerusform>Preparing %n contact forms: each waits in Approvals before it is sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the contact form(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person by hand, or a company from its website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one person by hand: name, email, company, title, phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company from its website…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected prospect&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected prospects replied already or have a won or lost deal.</source>
        <translation>
            <numerusform>%n of the selected prospects replied already or have a won or lost deal.</numerusform>
            <numerusform>%n of the selected prospects replied already or have a won or lost deal.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sequence would write to them as if nothing had happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: replied, won or lost.</source>
        <translation>
            <numerusform>%n skipped: replied, won or lost.</numerusform>
            <numerusform>%n skipped: replied, won or lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added. Their details are on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft emails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an email for each selected prospect; the drafts wait in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the prospects to write to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drafting %n email(s) — see Agents. The drafts land in Approvals.</source>
        <translation>
            <numerusform>Drafting %n email — see Agents. The drafts land in Approvals.</numerusform>
            <numerusform>Drafting %n emails — see Agents. The drafts land in Approvals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %n person(s)…</source>
        <translation>
            <numerusform>Forget %n person…</numerusform>
            <numerusform>Forget %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) forgotten: erased everywhere, never to be contacted again.</source>
        <translation>
            <numerusform>%n person forgotten: erased everywhere, never to be contacted again.</numerusform>
            <numerusform>%n people forgotten: erased everywhere, never to be contacted again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ProviderDialog</name>
    <message>
        <source>Anthropic (Claude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI (GPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local or compatible server (Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an AI provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Claude, Office laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example text-embedding-3-small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for document search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for %1&apos;s own service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually none for a local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local server keeps your emails on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your system keychain, never in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available: see Settings › AI providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::ReplyDraftBar</name>
    <message>
        <source>Open Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting a reply to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1 drafted: see Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SendTimeHeatmap</name>
    <message>
        <source>Not enough replies yet: %1 of %2 — sending at the first business hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours: sends go at the first moment in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:00–%3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% of replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SendTimesDialog</name>
    <message>
        <source>Send times</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole workspace (%n replies)</source>
        <translation>
            <numerusform>Whole workspace (%n reply)</numerusform>
            <numerusform>Whole workspace (%n replies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Country: %1 (%n replies)</source>
        <translation>
            <numerusform>Country: %1 (%n reply)</numerusform>
            <numerusform>Country: %1 (%n replies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Company: %1 (%n replies)</source>
        <translation>
            <numerusform>Company: %1 (%n reply)</numerusform>
            <numerusform>Company: %1 (%n replies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours are the prospect&apos;s own. Sequences send inside business hours, in the best-rated of them within two business days of a step&apos;s due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best hours: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n replies only: it leans on the wider pattern.</source>
        <translation>
            <numerusform>Learned from %n reply only: it leans on the wider pattern.</numerusform>
            <numerusform>Learned from %n replies only: it leans on the wider pattern.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pattern yet: sends follow the hours replies come in once the workspace has %1 replies to learn from (%2 of %1 so far). Until then, steps run at the first moment inside business hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceDetails</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the emails sent had a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is sent or prepared until you resume; queued emails are taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence walks on where each prospect was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends from %1 · %2, %3–%4 (%5) · at most %6 a day, %7 apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops on nothing but the deal&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a colleague&apos;s reply stops the whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n holiday(s)</source>
        <translation>
            <numerusform> · %n holiday</numerusform>
            <numerusform> · %n holidays</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet: enroll prospects from the Prospects view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner: version %1 (p = %2, 95% confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner yet: needs %1 sends per version at 95% confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (p = %1 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner yet: the difference is not significant at 95% confidence (p = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a prospect first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect&apos;s sequence is over: there is nothing to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending version %1 to everyone from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other version of this step weighs 0: whoever reaches it gets version %1. Edit the sequence to test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send version %1 to the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who has not reached step %1 yet gets version %2; who got it keeps what they got</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceEditorDialog</name>
    <message>
        <source>They reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They report spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting is booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply from a colleague at the same company stops the whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Outbound Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For prospects whose own time zone is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the prospect&apos;s own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> emails a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s between two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a prospect&apos;s sequence when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won, lost and do-not-contact always end outreach; an out-of-office reply pauses the prospect until they are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence named “%1” already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceStepEditor</name>
    <message>
        <source>Written here (two versions or more: an A/B test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template from your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the AI for each prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects are split between versions by weight. Subjects and bodies may use variables such as {{first_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category sends the template of that category in the prospect&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the AI should say, e.g. mention their new office (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Conversation agent writes a draft for each prospect from their research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits in Approvals until you approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days outside the business days and holidays do not count. A reply during the wait stops the sequence as the stop rules say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call {{first_name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task for you in Today; nothing is automated on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Form Filler fills the contact form of the prospect&apos;s company website, at its own pace; you check what it sends in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (no subject yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each version gets its weight&apos;s share of the prospects (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SequenceText</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spam complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n business day(s)</source>
        <translation>
            <numerusform>Wait %n business day</numerusform>
            <numerusform>Wait %n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form, filled by the Form Filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: A/B test of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email from the template “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email written by the AI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 needs a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of version %1 must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 needs a subject and a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wait lasts at least 1 business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is a call, a LinkedIn visit or another task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the email is: write at least one version, pick a template, or let the AI write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email either waits for your approval or is sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is an email, a wait, a task or a contact form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone: pick one from the list, such as Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sequence a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours need a start time, such as 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours need an end time, such as 17:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of emails per day must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time between two emails must be 0 seconds or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the stop rules is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one step that does something: an email, a task or a contact form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SequencesView</name>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence sends your emails, tasks and contact forms step by step, in each prospect&apos;s business hours, and stops the moment they reply. Create one, then enroll prospects from the Prospects view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-step outreach that runs itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n sequence</numerusform>
            <numerusform>%n sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) on their way</source>
        <translation>
            <numerusform>%n prospect on their way</numerusform>
            <numerusform>%n prospects on their way</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best send times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When prospects answer, learned from the replies in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send version %1 to the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who has not reached step %1 yet gets version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects who already got this step keep what they got. The other versions stop being sent; edit the sequence to test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send version %1 to the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplateEditor</name>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Intro after a webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A question for {{company}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{first_name}},

Write the email as you would send it; Insert variable puts in what differs from one prospect to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a value of the prospect or of you where the cursor is, in the subject or the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplateLabels</name>
    <message>
        <source>First touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the company does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the subject, {{#%1}} opens a section that is never closed: add {{/%1}} where it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the body, {{#%1}} opens a section that is never closed: add {{/%1}} where it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the subject, {{/%1}} closes a section that was never opened: add {{#%1}} before it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the body, {{/%1}} closes a section that was never opened: add {{#%1}} before it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the subject, a variable is not closed: every {{ needs its }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the body, a variable is not closed: every {{ needs its }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject cannot be read as a template (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body cannot be read as a template (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the body of the email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplateListPanel</name>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — comes with Sales Copilot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplatePreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospect matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect the preview writes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospect to preview with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prospect or import a list in Prospects: the preview then shows this email as they would receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prospect to see this email as they would receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a subject and a body: the email shows here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect is no longer in the workspace: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a variable: check its spelling, or pick one from Insert variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} has no value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: every variable has a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for %1: a draft made from this template cannot be approved until every variable has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: {{#title}}as {{title}}{{/title}} writes its words only when there is a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TemplatesView</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates are the emails the agents start from: a first touch, a follow-up, an answer. Click New template to write your first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) in your library</source>
        <translation>
            <numerusform>%n template in your library</numerusform>
            <numerusform>%n templates in your library</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the French version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the English version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template in this category yet: New template starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new template: it joins your library when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language version of “%1”, started from the other one: write it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with Sales Copilot. Edit it as you like, or duplicate it to keep the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new template before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “%1” before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a version in this language: switch to it above, or choose another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template is called “%1”: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n language version(s) go with it.</source>
        <translation>
            <numerusform>Its %n language version goes with it.</numerusform>
            <numerusform>Its %n language versions go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>It came with Sales Copilot and does not come back once deleted: duplicate it first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TodayView</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, LinkedIn visits and other tasks from your sequences, and the tasks you add on a prospect, appear here on the day they are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the next %1 days</source>
        <translation>
            <numerusform>%n in the next %1 days</numerusform>
            <numerusform>%n in the next %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a person and their company</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this task back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do ↗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks it done and opens their LinkedIn page in your browser: you visit, nothing is automated on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this task without doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this task off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not skip the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not snooze the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the task back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this task back on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::TrayNotifier</name>
    <message>
        <source>Sales Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sales Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting for your approval.</source>
        <translation>
            <numerusform>%n draft waiting for your approval.</numerusform>
            <numerusform>%n drafts waiting for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sales Copilot — %n draft(s) to approve</source>
        <translation>
            <numerusform>Sales Copilot — %n draft to approve</numerusform>
            <numerusform>Sales Copilot — %n drafts to approve</numerusform>
        </translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact form needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form on %1 is filled and has a CAPTCHA: solve it and press Send in the window that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Resume it in Settings › Mailboxes once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Copilot opens the new folder the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Copilot — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase inactive prospects after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prospect with no email, change or timeline entry for this long is erased everywhere. To erase one person now and never contact them again, use Forget in the Prospects view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
