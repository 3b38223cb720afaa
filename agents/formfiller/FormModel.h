#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc::agents::formfiller {

// What forms.js reads from a page (see resources/formfiller/forms.js), as plain values.
struct FieldOption
{
    QString value;
    QString text;
};

struct PageField
{
    int key = -1; // the element, for fill()
    int form = -1;
    QString tag; // input, select, textarea
    QString type; // text, email, tel, checkbox, select, textarea...
    QString name;
    QString id;
    QString autocomplete;
    QString label;
    QString placeholder;
    QString nearby;
    QString classes;
    bool required = false;
    int maxLength = 0;
    QString tabIndex;
    bool ariaHidden = false; // itself or a wrapper is aria-hidden="true"
    QString hidden; // why it cannot be seen, empty when it can
    QString value;
    QList<FieldOption> options;

    bool visible() const { return hidden.isEmpty(); }
};

struct PageButton
{
    int key = -1;
    QString type;
    QString text;
    bool visible = false;
};

struct PageForm
{
    int key = -1;
    int document = 0; // 0: the page; more: a same-origin iframe
    bool inFrame = false;
    bool isForm = true; // false: inputs outside any <form>
    QString action;
    QString method;
    QString id;
    QString classes;
    QString role;
    QString heading;
    QString text;
    bool visible = true;
    QList<PageField> fields;
    QList<PageButton> buttons;
};

struct PageLink
{
    QString href;
    QString text;
    QString area; // nav, footer, body
};

struct PageScan
{
    QString url;
    QString title;
    QString language;
    QList<PageForm> forms;
    QStringList captchas; // recaptcha, hcaptcha, turnstile, image
    QStringList crossOriginFrames;
    QList<PageLink> links;

    static PageScan fromJson(const QJsonObject& json);
};

// The rep's details for forms (sender PROFILE.json, or Settings): first_name, last_name, email, phone,
// company, job_title, website, country, subject, message.
struct SenderProfile
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString company;
    QString jobTitle;
    QString website;
    QString country; // ISO code or name
    QString subject;
    QString message;

    static SenderProfile fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // What is missing for a form to be filled honestly (an address to answer to, a message).
    QStringList missing() const;
};

} // namespace sc::agents::formfiller
