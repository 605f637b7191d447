// emroam-bench map: the ILS topology map of a 200-cluster lab (10 hubs with 19 spokes each,
// placed by the map's own arrangement), offscreen at 1280×720, while 1,000 ILS updates cross
// the network and while the trainer pans. Prints "name value unit" lines:
//   map.clusters / map.links               what the map draws
//   map.ils_updates                         publications (each reaches every cluster hop by hop)
//   map.max_dots_in_flight                  most batches travelling at once (one dot each)
//   map.animate_frames                      frames until the network is quiet again
//   map.animate_frame_avg_ms / _worst_ms    one frame: the map's refresh and a full repaint
//   map.pan_frame_avg_ms / _worst_ms        the same while panning 6 px a frame, updates moving
//   map.*_cpu_ms                            the same frames in this thread's CPU time (steadier
//                                           on a shared machine)
// The engine's own work (ILS delivery as lab time advances) is outside the frame. Wall times
// count the time other processes held the CPU on a shared machine; the CPU figures do not.
#include "mapbench.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"
#include "topology/topologyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <cstdio>
#include <ctime>

namespace {
void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "emroam-bench map: %s\n", qPrintable(what));
    std::exit(1);
}

QString name(int k)
{
    return QStringLiteral("C%1").arg(k, 3, 10, QLatin1Char('0'));
}

/// Counts the viewport's paint events: a frame that painted nothing would measure nothing.
struct PaintCounter : QObject {
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        paints += e->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

struct Frames {
    QList<double> wall, cpu;
    void add(double w, double c)
    {
        wall.append(w);
        cpu.append(c);
    }
    static double avg(const QList<double> &v) { return v.isEmpty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); }
    static double worst(const QList<double> &v) { return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end()); }
};
}

int runMapBench(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(2);
    auto opt = [&](const char *key, int def) {
        const int i = int(args.indexOf(QString::fromLatin1(key)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int hubs = opt("--hubs", 10), spokes = opt("--spokes", 19), updates = opt("--updates", 1000);

    QTemporaryDir dir;
    Lab lab;
    lab.clock()->setMode(Clock::Mode::Manual);
    Lab::Settings settings;
    settings.linkLatencyMs = 200;
    settings.emProcessingMs = 0;
    QString error;
    if (!lab.create(dir.path(), QStringLiteral("bench"), settings, &error))
        fail(error);
    QList<Cluster *> clusters;
    for (int k = 0; k < hubs * (spokes + 1); ++k) {
        Lab::ClusterSpec spec;
        spec.name = name(k);
        spec.role = k < hubs ? IlsRole::Hub : IlsRole::Spoke;
        spec.hub = k < hubs ? QString() : name((k - hubs) / spokes);
        spec.nodes = {{spec.name.toLower() + QStringLiteral("-pub"), QStringLiteral("198.51.100.%1").arg(k % 250 + 1), true}};
        Cluster *c = lab.addCluster(spec, &error); // no position: the map arranges them
        if (!c)
            fail(error);
        for (const QString &s : {Services::CallManager, Services::Ils})
            if (const Refusal r = c->setServiceActivated(c->publisher().hostName, s, true))
                fail(r.englishText());
        clusters.append(c);
    }
    lab.startEngine();

    TopologyView view(&lab);
    view.resize(1280, 720);
    view.show();
    QCoreApplication::processEvents();

    // One frame: what the map does on its animation tick (refresh), then the event loop turn
    // that runs what the engine queued (coalesced refreshes) and paints the viewport.
    Frames animate, pan;
    PaintCounter painted;
    view.viewport()->installEventFilter(&painted);
    auto frame = [&view, &painted](Frames &into) {
        const int paintsBefore = painted.paints;
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        view.refresh();
        view.viewport()->update();
        QCoreApplication::processEvents();
        into.add(double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu0);
        if (painted.paints == paintsBefore)
            fail(QStringLiteral("a frame painted nothing"));
    };
    frame(animate); // warm the caches: not counted
    animate = {};

    // 1,000 publications spread over the first two seconds of lab time, 16 ms of lab time a frame
    IlsNetwork *ils = lab.ils();
    const qint64 spread = 2000;
    int published = 0, maxDots = 0;
    auto publishDue = [&](qint64 upTo) {
        while (published < updates && qint64(published) * spread / updates <= upTo) {
            Cluster *c = clusters[(published * 37) % clusters.size()];
            const QString dn = QStringLiteral("9%1").arg(published, 6, 10, QLatin1Char('0'));
            ils->publishLogin(c, QStringLiteral("u%1").arg(published), false, {dn}, {QStringLiteral("SEPBENCH%1").arg(published)});
            ++published;
        }
    };
    while (published < updates || ils->hasDeliverable()) {
        publishDue(lab.clock()->now());
        lab.clock()->advance(16);
        frame(animate);
        maxDots = std::max(maxDots, view.updatesInFlight());
        if (animate.wall.size() > 100000)
            fail(QStringLiteral("the network never went quiet"));
    }

    // panning across the map while updates travel
    view.setZoom(view.zoom() * 3);
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    h->setValue(h->minimum() + (h->maximum() - h->minimum()) / 4);
    published = 0;
    lab.clock()->advance(1000);
    const qint64 start = lab.clock()->now();
    for (int i = 0; i < 300; ++i) {
        publishDue(lab.clock()->now() - start);
        lab.clock()->advance(16);
        const int step = (i / 100) % 2 == 0 ? 6 : -6;
        h->setValue(h->value() + step);
        v->setValue(v->value() + step / 2);
        frame(pan);
    }

    print("map.clusters", double(view.clusterNames().size()), "clusters");
    print("map.links", double(view.links().size()), "links");
    print("map.ils_updates", updates, "updates");
    print("map.max_dots_in_flight", maxDots, "dots");
    print("map.animate_frames", double(animate.wall.size()), "frames");
    print("map.animate_frame_avg_ms", Frames::avg(animate.wall), "ms");
    print("map.animate_frame_worst_ms", Frames::worst(animate.wall), "ms");
    print("map.animate_frame_avg_cpu_ms", Frames::avg(animate.cpu), "ms");
    print("map.animate_frame_worst_cpu_ms", Frames::worst(animate.cpu), "ms");
    print("map.pan_frame_avg_ms", Frames::avg(pan.wall), "ms");
    print("map.pan_frame_worst_ms", Frames::worst(pan.wall), "ms");
    print("map.pan_frame_avg_cpu_ms", Frames::avg(pan.cpu), "ms");
    print("map.pan_frame_worst_cpu_ms", Frames::worst(pan.cpu), "ms");
    return 0;
}
