#include <QtTest>

#include <QXmlStreamReader>

#include "catalog/servicecatalog.h"
#include "http/clusterhttp.h"
#include "http/emapiresponse.h"
#include "http/emappxml.h"
#include "http/labhttp.h"
#include "http/phonexml.h"
#include "httpsupport.h"
#include "mobility/extensionmobility.h"
#include "testsupport.h"

/// The rules of Cisco's published formats that the lab's answers must keep, stated here in our
/// own words (Cisco's CiscoIPPhone XML schema 3.3.4 and the Extension Mobility API guide):
///
/// - every displayable phone object starts with an optional Title and Prompt (at most 32
///   characters each), then at most 8 SoftKeyItems, and only then its own elements: a Text
///   (at most 4,000 characters), or up to 100 MenuItems, or the form's URL and up to 5
///   InputItems;
/// - a SoftKeyItem is Name (≤ 32), Position (1–8), URL (≤ 256), in that order;
/// - a MenuItem is Name (≤ 64), URL (≤ 256);
/// - an InputItem is DisplayName (≤ 32), QueryStringParam (≤ 32), InputFlags (one of the
///   schema's flags: A T N E U L, with P before or after to mask), DefaultValue (≤ 32);
/// - EM API answers have the root <response>; a login or logout answers <success/> or
///   <failure><error code="N">message</error></failure>, the message as the guide's Response
///   Codes table words it; userDeviceProfileQuery answers
///   <deviceProfileResults><user id><deviceProfile><deviceProfileName/><isDefaultDeviceProfile>
///   t|f</…></deviceProfile>… as the guide's example does.
namespace {

const QString C1 = QStringLiteral("Cluster1");
const QString C2 = QStringLiteral("Cluster2");
const QString Phone12 = QStringLiteral("SEPC10000000002");
const QString Phone21 = QStringLiteral("SEPC20000000001");
const QString Phone22 = QStringLiteral("SEPC20000000002");

struct Child {
    QString name;
    int min;
    int max;
};

/// One element with its text (leaves) or its children, read from an answer.
struct XmlNode {
    QString name;
    QString text;
    QList<XmlNode> children;
};

XmlNode readNode(QXmlStreamReader &r)
{
    XmlNode n;
    n.name = r.name().toString();
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement)
            n.children.append(readNode(r));
        else if (t == QXmlStreamReader::Characters)
            n.text += r.text();
        else if (t == QXmlStreamReader::EndElement)
            break;
    }
    return n;
}

XmlNode parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd() && r.readNext() != QXmlStreamReader::StartElement) {
    }
    if (r.hasError() || r.atEnd()) {
        *error = QStringLiteral("not XML: ") + r.errorString();
        return {};
    }
    XmlNode root = readNode(r);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError())
        *error = QStringLiteral("not well-formed: ") + r.errorString();
    return root;
}

/// Checks that @p node's children follow @p sequence (each entry's count within min..max, in
/// order, nothing else); returns what is wrong, or an empty string.
QString checkSequence(const XmlNode &node, const QList<Child> &sequence)
{
    qsizetype i = 0;
    for (const Child &c : sequence) {
        int count = 0;
        while (i < node.children.size() && node.children.at(i).name == c.name) {
            ++count;
            ++i;
        }
        if (count < c.min || count > c.max)
            return QStringLiteral("%1: %2 × %3, expected %4–%5").arg(node.name, QString::number(count), c.name).arg(c.min).arg(c.max);
    }
    if (i < node.children.size())
        return QStringLiteral("%1: <%2> is out of place (position %3)").arg(node.name, node.children.at(i).name).arg(i + 1);
    return {};
}

QString checkLength(const XmlNode &n, qsizetype max)
{
    if (n.text.size() > max)
        return QStringLiteral("%1 has %2 characters (at most %3): %4").arg(n.name).arg(n.text.size()).arg(max).arg(n.text);
    return {};
}

