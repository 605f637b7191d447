#pragma once

#include "mobility/phoneservicesclient.h"

#include <functional>

class ExtensionMobility;

/// A PhoneServicesClient that calls the lab's ExtensionMobility directly, with the same
/// HTTP-level checks a phone meets first (Cisco Tomcat stopped or the cluster down: Host Not
/// Found; Cisco IP Phone Services or the EM application stopped: HTTP 503).
class DirectPhoneServicesClient : public PhoneServicesClient
{
    Q_OBJECT
public:
    /// Extension Mobility of the cluster that has phone @p deviceName, or nullptr.
    using MobilityOfPhone = std::function<ExtensionMobility *(const QString &deviceName)>;

    explicit DirectPhoneServicesClient(MobilityOfPhone mobilityOfPhone, QObject *parent = nullptr);

    void openServices(const QString &deviceName, Callback done) override;
    void login(const EmLoginRequest &request, Callback done) override;
    void logout(const QString &deviceName, Callback done) override;

private:
    /// The HTTP failure the phone meets before EM, if any.
    bool httpFailure(const QString &deviceName, Reply *reply) const;

    MobilityOfPhone m_mobilityOfPhone;
};
