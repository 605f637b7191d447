#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include "http/labhttp.h"

class Lab;
class PhoneAgent;

/// The lab's phones as PhoneAgents, one per device name, made on first use and shared by
/// whoever acts as that phone (the Phones page, lab scripts, the story stepper). They reach
/// the clusters through @p http's listeners.
class LabPhones : public QObject
{
    Q_OBJECT
public:
    LabPhones(Lab *lab, LabHttp *http, QObject *parent = nullptr);
    ~LabPhones() override;

    Lab *lab() const { return m_lab; }
    LabHttp *http() const { return m_http; }
    /// The agent of phone @p deviceName; nullptr when the lab has no such phone. An empty
    /// name gives a phone without a device name (its requests name no device).
    PhoneAgent *agent(const QString &deviceName);

private:
    Lab *m_lab;
    QPointer<LabHttp> m_http;
    QNetworkAccessManager m_network;
    QHash<QString, PhoneAgent *> m_agents;
};