/// Every rule above for one phone object; returns the problems found.
QStringList phoneObjectProblems(const QByteArray &xml)
{
    QString error;
    const XmlNode root = parse(xml, &error);
    if (!error.isEmpty())
        return {error};
    QStringList problems;
    auto note = [&problems](const QString &p) {
        if (!p.isEmpty())
            problems.append(p);
    };
    // the root's attributes: appId (1–64 characters) is the only one the lab writes
    QXmlStreamReader attributes(xml);
    while (!attributes.atEnd() && attributes.readNext() != QXmlStreamReader::StartElement) {
    }
    for (const QXmlStreamAttribute &a : attributes.attributes()) {
        if (a.name() != QLatin1String("appId"))
            note(QStringLiteral("unexpected attribute %1").arg(a.name().toString()));
        else if (a.value().isEmpty() || a.value().size() > 64)
            note(QStringLiteral("appId has %1 characters (1–64)").arg(a.value().size()));
    }
    const QList<Child> head{{QStringLiteral("Title"), 0, 1}, {QStringLiteral("Prompt"), 0, 1}, {QStringLiteral("SoftKeyItem"), 0, 8}};
    if (root.name == QLatin1String("CiscoIPPhoneText"))
        note(checkSequence(root, head + QList<Child>{{QStringLiteral("Text"), 0, 1}}));
    else if (root.name == QLatin1String("CiscoIPPhoneMenu"))
        note(checkSequence(root, head + QList<Child>{{QStringLiteral("MenuItem"), 0, 100}}));
    else if (root.name == QLatin1String("CiscoIPPhoneInput"))
        note(checkSequence(root, head + QList<Child>{{QStringLiteral("URL"), 1, 1}, {QStringLiteral("InputItem"), 0, 5}}));
    else
        return {QStringLiteral("unexpected root <%1>").arg(root.name)};

    static const QStringList flags{QStringLiteral("A"), QStringLiteral("T"), QStringLiteral("N"), QStringLiteral("E"),
                                   QStringLiteral("U"), QStringLiteral("L")};
    for (const XmlNode &c : root.children) {
        if (c.name == QLatin1String("Title") || c.name == QLatin1String("Prompt"))
            note(checkLength(c, 32));
        else if (c.name == QLatin1String("Text"))
            note(checkLength(c, 4000));
        else if (c.name == QLatin1String("URL"))
            note(checkLength(c, 256));
        else if (c.name == QLatin1String("SoftKeyItem")) {
            note(checkSequence(c, {{QStringLiteral("Name"), 0, 1}, {QStringLiteral("Position"), 1, 1}, {QStringLiteral("URL"), 0, 1}}));
            for (const XmlNode &k : c.children) {
                if (k.name == QLatin1String("Name"))
                    note(checkLength(k, 32));
                if (k.name == QLatin1String("URL"))
                    note(checkLength(k, 256));
                if (k.name == QLatin1String("Position")) {
                    bool ok = false;
                    const int p = k.text.toInt(&ok);
                    if (!ok || p < 1 || p > 8)
                        problems.append(QStringLiteral("SoftKeyItem Position %1 is not 1–8").arg(k.text));
                }
            }
        } else if (c.name == QLatin1String("MenuItem")) {
            note(checkSequence(c, {{QStringLiteral("Name"), 0, 1}, {QStringLiteral("URL"), 0, 1}}));
            for (const XmlNode &k : c.children)
                note(checkLength(k, k.name == QLatin1String("Name") ? 64 : 256));
        } else if (c.name == QLatin1String("InputItem")) {
            note(checkSequence(c, {{QStringLiteral("DisplayName"), 0, 1}, {QStringLiteral("QueryStringParam"), 1, 1},
                                   {QStringLiteral("InputFlags"), 1, 1}, {QStringLiteral("DefaultValue"), 0, 1}}));
            for (const XmlNode &k : c.children) {
                if (k.name == QLatin1String("InputFlags")) {
                    QString f = k.text;
                    if (f.size() == 2 && f.startsWith(QLatin1Char('P')))
                        f = f.mid(1);
                    else if (f.size() == 2 && f.endsWith(QLatin1Char('P')))
                        f.chop(1);
                    if (!flags.contains(f))
                        problems.append(QStringLiteral("InputFlags %1 is not one of the schema's flags").arg(k.text));
                } else {
                    note(checkLength(k, 32));
                }
            }
        }
    }
    return problems;
}

/// The EM API rules for a login/logout answer; @p code 0 = success expected.
QStringList emApiAnswerProblems(const QByteArray &xml, int code)
{
    QString error;
    const XmlNode root = parse(xml, &error);
    if (!error.isEmpty())
        return {error};
    if (root.name != QLatin1String("response"))
        return {QStringLiteral("root <%1>, expected <response>").arg(root.name)};
    if (root.children.size() != 1)
        return {QStringLiteral("<response> holds %1 elements, expected one").arg(root.children.size())};
    const XmlNode &only = root.children.constFirst();
    if (code == 0)
        return only.name == QLatin1String("success") && only.children.isEmpty() ? QStringList{}
                                                                                 : QStringList{QStringLiteral("expected <success/>")};
    if (only.name != QLatin1String("failure") || only.children.size() != 1 || only.children.constFirst().name != QLatin1String("error"))
        return {QStringLiteral("expected <failure><error>")};
    return {};
}

} // namespace

