#include "pagehelp.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Entry {
    const char *title;   ///< QT_TRANSLATE_NOOP("PageHelp", …)
    const char *purpose; ///< what the page is for
    const char *step;    ///< the step of the task flow it serves
};

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> table = {
        {QStringLiteral("overview"),
         {QT_TRANSLATE_NOOP("PageHelp", "Lab Overview"),
          QT_TRANSLATE_NOOP("PageHelp", "Every cluster of the lab, whether it is up, and who is logged in with Extension Mobility where (home or roaming)."),
          QT_TRANSLATE_NOOP("PageHelp", "Not a step of the task flow: check here the result of the steps on every cluster.")}},
        {QStringLiteral("topology"),
         {QT_TRANSLATE_NOOP("PageHelp", "ILS Topology"),
          QT_TRANSLATE_NOOP("PageHelp", "The ILS network drawn as a map: hubs, spokes, their links and the updates travelling between them on the lab clock."),
          QT_TRANSLATE_NOOP("PageHelp", "Prerequisite of Step 3: roaming users are found through the ILS network, so every cluster must take part in it.")}},
        {QStringLiteral("phones"),
         {QT_TRANSLATE_NOOP("PageHelp", "Phones"),
          QT_TRANSLATE_NOOP("PageHelp", "Phones of the lab side by side: log in and out with Extension Mobility as a user would, and dial a directory number."),
          QT_TRANSLATE_NOOP("PageHelp", "After Step 3: a user logs in on a phone of a remote cluster with the same user ID and PIN.")}},
        {QStringLiteral("stage"),
         {QT_TRANSLATE_NOOP("PageHelp", "ILS Topology and Phones"),
          QT_TRANSLATE_NOOP("PageHelp", "The ILS map and the phones side by side, for a class: log a user in on a phone and watch the update cross the map."),
          QT_TRANSLATE_NOOP("PageHelp", "After Step 3: a roaming login, and the ILS update that tells the other clusters where the user is.")}},
        {QStringLiteral("monitoring"),
         {QT_TRANSLATE_NOOP("PageHelp", "Monitoring"),
          QT_TRANSLATE_NOOP("PageHelp", "The RTMT counters of Cisco Extension Mobility and ILS of one cluster over lab time: requests in progress and throttled, logins and logouts, ILS updates pending."),
          QT_TRANSLATE_NOOP("PageHelp", "Troubleshooting: error 26 (Busy) appears when more requests arrive than Maximum Concurrent Requests allows.")}},
        {QStringLiteral("troubleshooting"),
         {QT_TRANSLATE_NOOP("PageHelp", "Troubleshooting Lab"),
          QT_TRANSLATE_NOOP("PageHelp", "Every entry of the seed's troubleshooting list on demand: Set Up causes it on a cluster and the phone shows the symptom, Fix applies the resolution, Reset Cluster puts the cluster back."),
          QT_TRANSLATE_NOOP("PageHelp", "Troubleshooting Intercluster Extension Mobility Roaming: the EMApp and EMService error codes and what to do about them.")}},
        {QStringLiteral("phoneFeatureList"),
         {QT_TRANSLATE_NOOP("PageHelp", "Unified CM Phone Feature List"),
          QT_TRANSLATE_NOOP("PageHelp", "A report of the phone models and protocols that support a feature."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 1: Generate a Phone Feature List, to find the phones that support Extension Mobility.")}},
        {QStringLiteral("serviceActivation"),
         {QT_TRANSLATE_NOOP("PageHelp", "Service Activation"),
          QT_TRANSLATE_NOOP("PageHelp", "Activates and deactivates the feature services of each server of the cluster."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 2, Activate the Extension Mobility service: Cisco CallManager, Cisco Tftp and Cisco Extension Mobility, and Cisco Intercluster Lookup Service on the publisher.")}},
        {QStringLiteral("controlCenterFeature"),
         {QT_TRANSLATE_NOOP("PageHelp", "Control Center - Feature Services"),
          QT_TRANSLATE_NOOP("PageHelp", "Shows whether each feature service runs on a server, and starts, stops or restarts it."),
          QT_TRANSLATE_NOOP("PageHelp", "After Step 2: check that the services you activated are started.")}},
        {QStringLiteral("controlCenterNetwork"),
         {QT_TRANSLATE_NOOP("PageHelp", "Control Center - Network Services"),
          QT_TRANSLATE_NOOP("PageHelp", "Shows whether each network service (Cisco Tomcat, Cisco Extension Mobility Application…) runs on a server."),
          QT_TRANSLATE_NOOP("PageHelp", "After Step 2: phones reach Extension Mobility through these services.")}},
        {QStringLiteral("phoneServices"),
         {QT_TRANSLATE_NOOP("PageHelp", "Phone Services"),
          QT_TRANSLATE_NOOP("PageHelp", "The IP phone services of the cluster, with the URL each one opens."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 2, Configure the Cisco Extension Mobility phone service: a service whose URL is http://<server>:8080/emapp/EMAppServlet?device=#DEVICENAME#.")}},
        {QStringLiteral("deviceProfile"),
         {QT_TRANSLATE_NOOP("PageHelp", "Device Profile"),
          QT_TRANSLATE_NOOP("PageHelp", "User device profiles: the lines, services and settings a user carries to any phone."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 2, Create an Extension Mobility device profile for users: Add New, the model and protocol, a directory number, Save, Reset; then subscribe the profile to the Extension Mobility service.")}},
        {QStringLiteral("endUser"),
         {QT_TRANSLATE_NOOP("PageHelp", "End User"),
          QT_TRANSLATE_NOOP("PageHelp", "The users of the cluster: their PIN, primary extension, controlled profiles and groups."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 2, Associate a device profile to a user: move the profile to Controlled Profiles, and check Home Cluster on the user's home cluster only.")}},
        {QStringLiteral("phone"),
         {QT_TRANSLATE_NOOP("PageHelp", "Phone"),
          QT_TRANSLATE_NOOP("PageHelp", "The phones of the cluster, whether they are registered and who is logged in on them."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 2, Subscribe to Extension Mobility: check Enable Extension Mobility on the phone and subscribe it to the Extension Mobility service.")}},
        {QStringLiteral("accessControlGroup"),
         {QT_TRANSLATE_NOOP("PageHelp", "Access Control Group"),
          QT_TRANSLATE_NOOP("PageHelp", "Groups that give users and application users their rights; the standard groups cannot be renamed or deleted."),
          QT_TRANSLATE_NOOP("PageHelp", "Step 3, Configure roaming for Extension Mobility users: add the users to Standard EM Roaming Across Clusters Super Users.")}},
        {QStringLiteral("applicationUser"),
         {QT_TRANSLATE_NOOP("PageHelp", "Application User"),
          QT_TRANSLATE_NOOP("PageHelp", "Accounts of applications, such as a client of the Extension Mobility API (group Standard EM Authentication Proxy Rights)."),
          QT_TRANSLATE_NOOP("PageHelp", "Not a step of the task flow: needed only to log users in and out through the EM API.")}},
        {QStringLiteral("serviceParameters"),
         {QT_TRANSLATE_NOOP("PageHelp", "Service Parameters"),
          QT_TRANSLATE_NOOP("PageHelp", "Parameters of a service on a server, with their defaults and ranges: for Cisco Extension Mobility, login times, Multiple Login Behavior, IP address validation."),
          QT_TRANSLATE_NOOP("PageHelp", "Optional after Step 2: adjust how Extension Mobility behaves.")}},
        {QStringLiteral("enterpriseParameters"),
         {QT_TRANSLATE_NOOP("PageHelp", "Enterprise Parameters"),
          QT_TRANSLATE_NOOP("PageHelp", "Cluster-wide parameters, such as the Cluster ID."),
          QT_TRANSLATE_NOOP("PageHelp", "Prerequisite of Step 3: each cluster of the ILS network needs its own Cluster ID.")}},
        {QStringLiteral("ilsConfiguration"),
         {QT_TRANSLATE_NOOP("PageHelp", "ILS Configuration"),
          QT_TRANSLATE_NOOP("PageHelp", "The cluster's role in the ILS network (hub or spoke), its hub, and the state of its links."),
          QT_TRANSLATE_NOOP("PageHelp", "Prerequisite of Step 3: the clusters must form one ILS network for users to roam.")}},
    };
    return table;
}

QString text(const char *source)
{
    return QCoreApplication::translate("PageHelp", source);
}
} // namespace

QString PageHelp::title(const QString &key)
{
    const auto it = entries().constFind(key);
    return it == entries().cend() ? text(QT_TRANSLATE_NOOP("PageHelp", "Intercluster Extension Mobility Roaming")) : text(it->title);
}

QString PageHelp::html(const QString &key)
{
    const auto it = entries().constFind(key);
    QString out = QStringLiteral("<h3>%1</h3>").arg(title(key).toHtmlEscaped());
    if (it != entries().cend()) {
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(text(QT_TRANSLATE_NOOP("PageHelp", "What this page is for:")).toHtmlEscaped(),
                                                          text(it->purpose).toHtmlEscaped());
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(text(QT_TRANSLATE_NOOP("PageHelp", "In the task flow:")).toHtmlEscaped(),
                                                          text(it->step).toHtmlEscaped());
    }
    out += QStringLiteral("<p><b>%1</b></p><ol><li>%2</li><li>%3</li><li>%4</li></ol><p>%5</p>")
               .arg(text(QT_TRANSLATE_NOOP("PageHelp", "The task flow of Intercluster Extension Mobility Roaming:")).toHtmlEscaped(),
                    text(QT_TRANSLATE_NOOP("PageHelp", "Generate a Phone Feature List.")).toHtmlEscaped(),
                    text(QT_TRANSLATE_NOOP("PageHelp", "Configure Extension Mobility: activate the services, configure the phone service, create the device profile, associate it to the user, subscribe.")).toHtmlEscaped(),
                    text(QT_TRANSLATE_NOOP("PageHelp", "Configure roaming for Extension Mobility users.")).toHtmlEscaped(),
                    text(QT_TRANSLATE_NOOP("PageHelp", "Do it on the home cluster and on every remote cluster.")).toHtmlEscaped());
    return out;
}
