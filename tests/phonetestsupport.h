#pragma once

#include "enginetestsupport.h"
#include "http/emappxml.h"
#include "http/labhttp.h"
#include "phone/labphones.h"
#include "phone/phoneagent.h"

#include <QtTest>

/// The demo lab served over HTTP, with the lab's phones.
struct PhoneLab {
    EngineLab engine;
    LabHttp http{engine.lab.get()};
    std::unique_ptr<LabPhones> phones;
    PhoneLab()
    {
        QString error;
        if (!http.start(&error))
            qFatal("%s", qPrintable(error));
        phones = std::make_unique<LabPhones>(engine.lab.get(), &http);
    }
    Lab *lab() const { return engine.lab.get(); }
    Cluster *cluster(int k) const { return engine.cluster(k); }
    PhoneAgent *agent(const QString &device) const { return phones->agent(device); }

    /// Lets @p a's request be answered, moving lab time on while Extension Mobility holds it.
    bool answered(PhoneAgent *a)
    {
        Clock *clock = lab()->clock();
        for (int i = 0; i < 4000 && a->isBusy(); ++i) {
            QTest::qWait(2);
            bool held = false;
            for (Cluster *c : lab()->clusters())
                held = held || lab()->mobility(c)->requestsInProgress() > 0;
            if (a->isBusy() && held && clock->nextDue() >= 0)
                clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
        }
        return !a->isBusy();
    }
    /// Services → the menu entry named @p entry → Select.
    bool openEntry(PhoneAgent *a, const QString &entry)
    {
        a->exit();
        a->pressServices();
        if (!answered(a))
            return false;
        const QList<PhoneObject::Item> &items = a->screen().items;
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i).name == entry) {
                a->select(i);
                return a->pressSoftKey(QStringLiteral("SoftKey:Select")) && answered(a);
            }
        return false;
    }
    /// Through the Services key: @p entry, then the form; the code EMApp's answer carries.
    int login(PhoneAgent *a, const QString &entry, const QString &id, const QString &pin = QStringLiteral("12345"))
    {
        if (!openEntry(a, entry) || a->emScreen().screen != EmAppXml::Screen::LoginForm)
            return -1;
        a->setValue(0, id);
        a->setValue(1, pin);
        if (!a->pressSoftKey(QStringLiteral("SoftKey:Submit")) || !answered(a))
            return -1;
        return EmAppXml::read(a->lastAnswer().appId).code;
    }
    int logout(PhoneAgent *a, const QString &entry = QStringLiteral("Extension Mobility"))
    {
        if (!openEntry(a, entry) || a->emScreen().screen != EmAppXml::Screen::LogoutConfirm)
            return -1;
        a->pressSoftKey(0); // Yes
        if (!answered(a))
            return -1;
        return EmAppXml::read(a->lastAnswer().appId).code;
    }
    /// A phone service "EM <type>" with loginType=<type>, to which @p phone subscribes.
    void addEmService(int k, const QString &phone, const QString &type, const QString &host = {})
    {
        Cluster *c = cluster(k);
        PhoneService s;
        s.name = QStringLiteral("EM ") + type;
        s.url = QStringLiteral("http://%1:8080/emapp/EMAppServlet?device=#DEVICENAME#&loginType=%2")
                    .arg(host.isEmpty() ? c->publisher().hostName : host, type);
        QVERIFY(c->savePhoneService(s).ok());
        Device d = *c->deviceByName(phone);
        d.services.append(s.id);
        QVERIFY(c->saveDevice(d).ok());
    }
};

