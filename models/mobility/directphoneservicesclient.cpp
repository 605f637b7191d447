#include "directphoneservicesclient.h"

#include "cluster/cluster.h"
#include "mobility/extensionmobility.h"

DirectPhoneServicesClient::DirectPhoneServicesClient(MobilityOfPhone mobilityOfPhone, QObject *parent)
    : PhoneServicesClient(parent), m_mobilityOfPhone(std::move(mobilityOfPhone))
{
}

bool DirectPhoneServicesClient::httpFailure(const QString &deviceName, Reply *reply) const
{
    ExtensionMobility *em = m_mobilityOfPhone(deviceName);
    if (!em || !em->cluster()->isUp()) {
        reply->kind = Reply::Kind::HostNotFound;
        return true;
    }
    // Pressing Services fetches the Services menu (Cisco IP Phone Services), then EMApp
    // (Cisco Extension Mobility Application): the first failure is what the phone shows.
    QString error = em->phoneHttpError(deviceName, false);
    if (error.isEmpty())
        error = em->phoneHttpError(deviceName, true);
    if (error == QLatin1String("host-not-found")) {
        reply->kind = Reply::Kind::HostNotFound;
        return true;
    }
    if (error == QLatin1String("http-503")) {
        reply->kind = Reply::Kind::HttpError;
        reply->httpStatus = 503;
        return true;
    }
    return false;
}

void DirectPhoneServicesClient::openServices(const QString &deviceName, Callback done)
{
    Reply reply;
    if (!httpFailure(deviceName, &reply)) {
        ExtensionMobility *em = m_mobilityOfPhone(deviceName);
        reply.userId = em->deviceUser(deviceName).userId;
        reply.result.device = deviceName;
    }
    done(reply);
}

void DirectPhoneServicesClient::login(const EmLoginRequest &request, Callback done)
{
    Reply reply;
    if (httpFailure(request.deviceName, &reply)) {
        done(reply);
        return;
    }
    m_mobilityOfPhone(request.deviceName)->login(request, [done](const EmResult &r) {
        Reply em;
        em.result = r;
        done(em);
    });
}

void DirectPhoneServicesClient::logout(const QString &deviceName, Callback done)
{
    Reply reply;
    if (httpFailure(deviceName, &reply)) {
        done(reply);
        return;
    }
    m_mobilityOfPhone(deviceName)->logout(deviceName, [done](const EmResult &r) {
        Reply em;
        em.result = r;
        done(em);
    });
}