class TestCiscoFormats : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLab> m_lab;
    std::unique_ptr<LabHttp> m_http;
    std::unique_ptr<HttpClient> m_client;

    Lab *lab() { return m_lab->lab.get(); }
    QUrl url(const QString &cluster, const QString &path, const QList<QPair<QString, QString>> &items = {})
    {
        QUrl u = m_http->server(cluster)->url();
        u.setPath(path);
        QUrlQuery q;
        for (const auto &i : items)
            q.addQueryItem(i.first, i.second);
        u.setQuery(q);
        return u;
    }
    QByteArray emApp(const QString &cluster, const QList<QPair<QString, QString>> &items)
    {
        return m_client->get(url(cluster, QStringLiteral("/emapp/EMAppServlet"), items)).body;
    }
    QByteArray api(const QString &cluster, const QString &kind, const QString &op, const QList<QPair<QString, QString>> &fields,
                   const QString &appId = QStringLiteral("emapi"), const QString &password = QStringLiteral("emapi-pass"))
    {
        return m_client->emApi(m_http->server(cluster)->url(), Xml::emCall(kind, op, appId, password, fields)).body;
    }

    static void verifyPhoneObject(const QByteArray &xml, const char *what)
    {
        const QStringList problems = phoneObjectProblems(xml);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2\n%3").arg(QString::fromLatin1(what), problems.join(QStringLiteral("; ")),
                                                                                  QString::fromUtf8(xml))));
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<TempLab>();
        QVERIFY(m_lab->openDemo());
        lab()->clock()->setMode(Clock::Mode::Manual);
        Lab::Settings s = lab()->settings();
        s.emProcessingMs = 0;
        lab()->setSettings(s);
        m_http = std::make_unique<LabHttp>(lab());
        QString error;
        QVERIFY2(m_http->start(&error), qPrintable(error));
        m_client = std::make_unique<HttpClient>(lab()->clock());
    }
    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_lab.reset();
    }

    /// The checker itself: it refuses what the schema refuses (so the tests below can fail).
    void checkerRefusesWhatTheSchemaRefuses()
    {
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneText><Text>x</Text><SoftKeyItem><Name>Exit</Name><Position>1</Position>"
                                     "<URL>SoftKey:Exit</URL></SoftKeyItem></CiscoIPPhoneText>").isEmpty());
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneText><SoftKeyItem><Name>Exit</Name><URL>SoftKey:Exit</URL><Position>1</Position>"
                                     "</SoftKeyItem></CiscoIPPhoneText>").isEmpty());
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneInput><URL>http://x/</URL><InputItem><DisplayName>PIN</DisplayName><QueryStringParam>p"
                                     "</QueryStringParam><DefaultValue></DefaultValue><InputFlags>NP</InputFlags></InputItem></CiscoIPPhoneInput>").isEmpty());
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneText><Prompt>Enter your Self-Service User ID and PIN</Prompt></CiscoIPPhoneText>").isEmpty());
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneInput><URL>http://x/</URL><InputItem><QueryStringParam>p</QueryStringParam>"
                                     "<InputFlags>X</InputFlags></InputItem></CiscoIPPhoneInput>").isEmpty());
        QVERIFY(phoneObjectProblems("<CiscoIPPhoneInput><Title>EM</Title><SoftKeyItem><Name>Submit</Name><Position>1</Position>"
                                    "<URL>SoftKey:Submit</URL></SoftKeyItem><URL>http://x/</URL><InputItem><DisplayName>PIN</DisplayName>"
                                    "<QueryStringParam>seq</QueryStringParam><InputFlags>NP</InputFlags></InputItem></CiscoIPPhoneInput>")
                    .isEmpty());
        QVERIFY(!emApiAnswerProblems("<results><success/></results>", 0).isEmpty());
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneText appId=\"\"><Text>x</Text></CiscoIPPhoneText>").isEmpty());
        QVERIFY(!phoneObjectProblems("<CiscoIPPhoneText method=\"post\"><Text>x</Text></CiscoIPPhoneText>").isEmpty());
    }

    /// The writer keeps the limits whatever it is handed.
    void writerCutsToTheSchemasLimits()
    {
        const QString longText(5000, QLatin1Char('x'));
        QList<PhoneXml::SoftKey> keys;
        for (int i = 0; i < 12; ++i)
            keys.append({longText, QStringLiteral("SoftKey:Exit"), i + 1});
        QList<PhoneXml::MenuItem> items;
        for (int i = 0; i < 150; ++i)
            items.append({longText, QStringLiteral("http://127.0.0.1/") + longText});
        verifyPhoneObject(PhoneXml::text(longText, longText, longText, keys), "text");
        verifyPhoneObject(PhoneXml::menu(longText, longText, items, keys), "menu");
        QList<PhoneXml::InputItem> inputs;
        for (int i = 0; i < 7; ++i)
            inputs.append({longText, QStringLiteral("p%1").arg(i), longText, QStringLiteral("A")});
        verifyPhoneObject(PhoneXml::input(longText, longText, QStringLiteral("http://127.0.0.1/"), inputs, keys), "input");
        // A character outside the BMP is never cut in half.
        const QString emoji = QString(31, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x93\x9E");
        const QByteArray xml = PhoneXml::text(emoji, {}, {});
        QVERIFY(Xml::wellFormed(xml));
        QCOMPARE(Xml::text(xml, QStringLiteral("Title")), QString(31, QLatin1Char('a')));
    }

    /// Every kind of answer a phone gets from the lab passes the rules.
    void everyPhoneAnswerFollowsTheSchema()
    {
        verifyPhoneObject(m_client->get(url(C1, QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), Phone12}})).body,
                          "Services menu");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}}), "login form (UID)");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("DN")}}),
                          "login form (DN)");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("SP")}}),
                          "login form (SP)");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone21}}), "logout confirmation");
        verifyPhoneObject(emApp(C2, {}), "207");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("x")}}), "215");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")},
                                     {QStringLiteral("seq"), QStringLiteral("99999")}}),
                          "201");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")},
                                     {QStringLiteral("seq"), QString()}}),
                          "202");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone21}, {QStringLiteral("logout"), QStringLiteral("true")}}),
                          "logout");
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")},
                                     {QStringLiteral("seq"), QStringLiteral("12345")}}),
                          "login");
        verifyPhoneObject(EmAppXml::profileChoice({{QStringLiteral("UDP-alice"), QStringLiteral("http://127.0.0.1/emapp/EMAppServlet?choice=1")}}),
                          "profile choice");
        verifyPhoneObject(m_client->get(url(C1, QStringLiteral("/nothing"))).body, "404");
        verifyPhoneObject(m_client->post(url(C1, QStringLiteral("/ccmcip/getservicesmenu.jsp")), "x").body, "405");
        Cluster *c2 = lab()->cluster(C2);
        for (const Node &n : c2->nodes())
            if (c2->serviceState(n.hostName, Services::EmApplication).running)
                QVERIFY(c2->setServiceRunning(n.hostName, Services::EmApplication, false).ok());
        verifyPhoneObject(emApp(C2, {{QStringLiteral("device"), Phone22}}), "503");
    }

    /// EMApp's answers say which screen they are and, for a result, its code, in the object
    /// itself (appId), so a phone never reads them from the words.
    void emAppAnswersCarryScreenAndCode()
    {
        auto reading = [](const QByteArray &xml) {
            QXmlStreamReader r(xml);
            while (!r.atEnd() && r.readNext() != QXmlStreamReader::StartElement) {
            }
            return EmAppXml::read(r.attributes().value(QLatin1String("appId")).toString());
        };
        QCOMPARE(reading(emApp(C2, {{QStringLiteral("device"), Phone22}})).screen, EmAppXml::Screen::LoginForm);
        QCOMPARE(reading(emApp(C2, {{QStringLiteral("device"), Phone21}})).screen, EmAppXml::Screen::LogoutConfirm);
        const EmAppXml::Reading wrong = reading(emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")},
                                                           {QStringLiteral("seq"), QStringLiteral("99999")}}));
        QCOMPARE(wrong.screen, EmAppXml::Screen::Result);
        QCOMPARE(wrong.code, 201);
        QVERIFY(!wrong.logout);
        const EmAppXml::Reading out = reading(emApp(C2, {{QStringLiteral("device"), Phone21}, {QStringLiteral("logout"), QStringLiteral("true")}}));
        QCOMPARE(out.screen, EmAppXml::Screen::Result);
        QCOMPARE(out.code, 0);
        QVERIFY(out.logout);
        QCOMPARE(reading(emApp(C2, {})).code, 207);
        // the Services menu is no EMApp screen
        QCOMPARE(reading(m_client->get(url(C1, QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), Phone12}})).body).screen,
                 EmAppXml::Screen::None);
        // the one table: every code's English phone text is EMApp's wording
        QCOMPARE(EmAppXml::phoneText(201, false), QStringLiteral("Please try to login again (201)"));
        QCOMPARE(EmAppXml::phoneText(25, false), QStringLiteral("Multi-Login Not Allowed (25)"));
        QCOMPARE(EmAppXml::phoneText(19, true), QStringLiteral("Logout is unavailable(19)"));
    }

    void loginFormPromptsFitAPhone()
    {
        for (const QString &type : {QStringLiteral("UID"), QStringLiteral("DN"), QStringLiteral("SP")}) {
            const QByteArray xml = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), type}});
            const QString prompt = Xml::text(xml, QStringLiteral("Prompt"));
            QVERIFY2(!prompt.isEmpty() && prompt.size() <= 32, qPrintable(type + QLatin1Char(' ') + prompt));
            QVERIFY2(prompt.contains(QStringLiteral("PIN")), qPrintable(prompt));
        }
    }

    /// EM API error messages as Cisco's Response Codes table words them.
    void emApiErrorTextsAreCiscos()
    {
        QCOMPARE(EmApiResponse::message(23), QStringLiteral("User not found"));
        QCOMPARE(EmApiResponse::message(25), QStringLiteral("User logged in elsewhere"));
        QCOMPARE(EmApiResponse::message(26), QStringLiteral("Busy, please try again"));
        QCOMPARE(EmApiResponse::message(1), QStringLiteral("Error on Parsing"));

        // Over the wire: a user who does not exist, and a second login of a user whose
        // Multiple Login Behavior forbids it.
        QByteArray r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                           {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("nobody")}});
        QVERIFY2(emApiAnswerProblems(r, 23).isEmpty(), r.constData());
        QCOMPARE(Xml::attribute(r, QStringLiteral("error"), QStringLiteral("code")), QStringLiteral("23"));
        QCOMPARE(Xml::text(r, QStringLiteral("error")), QStringLiteral("User not found"));

        r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("alice")}});
        QVERIFY2(emApiAnswerProblems(r, 25).isEmpty(), r.constData());
        QCOMPARE(Xml::attribute(r, QStringLiteral("error"), QStringLiteral("code")), QStringLiteral("25"));
        QCOMPARE(Xml::text(r, QStringLiteral("error")), QStringLiteral("User logged in elsewhere"));

        r = api(C2, QStringLiteral("request"), QStringLiteral("logout"), {{QStringLiteral("deviceName"), Phone21}});
        QVERIFY2(emApiAnswerProblems(r, 0).isEmpty(), r.constData());
    }

    void userDeviceProfileQueryHasCiscosShape()
    {
        for (const QString &op : {QStringLiteral("userDeviceProfileQuery"), QStringLiteral("deviceProfileQuery")}) {
            const QByteArray xml = api(C2, QStringLiteral("query"), op, {{QStringLiteral("userID"), QStringLiteral("alice")}});
            QString error;
            const XmlNode root = parse(xml, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(root.name, QStringLiteral("response"));
            QCOMPARE(root.children.size(), 1);
            const XmlNode &results = root.children.constFirst();
            QCOMPARE(results.name, QStringLiteral("deviceProfileResults"));
            QCOMPARE(results.children.size(), 1);
            const XmlNode &user = results.children.constFirst();
            QCOMPARE(user.name, QStringLiteral("user"));
            QCOMPARE(Xml::attribute(xml, QStringLiteral("user"), QStringLiteral("id")), QStringLiteral("alice"));
            QVERIFY(!user.children.isEmpty());
            for (const XmlNode &p : user.children) {
                QCOMPARE(p.name, QStringLiteral("deviceProfile"));
                QCOMPARE(checkSequence(p, {{QStringLiteral("deviceProfileName"), 1, 1}, {QStringLiteral("isDefaultDeviceProfile"), 1, 1}}),
                         QString());
                QVERIFY(p.children.at(1).text == QLatin1String("t") || p.children.at(1).text == QLatin1String("f"));
            }
            QCOMPARE(user.children.constFirst().children.constFirst().text, QStringLiteral("UDP-alice"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCiscoFormats)
#include "tst_ciscoformats.moc"
